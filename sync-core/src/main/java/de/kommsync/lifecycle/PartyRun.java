package de.kommsync.lifecycle;

/**
 * The communication sync of one party, as the lifecycle calls it once the lock is held and the
 * master-data step has run. Hosts and tests may supply their own.
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
}
