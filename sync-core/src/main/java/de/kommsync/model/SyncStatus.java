package de.kommsync.model;

import java.util.Locale;
import java.util.Optional;

/** The sync status kept in the CRM record (SPEC section 2, field {@code syncStatus}). */
public enum SyncStatus {
  /** Set by the CRM when a person creates a record. */
  PENDING_SYNC,
  /** Set by the CRM when a person edits a record. */
  DIRTY,
  /** Written at the start of a run, only when configured. */
  SYNCING,
  /** The last run succeeded. */
  CLEAN,
  /** The last run failed; retried after {@code syncNextRetry}. */
  FAILED,
  /** Six consecutive failures; reset to {@link #FAILED} after {@code syncAutoResetAt}. */
  PERMANENTLY_FAILED,
  /** The last run resolved conflicts by policy, written only when configured (informational). */
  CONFLICT,
  /** The party answered "not found" in the party system; nothing was deleted in the CRM. */
  DELETED_IN_ADVOWARE;

  /** Returns the wire name, for example {@code pending_sync}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name.
   *
   * @param wire the stored text, may be anything
   * @return the status, or empty for null, blank or unknown text
   */
  public static Optional<SyncStatus> ofWireName(String wire) {
    if (wire == null || wire.isBlank()) {
      return Optional.empty();
    }
    for (SyncStatus status : values()) {
      if (status.wireName().equals(wire.trim())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
