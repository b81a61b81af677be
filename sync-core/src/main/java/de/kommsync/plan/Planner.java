package de.kommsync.plan;

import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;

/**
 * The pure planner of SPEC sections 6 to 8: turns the two loaded states and the options into a
 * {@link Plan}. Same inputs, same plan: no clock, no I/O, no randomness. Thread-safe.
 */
public final class Planner {

  private Planner() {}

  /**
   * Plans one run.
   *
   * @param party the party as read from the party system
   * @param record the CRM record as read
   * @param rules the CRM instance's rules
   * @param options the run's options
   * @return the plan
   */
  public static Plan plan(
      PartySnapshot party, CrmRecord record, CrmRules rules, SyncOptions options) {
    throw new UnsupportedOperationException("TODO(#2) planner");
  }
}
