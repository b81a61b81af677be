package de.kommsync;

/** How a sync run ended. */
public enum RunOutcome {
  /** The run applied its plan or wrote the sync state, and everything it wrote succeeded. */
  SUCCESS(false),
  /** Both sides were in sync and the sync state was current: the run wrote nothing. */
  NOTHING_TO_DO(false),
  /**
   * The mass-blank guard stopped the plan: no value was written, the status became {@code failed}.
   */
  GUARD_STOPPED(true),
  /** A call failed; the status became {@code failed} where the CRM could still be written. */
  FAILED(true),
  /** The party does not exist in the party system; status {@code deleted_in_advoware}. */
  PARTY_DELETED(false),
  /** The CRM record does not exist; nothing was written anywhere. */
  RECORD_MISSING(true),
  /** The party failed before and its next retry lies in the future: the run wrote nothing. */
  BACKED_OFF(false),
  /** The writes succeeded but a fresh plan after them was not empty. */
  VERIFICATION_FAILED(true),
  /**
   * A write may or may not have taken effect (timeout, lost connection): the run stopped there and
   * the next run re-reads both sides.
   */
  OUTCOME_UNKNOWN(true);

  private final boolean failure;

  RunOutcome(boolean failure) {
    this.failure = failure;
  }

  /** Returns whether the outcome is a failure that the host should look at or retry. */
  public boolean isFailure() {
    return failure;
  }
}
