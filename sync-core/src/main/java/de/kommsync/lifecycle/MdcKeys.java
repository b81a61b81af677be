package de.kommsync.lifecycle;

import de.kommsync.SyncEngine;

/**
 * The SLF4J MDC keys the library sets while it works on a party, so that a host's log pattern can
 * show them (for example {@code %X{kommsync.recordId}}). The lifecycle sets the party keys for the
 * whole turn of a party (lock, master-data step, communication sync) and removes them afterwards;
 * the engine sets the same keys for a run. The batch runner copies the caller's MDC to its workers.
 */
public final class MdcKeys {

  /** The CRM record id of the party being worked on: {@code kommsync.recordId}. */
  public static final String RECORD_ID = SyncEngine.MDC_RECORD_ID;

  /** The party-system id of the party being worked on, once linked: {@code kommsync.partyId}. */
  public static final String PARTY_ID = SyncEngine.MDC_PARTY_ID;

  /** The number of the scheduler cycle, per scheduler instance, from 1: {@code kommsync.cycle}. */
  public static final String CYCLE = "kommsync.cycle";

  private MdcKeys() {}
}
