package de.kommsync.lifecycle;

import java.util.Objects;

/**
 * How the lifecycle handled one party: whether a run happened and how it ended.
 *
 * @param party the party
 * @param disposition what happened
 * @param detail a short reason without personal data, empty when there is nothing to add
 */
public record PartyOutcome(PartyRef party, Disposition disposition, String detail) {

  /** Checks the arguments. */
  public PartyOutcome {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns an outcome without detail.
   *
   * @param party the party
   * @param disposition what happened
   * @return the outcome
   */
  public static PartyOutcome of(PartyRef party, Disposition disposition) {
    return new PartyOutcome(party, disposition, "");
  }

  /** What happened to a party. */
  public enum Disposition {
    /** A communication sync ran and succeeded (possibly without anything to write). */
    SYNCED,
    /** A revisit found the party unchanged on both sides and ran nothing (one party read). */
    UNCHANGED,
    /** A communication sync ran and failed, or the lifecycle step around it threw. */
    FAILED,
    /** The party answered "not found" in the party system; the run recorded it. */
    PARTY_DELETED,
    /** Another run holds the party (its lock, or a fresh {@code syncing} status); nothing ran. */
    BUSY,
    /** Nothing ran: the party is backed off, not linked, or the master-data step stopped it. */
    SKIPPED;

    /** Returns whether this counts as a failure in a batch's tally. */
    public boolean isFailure() {
      return this == FAILED;
    }
  }
}
