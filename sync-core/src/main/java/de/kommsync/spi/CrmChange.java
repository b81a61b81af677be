package de.kommsync.spi;

import de.kommsync.model.CrmValue;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One update of a CRM record: the complete new e-mail and/or phone lists (null when a list does not
 * change) and the sync-state fields that change. Every list holds exactly one primary item, no two
 * items with the same key, and every item carries its flags (and phones their type).
 *
 * @param emails the complete new e-mail list, or null to leave it as it is
 * @param phones the complete new phone list, or null to leave it as it is
 * @param state the record's sync state after the update
 * @param stateFields the fields of {@code state} to write; the others are not sent
 */
public record CrmChange(
    @Nullable List<CrmValue> emails,
    @Nullable List<CrmValue> phones,
    SyncState state,
    Set<SyncField> stateFields) {

  /** Checks the arguments and copies the collections. */
  public CrmChange {
    Objects.requireNonNull(state, "state");
    emails = emails == null ? null : List.copyOf(emails);
    phones = phones == null ? null : List.copyOf(phones);
    stateFields = stateFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stateFields));
  }

  /** Returns whether the update would change nothing (and must then not be sent). */
  public boolean isEmpty() {
    return emails == null && phones == null && stateFields.isEmpty();
  }
}
