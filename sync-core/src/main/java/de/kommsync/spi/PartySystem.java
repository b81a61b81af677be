package de.kommsync.spi;

import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;

/**
 * The party-system role (Advoware): parties own communication entries with remarks; entries can be
 * created and updated, never deleted, and an entry's kind never changes.
 *
 * <p>Implementations must be safe for use by several threads at once: the engine issues a run's
 * entry writes in parallel. Failures are reported as {@link de.kommsync.RemoteCallException}s that
 * say whether a retry may help and whether the outcome is unknown; an implementation may retry
 * reads and updates on transient faults itself, but never a create whose outcome is unknown.
 */
public interface PartySystem {

  /**
   * Reads a party with all its entries.
   *
   * @param partyId the party id
   * @return the party as the system holds it now
   * @throws de.kommsync.NoSuchPartyException when the party does not exist (deleted)
   */
  PartySnapshot readParty(String partyId);

  /**
   * Creates an entry.
   *
   * @param partyId the party id
   * @param write the entry's fields
   * @return the entry as created, with its new id
   */
  PartyEntry createEntry(String partyId, EntryWrite write);

  /**
   * Updates an entry's value, remark and online flag. The kind sent is ignored.
   *
   * @param partyId the party id
   * @param entryId the entry id
   * @param write the new fields
   * @return the entry as stored afterwards
   */
  PartyEntry updateEntry(String partyId, long entryId, EntryWrite write);
}
