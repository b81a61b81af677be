package de.kommsync.spi;

import de.kommsync.model.SyncState;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CRM record as a list query returns it: without value lists, with what the scheduler needs to
 * decide whether it is due and whether it changed since its last sync.
 *
 * @param id the record id
 * @param partyId the linked party id, or null when the record has none
 * @param state the sync-state fields
 * @param modifiedAt the record's last change time (CRM clock), or null
 */
public record CrmListRow(
    String id, @Nullable String partyId, SyncState state, @Nullable Instant modifiedAt) {

  /** Checks the arguments. */
  public CrmListRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
  }
}
