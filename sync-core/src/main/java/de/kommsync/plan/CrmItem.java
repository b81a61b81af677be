package de.kommsync.plan;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a CRM list while a plan is built: a stored item (kept, replaced or removed) or an
 * item the plan adds. Mutable working state of one planner run; never shared.
 */
final class CrmItem {

  /** What the plan does with the item. */
  enum State {
    /** A stored item the plan keeps as it is. */
    KEPT,
    /** A stored item whose value the plan replaces, keeping flags, type and position. */
    REPLACED,
    /** A stored item the plan removes. */
    REMOVED,
    /** An item the plan adds. */
    ADDED
  }

  private final Channel channel;
  private final int index;
  private final @Nullable CrmValue stored;
  private final @Nullable String storedKey;
  private final @Nullable PhoneType type;
  private final @Nullable SkipReason rejection;
  private @Nullable CrmItem duplicateOf;
  private String value;
  private @Nullable String key;
  private State state;
  private boolean matched;
  private boolean reserved;
  private boolean refused;
  private int order;

  private CrmItem(
      Channel channel,
      int index,
      @Nullable CrmValue stored,
      String value,
      @Nullable String key,
      @Nullable PhoneType type,
      @Nullable SkipReason rejection,
      State state) {
    this.channel = channel;
    this.rejection = rejection;
    this.index = index;
    this.stored = stored;
    this.storedKey = stored == null ? null : key;
    this.value = value;
    this.key = key;
    this.type = type;
    this.state = state;
  }

  /**
   * Creates the working item of a stored CRM item at the given position.
   *
   * @param key the value's key, or null when it is no valid value
   * @param rejection why the value cannot be synced, or null when it can
   */
  static CrmItem stored(
      int index, CrmValue value, @Nullable String key, @Nullable SkipReason rejection) {
    return new CrmItem(
        value.channel(), index, value, value.value(), key, value.type(), rejection, State.KEPT);
  }

  /** Creates an item the plan adds, at party-system position {@code order}. */
  static CrmItem added(
      Channel channel, String value, String key, @Nullable PhoneType type, int order) {
    CrmItem item = new CrmItem(channel, -1, null, value, key, type, null, State.ADDED);
    item.order = order;
    item.matched = true;
    return item;
  }

  Channel channel() {
    return channel;
  }

  /** Returns the stored position, or -1 for an added item. */
  int index() {
    return index;
  }

  /** Returns the item as read, or null for an added item. */
  @Nullable CrmValue stored() {
    return stored;
  }

  /** Returns the stored item as read; fails for an added item. */
  CrmValue storedValue() {
    return Objects.requireNonNull(stored, "stored");
  }

  /** Returns the key the item had when read, or null (added, or no valid value). */
  @Nullable String storedKey() {
    return storedKey;
  }

  /** Returns why a stored value cannot be synced, or null when it can. */
  @Nullable SkipReason rejection() {
    return rejection;
  }

  /** Returns whether the value can be paired with an entry or created in the party system. */
  boolean syncable() {
    return rejection == null && duplicateOf == null && storedKey != null;
  }

  /** Returns the value the item holds after the plan. */
  String value() {
    return value;
  }

  /** Returns the key of the value the item holds after the plan, or null when it has none. */
  @Nullable String key() {
    return key;
  }

  /** Returns the neutral phone type, null for e-mail. */
  @Nullable PhoneType type() {
    return type;
  }

  State state() {
    return state;
  }

  /** Returns whether the item is still in the list after the plan. */
  boolean live() {
    return state != State.REMOVED && !refused && duplicateOf == null;
  }

  /** Returns whether the plan adds or replaces this item's value. */
  boolean planned() {
    return state == State.ADDED || state == State.REPLACED;
  }

  /** Returns the earlier item with the same key, when this one is a duplicate. */
  @Nullable CrmItem duplicateOf() {
    return duplicateOf;
  }

  void markDuplicateOf(CrmItem first) {
    this.duplicateOf = first;
  }

  boolean matched() {
    return matched;
  }

  void match() {
    this.matched = true;
  }

  /** Returns whether the item is set aside to be created in the party system (keep both). */
  boolean reserved() {
    return reserved;
  }

  void reserve() {
    this.reserved = true;
  }

  boolean refused() {
    return refused;
  }

  void refuse() {
    this.refused = true;
  }

  /** Returns the party-system position of the entry an addition came from. */
  int order() {
    return order;
  }

  void replaceWith(String newValue, String newKey) {
    this.value = newValue;
    this.key = newKey;
    this.state = State.REPLACED;
  }

  void remove() {
    this.state = State.REMOVED;
  }
}
