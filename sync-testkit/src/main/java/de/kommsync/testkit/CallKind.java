package de.kommsync.testkit;

/** The kinds of calls the in-memory fakes count and can inject faults into. */
public enum CallKind {
  /** {@code GET /Settings} of the CRM (once per fake, then cached). */
  CRM_SETTINGS,
  /** {@code GET /Metadata} of the CRM's phone field (once per fake, then cached). */
  CRM_METADATA,
  /** {@code GET} of one CRM record. */
  CRM_READ,
  /** {@code PUT} of one CRM record. */
  CRM_UPDATE,
  /** One page of a CRM list query. */
  CRM_LIST,
  /** {@code GET} of one party with its entries. */
  PARTY_READ,
  /** {@code POST} of a new entry. */
  ENTRY_CREATE,
  /** {@code PUT} of an entry. */
  ENTRY_UPDATE
}
