package de.kommsync;

/** How the communication hash of SPEC section 10 is computed. */
public enum HashMode {
  /** SHA-256 over keys and remarks of the marked entries, predicted before the writes (default). */
  CONTENT,
  /**
   * The earlier implementation's hash: MD5 of the sorted entry row ids. Row ids change on every
   * write and cannot be predicted, so this mode costs a second CRM update after the writes.
   */
  LEGACY_ROW_IDS
}
