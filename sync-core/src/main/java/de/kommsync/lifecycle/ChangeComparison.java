package de.kommsync.lifecycle;

import de.kommsync.SyncOptions;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The change comparison of SPEC section 11: whether the CRM record or the party changed since the
 * last sync, and which side's master data wins.
 *
 * <ul>
 *   <li>The CRM changed when its status is {@code dirty} or {@code pending_sync}, or its change
 *       time is later than the last sync plus {@code tolerance} (the run's own update moves the
 *       change time to the CRM server's clock while the last-sync time carries the host's).
 *   <li>The party changed when its row version differs from the one stored at the last sync; when
 *       either row version is missing, when its change time is later than the last sync plus {@code
 *       tolerance}.
 *   <li>Both changed: {@link ChangeDecision#CONFLICT}, the CRM wins.
 *   <li>First sync (no last-sync time): both change times are compared in UTC, the later wins and
 *       equal times are {@link ChangeDecision#NO_CHANGE}; when only one side has a change time that
 *       side wins; the CRM wins when neither has one.
 * </ul>
 *
 * <p>The party system's change time is a local time without zone, read in {@code partyZone}
 * (default Europe/Berlin). A local time that does not exist (the spring-forward gap) is moved
 * forward by the length of the gap; a local time that exists twice (the fall-back overlap) is read
 * with the later offset, the later of the two instants, so that a change in the repeated hour is
 * never taken as older than it may be. CRM times are instants (UTC).
 *
 * <p>Immutable and thread-safe.
 *
 * @param tolerance how much later than the last sync a change time may be and still count as the
 *     last sync's own write; not negative
 * @param partyZone the zone of the party system's local change times
 */
public record ChangeComparison(Duration tolerance, ZoneId partyZone) {

  /** The default clock-skew tolerance, 10 seconds. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(10);

  /** The default zone of the party system's change times, Europe/Berlin. */
  public static final ZoneId DEFAULT_PARTY_ZONE = ZoneId.of("Europe/Berlin");

  /** Checks the arguments. */
  public ChangeComparison {
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(partyZone, "partyZone");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
  }

  /** Returns the comparison with the default tolerance and zone. */
  public static ChangeComparison defaults() {
    return new ChangeComparison(DEFAULT_TOLERANCE, DEFAULT_PARTY_ZONE);
  }

  /**
   * Returns the comparison with the options' clock-skew tolerance and the default zone.
   *
   * @param options the sync options
   * @return the comparison
   */
  public static ChangeComparison from(SyncOptions options) {
    return new ChangeComparison(options.clockSkewTolerance(), DEFAULT_PARTY_ZONE);
  }

  /**
   * Returns whether the CRM record changed since its last sync. A record never synced counts as
   * changed; a record without a change time changed only when its status says so.
   *
   * @param state the record's sync state
   * @param modifiedAt the record's change time (CRM clock), or null when unknown
   * @return true when the record needs a sync for its own sake
   */
  public boolean crmChanged(SyncState state, @Nullable Instant modifiedAt) {
    if (state.status() == SyncStatus.DIRTY || state.status() == SyncStatus.PENDING_SYNC) {
      return true;
    }
    Instant lastSync = state.lastSync();
    if (lastSync == null) {
      return true;
    }
    return modifiedAt != null && modifiedAt.isAfter(lastSync.plus(tolerance));
  }

  /**
   * Returns whether the party changed since the last sync of the record. A party never synced
   * counts as changed; a party with neither a comparable row version nor a change time as
   * unchanged.
   *
   * @param state the record's sync state, holding the row version and time of the last sync
   * @param rowId the party's row version now, or null when the system reports none
   * @param changedAt the party's change time now, local time in {@code partyZone}, or null
   * @return true when the party's own data changed
   */
  public boolean partyChanged(
      SyncState state, @Nullable String rowId, @Nullable LocalDateTime changedAt) {
    String storedRowId = state.partyRowId();
    if (storedRowId != null && rowId != null) {
      return !storedRowId.equals(rowId);
    }
    Instant lastSync = state.lastSync();
    if (lastSync == null) {
      return true;
    }
    return changedAt != null && toUtc(changedAt).isAfter(lastSync.plus(tolerance));
  }

  /**
   * Decides which side's master data wins.
   *
   * @param state the CRM record's sync state
   * @param crmModifiedAt the CRM record's change time, or null when unknown
   * @param partyRowId the party's row version now, or null
   * @param partyChangedAt the party's change time now, local time in {@code partyZone}, or null
   * @return the decision
   */
  public ChangeDecision compare(
      SyncState state,
      @Nullable Instant crmModifiedAt,
      @Nullable String partyRowId,
      @Nullable LocalDateTime partyChangedAt) {
    if (state.lastSync() == null) {
      return compareFirstSync(crmModifiedAt, partyChangedAt);
    }
    boolean crm = crmChanged(state, crmModifiedAt);
    boolean party = partyChanged(state, partyRowId, partyChangedAt);
    if (crm && party) {
      return ChangeDecision.CONFLICT;
    }
    if (crm) {
      return ChangeDecision.CRM_NEWER;
    }
    return party ? ChangeDecision.PARTY_NEWER : ChangeDecision.NO_CHANGE;
  }

  /**
   * Converts a party-system local time to an instant, by the gap and overlap rules above.
   *
   * @param local the local time in {@code partyZone}
   * @return the instant
   */
  public Instant toUtc(LocalDateTime local) {
    return ZonedDateTime.ofLocal(local, partyZone, null).withLaterOffsetAtOverlap().toInstant();
  }

  private ChangeDecision compareFirstSync(
      @Nullable Instant crmModifiedAt, @Nullable LocalDateTime partyChangedAt) {
    if (partyChangedAt == null) {
      return ChangeDecision.CRM_NEWER;
    }
    if (crmModifiedAt == null) {
      return ChangeDecision.PARTY_NEWER;
    }
    int order = crmModifiedAt.compareTo(toUtc(partyChangedAt));
    if (order == 0) {
      return ChangeDecision.NO_CHANGE;
    }
    return order > 0 ? ChangeDecision.CRM_NEWER : ChangeDecision.PARTY_NEWER;
  }
}
