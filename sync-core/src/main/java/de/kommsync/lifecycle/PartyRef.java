package de.kommsync.lifecycle;

import de.kommsync.spi.CrmListRow;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Names one party to sync: its CRM record and, once linked, its party-system id.
 *
 * @param recordId the CRM record id; the lock is taken on it
 * @param partyId the party-system id, or null while the record is not linked to a party (a
 *     master-data step may create and link it)
 */
public record PartyRef(String recordId, @Nullable String partyId) {

  /** Checks the arguments. */
  public PartyRef {
    Objects.requireNonNull(recordId, "recordId");
  }

  /**
   * Returns the reference of a list row.
   *
   * @param row a row of a CRM list query
   * @return its record id and party id
   */
  public static PartyRef of(CrmListRow row) {
    return new PartyRef(row.id(), row.partyId());
  }

  /** Returns the party-system id, or empty while the record is not linked. */
  public Optional<String> party() {
    return Optional.ofNullable(partyId);
  }
}
