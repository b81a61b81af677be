package de.kommsync;

import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;
import de.kommsync.plan.Plan;

/**
 * Turns the two loaded states and the options into a plan. The engine uses {@link
 * de.kommsync.plan.Planner#plan} unless another function is given (tests script plans with it). An
 * implementation must be pure: same inputs, same plan.
 */
@FunctionalInterface
public interface PlanFunction {

  /**
   * Plans one run.
   *
   * @param party the party as read from the party system
   * @param record the CRM record as read
   * @param rules the CRM instance's rules
   * @param options the run's options
   * @return the plan
   */
  Plan plan(PartySnapshot party, CrmRecord record, CrmRules rules, SyncOptions options);
}
