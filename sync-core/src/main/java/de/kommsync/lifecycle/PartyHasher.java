package de.kommsync.lifecycle;

import de.kommsync.SyncOptions;
import de.kommsync.model.PartySnapshot;
import de.kommsync.plan.CommunicationHash;
import de.kommsync.spi.Crm;
import java.util.Objects;

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

  /**
   * Returns the hasher the engine uses: {@link CommunicationHash#of} in the options' hash mode,
   * with the CRM's rules (which the adapter reads once and caches).
   *
   * @param crm the CRM whose rules decide which values are sync-relevant
   * @param options the engine's options
   * @return the hasher
   */
  static PartyHasher of(Crm crm, SyncOptions options) {
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(options, "options");
    return party -> CommunicationHash.of(party, crm.rules(), options);
  }
}
