package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The stored state of the EspoCRM simulation: records with their links, and the shared address
 * rows. E-mail addresses and phone numbers are global rows; a record links to them and the link
 * carries only {@code primary}, so casing, {@code optOut}, {@code invalid} and the phone type
 * belong to the row and are shared by every record that links it (research/espocrm-api.md §3
 * "Storage model", §8 item 8). Not thread-safe: the simulation serialises access.
 */
final class EspoCrmStore {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One link of a record to a shared row. */
  record Link(String key, boolean primary) {}

  /** A shared e-mail row, keyed by {@code lower}. */
  static final class EmailRow {
    String name;
    boolean optOut;
    boolean invalid;

    EmailRow(String name, boolean optOut, boolean invalid) {
      this.name = name;
      this.optOut = optOut;
      this.invalid = invalid;
    }
  }

  /** A shared phone row, keyed by its stored number. */
  static final class PhoneRow {
    String type;
    boolean optOut;
    boolean invalid;

    PhoneRow(String type, boolean optOut, boolean invalid) {
      this.type = type;
      this.optOut = optOut;
      this.invalid = invalid;
    }
  }

  /** One record: its own attributes and its links in stored order. */
  static final class StoredRecord {
    final ObjectNode attributes;
    List<Link> emails = new ArrayList<>();
    List<Link> phones = new ArrayList<>();

    StoredRecord(ObjectNode attributes) {
      this.attributes = attributes;
    }

    String id() {
      return attributes.path("id").asText();
    }
  }

  /** An item of an array as the saver reads it, after trimming and collapsing. */
  record Item(
      String name,
      String key,
      @Nullable String type,
      boolean primary,
      boolean optOut,
      boolean invalid) {}

  final TreeMap<String, StoredRecord> records = new TreeMap<>();
  final Map<String, EmailRow> emailRows = new HashMap<>();
  final Map<String, PhoneRow> phoneRows = new HashMap<>();

  /** Returns whether a record other than {@code self} links the row. */
  boolean linkedElsewhere(String key, boolean email, StoredRecord self) {
    for (StoredRecord other : records.values()) {
      if (other != self
          && (email ? other.emails : other.phones).stream().anyMatch(l -> l.key.equals(key))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the key of the record's primary link of a list, if it has one. */
  static Optional<String> primaryKey(List<Link> links) {
    return links.stream().filter(Link::primary).map(Link::key).findFirst();
  }

  /** Renders the e-mail array as GET shows it: primary first, then the others in link order. */
  ArrayNode emailData(StoredRecord record) {
    ArrayNode data = NODES.arrayNode();
    for (Link link : primaryFirst(record.emails)) {
      EmailRow row = emailRows.get(link.key());
      data.addObject()
          .put("emailAddress", row.name)
          .put("lower", link.key())
          .put("primary", link.primary())
          .put("optOut", row.optOut)
          .put("invalid", row.invalid);
    }
    return data;
  }

  /** Renders the phone array as GET shows it: primary first, then the others in link order. */
  ArrayNode phoneData(StoredRecord record) {
    ArrayNode data = NODES.arrayNode();
    for (Link link : primaryFirst(record.phones)) {
      PhoneRow row = phoneRows.get(link.key());
      data.addObject()
          .put("phoneNumber", link.key())
          .put("type", row.type)
          .put("primary", link.primary())
          .put("optOut", row.optOut)
          .put("invalid", row.invalid);
    }
    return data;
  }

  private static List<Link> primaryFirst(List<Link> links) {
    List<Link> ordered = new ArrayList<>(links.size());
    links.stream().filter(Link::primary).forEach(ordered::add);
    links.stream().filter(l -> !l.primary()).forEach(ordered::add);
    return ordered;
  }

  /** Renders a record as a list row: attributes and the scalar primaries, no arrays. */
  ObjectNode listRow(StoredRecord record) {
    ObjectNode row = record.attributes.deepCopy();
    Optional<String> email = primaryKey(record.emails);
    EmailRow emailRow = email.map(emailRows::get).orElse(null);
    row.put("emailAddress", emailRow == null ? null : emailRow.name);
    row.put("emailAddressIsOptedOut", emailRow != null && emailRow.optOut);
    row.put("emailAddressIsInvalid", emailRow != null && emailRow.invalid);
    Optional<String> phone = primaryKey(record.phones);
    PhoneRow phoneRow = phone.map(phoneRows::get).orElse(null);
    row.put("phoneNumber", phone.orElse(null));
    row.put("phoneNumberIsOptedOut", phoneRow != null && phoneRow.optOut);
    row.put("phoneNumberIsInvalid", phoneRow != null && phoneRow.invalid);
    return row;
  }

  /** Renders a record as GET returns it. */
  ObjectNode render(StoredRecord record) {
    ObjectNode out = listRow(record);
    out.set("emailAddressData", emailData(record));
    out.set("phoneNumberData", phoneData(record));
    return out;
  }

  /**
   * Collapses an array as EspoCRM's savers do (research/espocrm-api.md §3 "Duplicates inside one
   * array", §8 item 4): items with the same key collapse into one at the first copy's position with
   * the last copy's casing and flags; empty items are skipped (e-mail). The primary is the last
   * collapsed item flagged primary; when no raw item was flagged, the first item; when a flag sat
   * only on a copy that collapsed or on a skipped item, none.
   *
   * @param anyFlagged whether any raw item, skipped ones included, was flagged primary
   * @param items the items that were not skipped, in array order
   * @param byKey receives the last copy of every key
   * @return the links in order
   */
  static List<Link> collapse(boolean anyFlagged, List<Item> items, Map<String, Item> byKey) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (Item item : items) {
      byKey.put(item.key(), item);
      flags.put(item.key(), item.primary());
    }
    String primary = null;
    for (Map.Entry<String, Boolean> entry : flags.entrySet()) {
      if (anyFlagged ? entry.getValue() : primary == null) {
        primary = entry.getKey();
      }
    }
    List<Link> links = new ArrayList<>();
    for (String key : flags.keySet()) {
      links.add(new Link(key, key.equals(primary)));
    }
    return links;
  }

  /**
   * PHP truthiness of a JSON value: a missing key, null, false, 0, "" and "0" are false; the string
   * "false" is true (research/espocrm-api.md §3 "Write semantics", §8).
   */
  static boolean truthy(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.doubleValue() != 0;
    }
    if (node.isTextual()) {
      return !node.textValue().isEmpty() && !node.textValue().equals("0");
    }
    return node.size() > 0 || node.isObject();
  }
}
