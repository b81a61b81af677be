package de.kommsync;

/** How a marked entry changed on both sides is resolved (SPEC section 6). */
public enum ConflictPolicy {
  /**
   * The CRM's value is written into the entry; the party system's value is reported overwritten.
   */
  CRM_WINS,
  /** The party system's value replaces the CRM's, taking its flags and type. */
  PARTY_SYSTEM_WINS,
  /** Nothing is lost: both values end up on both sides. */
  KEEP_BOTH
}
