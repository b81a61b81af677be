package de.kommsync.plan;

/** The class of a party-system entry in the three-way merge (SPEC section 6). */
enum EntryClass {
  /** A slot marker and a blank value: the sync may reuse the entry. */
  FREE_SLOT,
  /** A value marker: the entry was synced before; its marker records the value then. */
  MARKED,
  /** A sync-relevant value without value marker (a slot a user filled in included). */
  NEW,
  /** Blank and unmarked, or not sync-relevant: the sync leaves it alone. */
  IGNORED
}
