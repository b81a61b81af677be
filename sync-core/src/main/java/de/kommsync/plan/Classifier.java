package de.kommsync.plan;

import de.kommsync.SyncOptions;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.marker.ParsedRemark;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.value.CrmForms;
import de.kommsync.value.SkipReason;
import de.kommsync.value.ValueKeys;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a party's entries (SPEC sections 3 to 6): parses each remark, detects the kind, finds
 * the channel from the value's shape, decides sync-relevance and computes the keys. Pure and
 * thread-safe once built.
 */
final class Classifier {

  private final ValueKeys keys;
  private final CrmForms forms;
  private final CrmRules rules;
  private final Map<Channel, Map<String, Kind>> fieldKinds = new EnumMap<>(Channel.class);

  Classifier(PartySnapshot party, CrmRules rules, SyncOptions options) {
    this.keys = new ValueKeys(options.defaultRegion());
    this.forms = new CrmForms(keys);
    this.rules = rules;
    for (Channel channel : Channel.values()) {
      fieldKinds.put(channel, new HashMap<>());
    }
    // sorted by field name so that two fields holding the same value resolve the same way each run
    for (Map.Entry<String, Kind> field : new TreeMap<>(options.partyFieldKinds()).entrySet()) {
      String value = party.contactFields().get(field.getKey());
      if (value == null || value.isBlank()) {
        continue;
      }
      Channel channel = ValueKeys.channelOf(value);
      keys.key(channel, value)
          .ifPresent(key -> fieldKinds.get(channel).putIfAbsent(key, field.getValue()));
    }
  }

  /** Returns the keys this classifier compares by. */
  ValueKeys keys() {
    return keys;
  }

  /** Returns the CRM forms this classifier checks values against. */
  CrmForms forms() {
    return forms;
  }

  /** Classifies every entry, in the party's order. */
  List<ClassifiedEntry> classify(List<PartyEntry> entries) {
    List<ClassifiedEntry> result = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      result.add(classify(i, entries.get(i)));
    }
    return result;
  }

  /** Classifies one entry. */
  ClassifiedEntry classify(int index, PartyEntry entry) {
    ParsedRemark parsed = MarkerCodec.parse(entry.remark());
    Marker marker = parsed.marker();
    Kind kind = detectKind(entry, marker);
    String value = entry.valueOrEmpty();
    Channel channel = null;
    String key = null;
    SkipReason unsyncable = null;
    if (!entry.isBlank()) {
      unsyncable = unsyncable(kind, value).orElse(null);
      if (unsyncable == null) {
        channel = ValueKeys.channelOf(value);
        key = keys.key(channel, value).orElseThrow();
      }
    }
    Channel syncedChannel = null;
    String syncedKey = null;
    if (marker instanceof Marker.Value synced) {
      syncedChannel = ValueKeys.channelOf(synced.syncedValue());
      syncedKey = keys.key(syncedChannel, synced.syncedValue()).orElse(null);
    }
    EntryClass entryClass = entryClass(entry, marker, key);
    return new ClassifiedEntry(
        index,
        entry,
        entryClass,
        kind,
        marker,
        parsed.userText(),
        channel,
        key,
        unsyncable,
        syncedChannel,
        syncedKey,
        parsed.malformed());
  }

  private static EntryClass entryClass(
      PartyEntry entry, @Nullable Marker marker, @Nullable String key) {
    if (marker instanceof Marker.Value) {
      return EntryClass.MARKED;
    }
    if (marker instanceof Marker.Slot && entry.isBlank()) {
      return EntryClass.FREE_SLOT;
    }
    return key != null ? EntryClass.NEW : EntryClass.IGNORED;
  }

  /**
   * Detects an entry's kind in the order of SPEC section 3: a non-zero kind from the server; the
   * marker's kind; the party's top-level fields, compared by key; the value's shape (e-mail gives
   * 4); else 1.
   */
  Kind detectKind(PartyEntry entry, @Nullable Marker marker) {
    Optional<Kind> reported = Kind.ofCode(entry.kindCode());
    if (reported.isPresent()) {
      return reported.get();
    }
    if (marker != null) {
      return marker.kind();
    }
    if (entry.isBlank()) {
      return Kind.BUSINESS_PHONE;
    }
    String value = entry.valueOrEmpty();
    Channel channel = ValueKeys.channelOf(value);
    Optional<Kind> field = keys.key(channel, value).map(fieldKinds.get(channel)::get);
    if (field.isPresent()) {
      return field.get();
    }
    return channel == Channel.EMAIL ? Kind.BUSINESS_EMAIL : Kind.BUSINESS_PHONE;
  }

  /**
   * Returns why a non-blank value of the given kind is not sync-relevant, or empty when it is: the
   * kind is not synced (URL); kinds 11 and 12 hold no valid e-mail address; the value is no
   * possible phone number or e-mail address; the CRM cannot hold it.
   */
  Optional<SkipReason> unsyncable(Kind kind, String value) {
    if (!kind.synced()) {
      return Optional.of(SkipReason.KIND_NOT_SYNCED);
    }
    Channel channel = ValueKeys.channelOf(value);
    if ((kind == Kind.EPOST || kind == Kind.BEA) && channel != Channel.EMAIL) {
      return Optional.of(SkipReason.NOT_AN_EMAIL_ADDRESS);
    }
    return Optional.ofNullable(forms.crmForm(channel, value, rules).rejection());
  }
}
