package de.kommsync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CRM record as read: its e-mail and phone lists in stored order, its sync state, and what the
 * engine needs for concurrency control.
 *
 * @param id the record id
 * @param partyId the party id it is linked to (for EspoCRM the {@code betnr} field), or null
 * @param emails the e-mail items in stored order
 * @param phones the phone items in stored order
 * @param state the sync-state fields
 * @param modifiedAt the record's last change time (CRM clock), or null when unknown
 * @param version the record's version when the CRM has optimistic concurrency on, else null
 */
public record CrmRecord(
    String id,
    @Nullable String partyId,
    List<CrmValue> emails,
    List<CrmValue> phones,
    SyncState state,
    @Nullable Instant modifiedAt,
    @Nullable Long version) {

  /** Checks the arguments and copies the lists. */
  public CrmRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    for (CrmValue email : emails) {
      if (email.channel() != Channel.EMAIL) {
        throw new IllegalArgumentException("emails must hold e-mail items");
      }
    }
    for (CrmValue phone : phones) {
      if (phone.channel() != Channel.PHONE) {
        throw new IllegalArgumentException("phones must hold phone items");
      }
    }
  }

  /** Returns the list of the given channel. */
  public List<CrmValue> values(Channel channel) {
    return channel == Channel.EMAIL ? emails : phones;
  }

  /** Returns whether the CRM checks versions on update for this record. */
  public boolean hasOptimisticConcurrency() {
    return version != null;
  }
}
