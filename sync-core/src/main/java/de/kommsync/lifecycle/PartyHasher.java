package de.kommsync.lifecycle;

import de.kommsync.model.PartySnapshot;

/**
 * Computes a party's communication hash (SPEC section 10) the same way the engine stores it, so a
 * revisit can tell without a CRM read whether the party's entries changed since the last sync.
 */
@FunctionalInterface
public interface PartyHasher {

  /**
   * Hashes a party's entries.
   *
   * @param party the party as read
   * @return the hash, as stored in the CRM record's hash field
   */
  String hash(PartySnapshot party);
}
