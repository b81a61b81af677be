package de.kommsync.lifecycle;

/**
 * What {@link ChangeComparison#compare} decided for a party's master data: which side changed since
 * the last sync and so which side's data wins.
 */
public enum ChangeDecision {
  /** Neither side changed; nothing to copy. */
  NO_CHANGE,
  /** Only the CRM changed (or, on a first sync, the CRM's data is newer or the only dated one). */
  CRM_NEWER,
  /** Only the party system changed (or, on a first sync, its data is newer). */
  PARTY_NEWER,
  /** Both sides changed since the last sync; the CRM wins. */
  CONFLICT;

  /** Returns whether the CRM's data is to be written to the party system. */
  public boolean crmWins() {
    return this == CRM_NEWER || this == CONFLICT;
  }

  /** Returns whether the party system's data is to be written to the CRM. */
  public boolean partyWins() {
    return this == PARTY_NEWER;
  }
}
