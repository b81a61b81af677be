package de.kommsync.lifecycle;

/**
 * The SLF4J MDC keys the library sets while it works on a party, so that a host's log pattern can
 * show them (for example {@code %X{kommsync.recordId}}). The lifecycle sets the party keys for the
 * whole turn of a party (lock, master-data step, communication sync) and removes them afterwards.
 */
public final class MdcKeys {

  /** The CRM record id of the party being worked on. */
  public static final String RECORD_ID = "kommsync.recordId";

  /** The party-system id of the party being worked on, when it is linked. */
  public static final String PARTY_ID = "kommsync.partyId";

  /** A sequence number of the scheduler cycle, per scheduler instance, starting at 1. */
  public static final String CYCLE = "kommsync.cycle";

  private MdcKeys() {}
}
