package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.testkit.EspoCrmStore.EmailRow;
import de.kommsync.testkit.EspoCrmStore.Item;
import de.kommsync.testkit.EspoCrmStore.Link;
import de.kommsync.testkit.EspoCrmStore.PhoneRow;
import de.kommsync.testkit.EspoCrmStore.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies a validated write's e-mail and phone fields to a record and the shared rows, as EspoCRM's
 * savers do (research/espocrm-api.md §3 "Write semantics", "Scalar vs arrays", §8 items 4 and 8).
 * An array replaces the whole set; without an array, a scalar replaces the primary.
 */
final class EspoCrmSaver {

  private final EspoCrmSimulation simulation;
  private final EspoCrmStore store;
  private final StoredRecord record;

  EspoCrmSaver(EspoCrmSimulation simulation, StoredRecord record) {
    this.simulation = simulation;
    this.store = simulation.store();
    this.record = record;
  }

  void save(ObjectNode input) {
    if (input.has("emailAddressData")) {
      saveEmails(input.get("emailAddressData"));
    } else if (input.has("emailAddress")) {
      record.emails = replacePrimary(record.emails, emailScalar(input.get("emailAddress")));
    }
    if (input.has("phoneNumberData")) {
      savePhones(input.get("phoneNumberData"));
    } else if (input.has("phoneNumber")) {
      record.phones = replacePrimary(record.phones, phoneScalar(input.get("phoneNumber")));
    }
    if (!input.has("emailAddressData")) {
      primaryEmailFlags(input);
    }
    if (!input.has("phoneNumberData")) {
      primaryPhoneFlags(input);
    }
  }

  private void saveEmails(JsonNode data) {
    List<Item> items = new ArrayList<>();
    boolean anyFlagged = false;
    for (JsonNode raw : data) {
      anyFlagged |= EspoCrmStore.truthy(raw.get("primary"));
      String name = EspoCrmValueRules.phpTrim(raw.path("emailAddress").asText(""));
      if (raw.path("emailAddress").isNull() || name.isEmpty()) {
        continue; // research §3 "Empty values": an empty e-mail item is skipped
      }
      items.add(item(raw, name, EspoCrmValueRules.asciiLower(name), null));
    }
    Map<String, Item> byKey = EspoCrmSimulation.newItemMap();
    record.emails = EspoCrmStore.collapse(anyFlagged, items, byKey);
    byKey.values().forEach(this::upsertEmail);
  }

  private void savePhones(JsonNode data) {
    List<Item> items = new ArrayList<>();
    boolean anyFlagged = false;
    for (JsonNode raw : data) {
      anyFlagged |= EspoCrmStore.truthy(raw.get("primary"));
      String name = sanitize(raw.path("phoneNumber").asText(""));
      String type =
          raw.path("type").isTextual() ? raw.path("type").textValue() : simulation.defaultType();
      items.add(item(raw, name, name, type));
    }
    Map<String, Item> byKey = EspoCrmSimulation.newItemMap();
    record.phones = EspoCrmStore.collapse(anyFlagged, items, byKey);
    byKey.values().forEach(this::upsertPhone);
  }

  private static Item item(JsonNode raw, String name, String key, @Nullable String type) {
    return new Item(
        name,
        key,
        type,
        EspoCrmStore.truthy(raw.get("primary")),
        EspoCrmStore.truthy(raw.get("optOut")),
        EspoCrmStore.truthy(raw.get("invalid")));
  }

  private String sanitize(String raw) {
    return EspoCrmValueRules.sanitizePhone(
        raw, simulation.phoneNumberInternational(), simulation.phoneNumberExtensions());
  }

  /** research §3 "Flag pitfalls" and §8 item 8: flags, type and casing belong to the row. */
  private void upsertEmail(Item item) {
    EmailRow row = store.emailRows.get(item.key());
    if (row == null) {
      store.emailRows.put(item.key(), new EmailRow(item.name(), item.optOut(), item.invalid()));
    } else if (mayEditShared(item.key(), true)) {
      row.name = item.name();
      row.optOut = item.optOut();
      row.invalid = item.invalid();
    }
  }

  private void upsertPhone(Item item) {
    PhoneRow row = store.phoneRows.get(item.key());
    String type = item.type() == null ? simulation.defaultType() : item.type();
    if (row == null) {
      store.phoneRows.put(item.key(), new PhoneRow(type, item.optOut(), item.invalid()));
    } else if (mayEditShared(item.key(), false)) {
      row.type = type;
      row.optOut = item.optOut();
      row.invalid = item.invalid();
    }
  }

  private boolean mayEditShared(String key, boolean email) {
    return !simulation.sharedRowEditsForbidden() || !store.linkedElsewhere(key, email, record);
  }

  private Optional<String> emailScalar(JsonNode scalar) {
    String name = scalar.isNull() ? "" : EspoCrmValueRules.phpTrim(scalar.asText());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String key = EspoCrmValueRules.asciiLower(name);
    if (!store.emailRows.containsKey(key)) {
      store.emailRows.put(key, new EmailRow(name, false, false));
    }
    return Optional.of(key);
  }

  private Optional<String> phoneScalar(JsonNode scalar) {
    String name = scalar.isNull() ? "" : sanitize(scalar.asText());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    store.phoneRows.computeIfAbsent(
        name, n -> new PhoneRow(simulation.defaultType(), false, false));
    return Optional.of(name);
  }

  /**
   * research §3 "Scalar vs arrays", §8 item 4 and §6 item 2: a scalar alone replaces the primary
   * (the old primary is unlinked; an existing secondary is promoted); null unlinks the primary and
   * leaves the record without one (up to 9.3).
   */
  private static List<Link> replacePrimary(List<Link> links, Optional<String> key) {
    Optional<String> current = EspoCrmStore.primaryKey(links);
    if (key.isPresent() && current.isPresent() && current.get().equals(key.get())) {
      return links;
    }
    List<Link> result = new ArrayList<>();
    key.ifPresent(k -> result.add(new Link(k, true)));
    for (Link link : links) {
      if (!link.primary() && !(key.isPresent() && link.key().equals(key.get()))) {
        result.add(link);
      }
    }
    return result;
  }

  /** research §3 "Scalar vs arrays": {@code …IsOptedOut}/{@code …IsInvalid} set the primary's. */
  private void primaryEmailFlags(ObjectNode input) {
    Optional<String> key = EspoCrmStore.primaryKey(record.emails);
    if (key.isEmpty()) {
      return;
    }
    EmailRow row = store.emailRows.get(key.get());
    if (input.has("emailAddressIsOptedOut")) {
      row.optOut = EspoCrmStore.truthy(input.get("emailAddressIsOptedOut"));
    }
    if (input.has("emailAddressIsInvalid")) {
      row.invalid = EspoCrmStore.truthy(input.get("emailAddressIsInvalid"));
    }
  }

  private void primaryPhoneFlags(ObjectNode input) {
    Optional<String> key = EspoCrmStore.primaryKey(record.phones);
    if (key.isEmpty()) {
      return;
    }
    PhoneRow row = store.phoneRows.get(key.get());
    if (input.has("phoneNumberIsOptedOut")) {
      row.optOut = EspoCrmStore.truthy(input.get("phoneNumberIsOptedOut"));
    }
    if (input.has("phoneNumberIsInvalid")) {
      row.invalid = EspoCrmStore.truthy(input.get("phoneNumberIsInvalid"));
    }
  }
}
