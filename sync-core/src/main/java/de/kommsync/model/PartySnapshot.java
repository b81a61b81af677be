package de.kommsync.model;

import de.kommsync.Masking;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A party as read from the party system: its ids, change information, top-level contact fields and
 * communication entries in the order the system returned them.
 *
 * @param partyId the party's id (for Advoware the {@code betNr} as a decimal string)
 * @param rowId the party's own row version; does not move when only entries change
 * @param changedAt the party's change time in the party system's local time, or null
 * @param contactFields the party's top-level contact fields by name (for example {@code mobil}),
 *     used to detect the kind of an entry whose kind the server does not report
 * @param entries the entries in server order
 */
public record PartySnapshot(
    String partyId,
    @Nullable String rowId,
    @Nullable LocalDateTime changedAt,
    Map<String, String> contactFields,
    List<PartyEntry> entries) {

  /** Checks the arguments and copies the collections. */
  public PartySnapshot {
    Objects.requireNonNull(partyId, "partyId");
    contactFields = Map.copyOf(contactFields);
    entries = List.copyOf(entries);
  }

  /** Returns the party with its contact fields and entries masked as {@link Masking} says. */
  @Override
  public String toString() {
    Map<String, String> fields = new TreeMap<>();
    contactFields.forEach((name, value) -> fields.put(name, Masking.value(value)));
    return "PartySnapshot[partyId=%s, rowId=%s, changedAt=%s, contactFields=%s, entries=%s]"
        .formatted(partyId, rowId, changedAt, fields, entries);
  }
}
