package de.kommsync.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sync-state fields of a CRM record (SPEC section 2). Times are instants; the adapter stores
 * them as the CRM's UTC strings with whole seconds.
 *
 * @param status the status, or null when the field is empty or holds unknown text
 * @param retryCount consecutive failures, 0 or more
 * @param nextRetry when a failed party may be retried, or null
 * @param autoResetAt when a permanently failed party is reset, or null
 * @param errorMessage the last error, short, without personal data, or null
 * @param lastSync the host's time of the last successful sync, or null before the first
 * @param partyRowId the party's row version seen at the last sync, or null
 * @param hash the communication hash (SPEC section 10), or null
 */
public record SyncState(
    @Nullable SyncStatus status,
    int retryCount,
    @Nullable Instant nextRetry,
    @Nullable Instant autoResetAt,
    @Nullable String errorMessage,
    @Nullable Instant lastSync,
    @Nullable String partyRowId,
    @Nullable String hash) {

  /** The state of a record that was never synced. */
  public static final SyncState EMPTY =
      new SyncState(SyncStatus.PENDING_SYNC, 0, null, null, null, null, null, null);

  /** Checks the arguments. */
  public SyncState {
    if (retryCount < 0) {
      throw new IllegalArgumentException("retryCount must not be negative");
    }
  }
}
