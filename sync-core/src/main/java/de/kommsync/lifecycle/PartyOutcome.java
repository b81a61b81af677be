package de.kommsync.lifecycle;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the lifecycle handled one party: whether a run happened and how it ended.
 *
 * @param party the party
 * @param disposition what happened
 * @param detail a short reason without personal data, empty when there is nothing to add
 * @param result the engine's result when the engine ran, else null
 */
public record PartyOutcome(
    PartyRef party, Disposition disposition, String detail, @Nullable RunResult result) {

  /** Checks the arguments. */
  public PartyOutcome {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Creates an outcome without an engine result.
   *
   * @param party the party
   * @param disposition what happened
   * @param detail a short reason without personal data, or empty
   */
  public PartyOutcome(PartyRef party, Disposition disposition, String detail) {
    this(party, disposition, detail, null);
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

  /**
   * Returns the outcome of an engine run: {@code SUCCESS} and {@code NOTHING_TO_DO} are {@link
   * Disposition#SYNCED}, {@code PARTY_DELETED} is {@link Disposition#PARTY_DELETED}, {@code
   * BACKED_OFF} is {@link Disposition#SKIPPED}, every failure outcome is {@link
   * Disposition#FAILED}. The detail is the run's outcome and reason.
   *
   * @param result the engine's result
   * @return the outcome carrying the result
   */
  public static PartyOutcome of(RunResult result) {
    PartyRef party = new PartyRef(result.recordId(), result.partyId());
    String detail =
        result.outcome().name() + result.reasonText().map(reason -> ": " + reason).orElse("");
    return new PartyOutcome(party, dispositionOf(result.outcome()), detail, result);
  }

  private static Disposition dispositionOf(RunOutcome outcome) {
    if (outcome.isFailure()) {
      return Disposition.FAILED;
    }
    return switch (outcome) {
      case PARTY_DELETED -> Disposition.PARTY_DELETED;
      case BACKED_OFF -> Disposition.SKIPPED;
      default -> Disposition.SYNCED;
    };
  }

  /** Returns the engine's result, when the engine ran. */
  public Optional<RunResult> runResult() {
    return Optional.ofNullable(result);
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
