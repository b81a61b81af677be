package de.kommsync.value;

/** Why a value is left untouched by a run (reported, never planned). */
public enum SkipReason {
  /** A phone number that is not a possible number (or contains letters). */
  NOT_A_PHONE_NUMBER,
  /** An e-mail kind whose value is no valid e-mail address (for example a beA id). */
  NOT_AN_EMAIL_ADDRESS,
  /** A value the CRM cannot hold (characters, length, non-ASCII e-mail). */
  NOT_WRITABLE_TO_CRM,
  /** A value the party system cannot hold. */
  NOT_WRITABLE_TO_PARTY_SYSTEM,
  /** The CRM list is full (its item limit). */
  CRM_LIST_FULL,
  /** Marker plus user text would exceed the remark length limit. */
  REMARK_TOO_LONG,
  /** The CRM does not allow the value's phone type, nor {@code OTHER}. */
  PHONE_TYPE_NOT_ALLOWED,
  /** The entry's kind is never synced (kind 5, internet address). */
  KIND_NOT_SYNCED
}
