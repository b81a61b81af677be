package de.kommsync.plan;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.plan.ValueChange.Change;
import de.kommsync.value.CrmForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One CRM list (e-mails or phones) while a plan is built: the stored items by key, the changes the
 * plan makes, and the list the CRM is sent. Mutable working state of one planner run.
 */
final class CrmList {

  /** A change of this list, in plan order. */
  record Planned(Variant variant, CrmItem item, Change change, @Nullable String oldValue) {}

  private final Channel channel;
  private final List<CrmItem> stored = new ArrayList<>();
  private final Map<String, CrmItem> byStoredKey = new HashMap<>();
  private final Map<String, CrmItem> holders = new HashMap<>();
  private final List<CrmItem> additions = new ArrayList<>();
  private final List<Planned> changes = new ArrayList<>();
  private final List<String> newHolders = new ArrayList<>();

  /**
   * Reads a list. An item that is no valid value, or one the CRM could not take as written, is
   * reported and never paired with an entry or created in the party system.
   */
  CrmList(Channel channel, List<CrmValue> values, CrmForms forms, CrmRules rules) {
    this.channel = channel;
    for (int i = 0; i < values.size(); i++) {
      CrmValue value = values.get(i);
      String key = forms.keys().key(channel, value.value()).orElse(null);
      CrmItem item =
          CrmItem.stored(i, value, key, forms.crmForm(channel, value.value(), rules).rejection());
      stored.add(item);
      if (key == null) {
        continue;
      }
      CrmItem first = byStoredKey.putIfAbsent(key, item);
      if (first != null) {
        item.markDuplicateOf(first);
      } else {
        holders.put(key, item);
      }
    }
  }

  Channel channel() {
    return channel;
  }

  /** Returns the stored items in list order, duplicates included. */
  List<CrmItem> stored() {
    return stored;
  }

  /** Returns the first stored item with the key, as read. */
  Optional<CrmItem> storedItem(@Nullable String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byStoredKey.get(key));
  }

  /** Returns the item that holds the key after the changes planned so far. */
  Optional<CrmItem> holder(@Nullable String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(holders.get(key));
  }

  /** Replaces a stored item's value in place, keeping its flags, type and position. */
  void replace(CrmItem item, String form, String key, Variant variant) {
    String old = item.value();
    holders.remove(item.key(), item);
    item.replaceWith(form, key);
    holders.put(key, item);
    newHolders.add(key);
    changes.add(new Planned(variant, item, Change.REPLACED, old));
  }

  /** Removes a stored item. */
  void remove(CrmItem item, Variant variant) {
    holders.remove(item.key(), item);
    item.remove();
    changes.add(new Planned(variant, item, Change.REMOVED, item.value()));
  }

  /** Adds an item the list does not hold yet; the caller checked {@link #holder}. */
  CrmItem add(String form, String key, @Nullable PhoneType type, int order, Variant variant) {
    CrmItem item = CrmItem.added(channel, form, key, type, order);
    holders.put(key, item);
    newHolders.add(key);
    additions.add(item);
    changes.add(new Planned(variant, item, Change.ADDED, null));
    return item;
  }

  /** Returns the keys that got a new holder since the last call, in the order they got it. */
  List<String> drainNewHolders() {
    List<String> keys = List.copyOf(newHolders);
    newHolders.clear();
    return keys;
  }

  /** Returns the changes planned so far, refused additions included. */
  List<Planned> changes() {
    return changes;
  }

  /** Returns how many more items the list takes after the changes planned so far. */
  int room(int maxItems) {
    int items = 0;
    for (CrmItem item : stored) {
      if (item.live()) {
        items++;
      }
    }
    for (CrmItem item : additions) {
      if (!item.refused()) {
        items++;
      }
    }
    return maxItems - items;
  }

  /**
   * Refuses the additions beyond the item limit: values already in the CRM stay, additions are
   * taken in party-system order.
   *
   * @return the refused additions
   */
  List<CrmItem> applyCapacity(int maxItems) {
    int kept = 0;
    for (CrmItem item : stored) {
      if (item.live()) {
        kept++;
      }
    }
    List<CrmItem> ordered = new ArrayList<>(additions);
    ordered.sort((a, b) -> Integer.compare(a.order(), b.order()));
    List<CrmItem> refused = new ArrayList<>();
    for (CrmItem item : ordered) {
      if (kept < maxItems) {
        kept++;
      } else {
        item.refuse();
        refused.add(item);
      }
    }
    return refused;
  }

  /**
   * Returns the list to send: stored items in order with replacements in place, removed items and
   * duplicates dropped, accepted additions appended in party-system order; exactly one primary.
   */
  List<CrmValue> result() {
    List<CrmValue> result = new ArrayList<>();
    CrmItem primaryHolder = null;
    for (CrmItem item : stored) {
      CrmValue value = item.storedValue();
      if (value.primary() && primaryHolder == null) {
        // a primary duplicate hands the flag to its first occurrence: the value stays primary
        primaryHolder = item.duplicateOf() == null ? item : item.duplicateOf();
      }
    }
    for (CrmItem item : stored) {
      if (!item.live()) {
        continue;
      }
      CrmValue value = item.storedValue().withValue(item.value());
      result.add(value.withPrimary(item == primaryHolder));
    }
    List<CrmItem> ordered = new ArrayList<>(additions);
    ordered.sort((a, b) -> Integer.compare(a.order(), b.order()));
    for (CrmItem item : ordered) {
      if (!item.refused()) {
        result.add(new CrmValue(channel, item.value(), item.type(), null, false, false, false));
      }
    }
    return withOnePrimary(result);
  }

  private static List<CrmValue> withOnePrimary(List<CrmValue> list) {
    if (list.isEmpty() || list.stream().anyMatch(CrmValue::primary)) {
      return list;
    }
    List<CrmValue> fixed = new ArrayList<>(list);
    fixed.set(0, fixed.get(0).withPrimary(true));
    return fixed;
  }
}
