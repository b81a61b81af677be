package de.kommsync.model;

/** The sync-state fields of a CRM record; the adapter maps each to its configured field name. */
public enum SyncField {
  /** {@code syncStatus}. */
  STATUS,
  /** {@code syncRetryCount}. */
  RETRY_COUNT,
  /** {@code syncNextRetry}. */
  NEXT_RETRY,
  /** {@code syncAutoResetAt}. */
  AUTO_RESET_AT,
  /** {@code syncErrorMessage}. */
  ERROR_MESSAGE,
  /** {@code advowareLastSync}. */
  LAST_SYNC,
  /** {@code advowareRowId}. */
  PARTY_ROW_ID,
  /** {@code kommunikationHash}. */
  HASH
}
