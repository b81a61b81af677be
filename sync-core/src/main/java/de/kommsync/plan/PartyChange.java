package de.kommsync.plan;

/** What happened to a marked entry's value in the party system since the last sync (SPEC 6). */
enum PartyChange {
  /** The current value has the key of the synced one. */
  UNCHANGED,
  /** The current value is sync-relevant and has another key. */
  CHANGED,
  /** The current value is blank. */
  DELETED,
  /** The current value is no longer sync-relevant: it counts as deleted (the text stays). */
  UNSYNCABLE
}
