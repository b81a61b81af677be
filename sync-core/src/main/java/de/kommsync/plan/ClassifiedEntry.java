package de.kommsync.plan;

import de.kommsync.marker.Marker;
import de.kommsync.model.Channel;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.value.SkipReason;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A party-system entry as the planner sees it: its class, its detected kind, its marker and user
 * text, and the keys of its current and last synced values.
 *
 * @param index the entry's position in the party's list (party-system order)
 * @param entry the entry as read
 * @param entryClass the class
 * @param kind the detected kind (SPEC section 3)
 * @param marker the well-formed marker the remark starts with, or null
 * @param userText the user's own remark text (the whole remark when there is no marker)
 * @param channel the channel of the current value when it is sync-relevant, else null
 * @param key the key of the current value when it is sync-relevant, else null
 * @param unsyncable why a non-blank current value is not sync-relevant, else null
 * @param syncedChannel the channel of the value the value marker records, else null
 * @param syncedKey the key of the value the value marker records, or null when it has none
 * @param malformed why the remark looks like a marker but is none, or null
 */
record ClassifiedEntry(
    int index,
    PartyEntry entry,
    EntryClass entryClass,
    Kind kind,
    @Nullable Marker marker,
    String userText,
    @Nullable Channel channel,
    @Nullable String key,
    @Nullable SkipReason unsyncable,
    @Nullable Channel syncedChannel,
    @Nullable String syncedKey,
    @Nullable String malformed) {

  ClassifiedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(entryClass, "entryClass");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(userText, "userText");
  }

  /** Returns the value marker, when the remark starts with one. */
  Optional<Marker.Value> valueMarker() {
    return marker instanceof Marker.Value value ? Optional.of(value) : Optional.empty();
  }

  /** Returns whether the current value is sync-relevant. */
  boolean relevant() {
    return key != null;
  }

  /** Returns what happened to a marked entry's value since the last sync. */
  PartyChange partyChange() {
    if (entry.isBlank()) {
      return PartyChange.DELETED;
    }
    if (key == null) {
      return PartyChange.UNSYNCABLE;
    }
    boolean same = channel == syncedChannel && key.equals(syncedKey);
    return same ? PartyChange.UNCHANGED : PartyChange.CHANGED;
  }

  /** Returns the entry's id. */
  long id() {
    return entry.id();
  }

  /** Returns the current value, empty for null. */
  String value() {
    return entry.valueOrEmpty();
  }
}
