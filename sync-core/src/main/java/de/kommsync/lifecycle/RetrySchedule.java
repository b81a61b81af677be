package de.kommsync.lifecycle;

import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status and retry rules of SPEC section 11 as pure functions of a record's sync state and the
 * current time: consecutive failures back off along a list of delays, the failure after the last
 * one makes the party permanently failed until an automatic reset, and a success clears it all.
 *
 * <p>Every method takes the time it needs as an argument and reads no clock, so callers inject the
 * time (the engine passes its clock's current second). Times written are truncated to whole
 * seconds, as the CRM stores them. Immutable and thread-safe.
 */
public final class RetrySchedule {

  /** The default back-off delays: 1, 5, 15, 60 and 240 minutes. */
  public static final List<Duration> DEFAULT_BACKOFFS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofMinutes(60),
          Duration.ofMinutes(240));

  private static final RetrySchedule DEFAULTS = builder().build();

  private final List<Duration> backoffs;
  private final int permanentFailureAt;
  private final Duration autoResetAfter;
  private final int maxErrorLength;

  private RetrySchedule(Builder b) {
    this.backoffs = List.copyOf(b.backoffs);
    this.permanentFailureAt =
        b.permanentFailureAt == 0 ? backoffs.size() + 1 : b.permanentFailureAt;
    this.autoResetAfter = b.autoResetAfter;
    this.maxErrorLength = b.maxErrorLength;
  }

  /** Returns the schedule with the defaults of SPEC section 11. */
  public static RetrySchedule defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the back-off delays, the n-th used after the n-th consecutive failure. */
  public List<Duration> backoffs() {
    return backoffs;
  }

  /** Returns the number of consecutive failures that makes a party permanently failed. */
  public int permanentFailureAt() {
    return permanentFailureAt;
  }

  /** Returns how long a party stays permanently failed before the automatic reset. */
  public Duration autoResetAfter() {
    return autoResetAfter;
  }

  /** Returns the longest error message written to the record, in characters. */
  public int maxErrorLength() {
    return maxErrorLength;
  }

  /**
   * Returns the delay before the next attempt after the given number of consecutive failures: the
   * n-th back-off, or the last one when the list is shorter than n.
   *
   * @param failures consecutive failures, 1 or more
   */
  public Duration backoffAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1");
    }
    return backoffs.get(Math.min(failures, backoffs.size()) - 1);
  }

  /**
   * Returns the state after a successful run: the given outcome status, the failure count at 0, and
   * no next retry, automatic reset or error. The other fields are kept.
   *
   * @param current the state before
   * @param outcome {@link SyncStatus#CLEAN}, {@link SyncStatus#CONFLICT} or {@link
   *     SyncStatus#DIRTY} (deferred operations)
   */
  public SyncState succeeded(SyncState current, SyncStatus outcome) {
    if (outcome != SyncStatus.CLEAN
        && outcome != SyncStatus.CONFLICT
        && outcome != SyncStatus.DIRTY) {
      throw new IllegalArgumentException("not a success status: " + outcome.wireName());
    }
    return new SyncState(
        outcome, 0, null, null, null, current.lastSync(), current.partyRowId(), current.hash());
  }

  /**
   * Returns the state after a failed run. The failure count grows by one (it restarts at one when a
   * permanently failed party is past its automatic reset); up to {@link #permanentFailureAt()}
   * failures the status is {@code failed} with the next retry after the back-off, from then on it
   * is {@code permanently_failed} with the automatic reset after {@link #autoResetAfter()}. The
   * last sync time, row id and hash are kept.
   *
   * @param current the state before
   * @param now the current time
   * @param error a short error text without personal data; cut to {@link #maxErrorLength()}
   */
  public SyncState failed(SyncState current, Instant now, String error) {
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    SyncState base = autoReset(current, second).orElse(current);
    int failures = base.retryCount() + 1;
    String message = shortError(error);
    if (failures >= permanentFailureAt) {
      return new SyncState(
          SyncStatus.PERMANENTLY_FAILED,
          failures,
          null,
          second.plus(autoResetAfter),
          message,
          base.lastSync(),
          base.partyRowId(),
          base.hash());
    }
    return new SyncState(
        SyncStatus.FAILED,
        failures,
        second.plus(backoffAfter(failures)),
        null,
        message,
        base.lastSync(),
        base.partyRowId(),
        base.hash());
  }

  /**
   * Returns the state after the party answered "not found" in the party system: status {@code
   * deleted_in_advoware}, no failure count, retry or reset, and a short note.
   *
   * @param current the state before
   * @param note a short text without personal data; cut to {@link #maxErrorLength()}
   */
  public SyncState partyDeleted(SyncState current, String note) {
    return new SyncState(
        SyncStatus.DELETED_IN_ADVOWARE,
        0,
        null,
        null,
        shortError(note),
        current.lastSync(),
        current.partyRowId(),
        current.hash());
  }

  /** Returns the state with status {@code syncing}, every other field kept. */
  public SyncState syncing(SyncState current) {
    return new SyncState(
        SyncStatus.SYNCING,
        current.retryCount(),
        current.nextRetry(),
        current.autoResetAt(),
        current.errorMessage(),
        current.lastSync(),
        current.partyRowId(),
        current.hash());
  }

  /**
   * Returns whether a run at {@code now} must do nothing because of the back-off: the party failed
   * and its next retry lies after {@code now}, or it failed permanently and its automatic reset
   * lies after {@code now} (or it has none).
   */
  public boolean isBackedOff(SyncState state, Instant now) {
    if (state.status() == SyncStatus.FAILED) {
      return state.nextRetry() != null && now.isBefore(state.nextRetry());
    }
    if (state.status() == SyncStatus.PERMANENTLY_FAILED) {
      return state.autoResetAt() == null || now.isBefore(state.autoResetAt());
    }
    return false;
  }

  /**
   * Returns the state after the automatic reset when it is due: a permanently failed party whose
   * reset time is at or before {@code now} becomes {@code failed} with the count at 0, due at once.
   * The error message is kept.
   *
   * @return the reset state, or empty when no reset is due
   */
  public Optional<SyncState> autoReset(SyncState state, Instant now) {
    if (state.status() != SyncStatus.PERMANENTLY_FAILED
        || state.autoResetAt() == null
        || now.isBefore(state.autoResetAt())) {
      return Optional.empty();
    }
    return Optional.of(
        new SyncState(
            SyncStatus.FAILED,
            0,
            null,
            null,
            state.errorMessage(),
            state.lastSync(),
            state.partyRowId(),
            state.hash()));
  }

  /** Returns the text cut to {@link #maxErrorLength()} characters, stripped. */
  public String shortError(String error) {
    String text = error.strip();
    return text.length() <= maxErrorLength ? text : text.substring(0, maxErrorLength);
  }

  /** Builds a {@link RetrySchedule}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private List<Duration> backoffs = DEFAULT_BACKOFFS;
    private int permanentFailureAt;
    private Duration autoResetAfter = Duration.ofHours(24);
    private int maxErrorLength = 200;

    private Builder() {}

    /**
     * Sets the back-off delays; the n-th is used after the n-th consecutive failure, the last one
     * after every later failure until the party fails permanently.
     *
     * @param value one or more positive delays
     */
    public Builder backoffs(List<Duration> value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("at least one back-off is needed");
      }
      for (Duration d : value) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("back-offs must be positive");
        }
      }
      this.backoffs = List.copyOf(value);
      return this;
    }

    /**
     * Sets the number of consecutive failures that makes a party permanently failed; default: one
     * more than the number of back-offs (6 with the defaults).
     *
     * @param value 1 or more
     */
    public Builder permanentFailureAt(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("permanentFailureAt must be at least 1");
      }
      this.permanentFailureAt = value;
      return this;
    }

    /** Sets how long a party stays permanently failed before the reset; default 24 hours. */
    public Builder autoResetAfter(Duration value) {
      Objects.requireNonNull(value, "autoResetAfter");
      if (value.isNegative()) {
        throw new IllegalArgumentException("autoResetAfter must not be negative");
      }
      this.autoResetAfter = value;
      return this;
    }

    /** Sets the longest error message written to the record; default 200 characters. */
    public Builder maxErrorLength(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxErrorLength must be at least 1");
      }
      this.maxErrorLength = value;
      return this;
    }

    /** Builds the schedule. */
    public RetrySchedule build() {
      return new RetrySchedule(this);
    }
  }
}
