package de.kommsync.lifecycle;

import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import java.util.Objects;

/**
 * The communication sync of one party, as the lifecycle calls it once the lock is held and the
 * master-data step has run. {@link #of(SyncEngine)} adapts the engine; hosts and tests may supply
 * their own.
 */
@FunctionalInterface
public interface PartyRun {

  /**
   * Runs the communication sync of one party.
   *
   * @param partyId the party-system id
   * @param recordId the CRM record id
   * @return how the run ended
   */
  PartyOutcome run(String partyId, String recordId);

  /**
   * Returns the run that syncs through an engine with the engine's options.
   *
   * @param engine the engine
   * @return the run; its outcomes carry the engine's {@link de.kommsync.RunResult}
   */
  static PartyRun of(SyncEngine engine) {
    Objects.requireNonNull(engine, "engine");
    return (partyId, recordId) -> PartyOutcome.of(engine.sync(partyId, recordId));
  }

  /**
   * Returns the run that syncs through an engine with given options (for example a direction or
   * {@code ignoreBackoff} for a manual run).
   *
   * @param engine the engine
   * @param options the options of every run
   * @return the run
   */
  static PartyRun of(SyncEngine engine, SyncOptions options) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(options, "options");
    return (partyId, recordId) -> PartyOutcome.of(engine.sync(partyId, recordId, options));
  }
}
