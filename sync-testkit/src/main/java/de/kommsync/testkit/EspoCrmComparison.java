package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * How the EspoCRM simulation decides whether a written value differs from the stored one.
 *
 * <p>For {@code modifiedAt}, values are compared as objects, as EspoCRM does
 * (research/espocrm-api.md §4 "Spurious bumps", verified in §8 item 7): an array item without
 * {@code lower}, or items in another order, differ. For the optimistic-concurrency check, arrays
 * are compared by content (value, flags, type, order; {@code lower} ignored), so a stale version
 * whose values equal the stored ones passes (research §8, "a stale version whose values equal the
 * stored ones is accepted"); how EspoCRM compares arrays there is not documented, so this is an
 * inference.
 */
final class EspoCrmComparison {

  private EspoCrmComparison() {}

  /** Returns whether two JSON values are equal as PHP compares decoded objects loosely. */
  static boolean looseEquals(JsonNode a, JsonNode b) {
    boolean aNull = a.isNull() || a.isMissingNode();
    boolean bNull = b.isNull() || b.isMissingNode();
    if (aNull || bNull) {
      return aNull && bNull;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!looseEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      return sameObject(a, b);
    }
    return a.equals(b);
  }

  private static boolean sameObject(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = a.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!b.has(field.getKey()) || !looseEquals(field.getValue(), b.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a sent attribute carries the stored content (the concurrency check). */
  static boolean sameContent(String attribute, JsonNode stored, JsonNode sent) {
    if (!attribute.equals("emailAddressData") && !attribute.equals("phoneNumberData")) {
      return looseEquals(stored, sent);
    }
    if (!sent.isArray() || stored.size() != sent.size()) {
      return false;
    }
    String valueKey = attribute.equals("emailAddressData") ? "emailAddress" : "phoneNumber";
    for (int i = 0; i < sent.size(); i++) {
      JsonNode s = stored.get(i);
      JsonNode n = sent.get(i);
      boolean same =
          s.path(valueKey).asText().equals(n.path(valueKey).asText())
              && (!n.hasNonNull("type") || s.path("type").asText().equals(n.path("type").asText()))
              && flag(s, "primary") == EspoCrmStore.truthy(n.get("primary"))
              && flag(s, "optOut") == EspoCrmStore.truthy(n.get("optOut"))
              && flag(s, "invalid") == EspoCrmStore.truthy(n.get("invalid"));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private static boolean flag(JsonNode item, String name) {
    return item.path(name).asBoolean();
  }
}
