package de.kommsync.plan;

import de.kommsync.model.CrmValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The run's one CRM update of the value lists: the complete new lists (null for a list that does
 * not change) and the changes they carry. The executor adds the sync-state fields.
 *
 * @param emails the complete new e-mail list, or null when unchanged
 * @param phones the complete new phone list, or null when unchanged
 * @param changes the changes, in plan order
 */
public record CrmWrite(
    @Nullable List<CrmValue> emails, @Nullable List<CrmValue> phones, List<ValueChange> changes)
    implements Operation {

  /** Copies the lists. */
  public CrmWrite {
    emails = emails == null ? null : List.copyOf(emails);
    phones = phones == null ? null : List.copyOf(phones);
    changes = List.copyOf(changes);
  }
}
