package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartyEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Both sides as stored at one moment, read by the oracle with its own key table and markers. */
record World(List<PartyEntry> entries, CrmRecord record) {

  static World observe(Sandbox sandbox) {
    return new World(sandbox.partyNow().entries(), sandbox.recordNow());
  }

  /**
   * The key of a non-blank entry of a synced kind, if its value has one. The server reports no
   * kinds, so a kind is known only from a marker (SPEC section 3): an E-Post or beA marker makes a
   * phone number unsyncable; an unmarked E-Post entry holding a phone number cannot be told apart.
   */
  static Optional<String> key(PartyEntry entry) {
    if (entry.isBlank()) {
      return Optional.empty();
    }
    int knownKind = OwnMarkers.read(entry.remark()).kind();
    boolean mailOnly = knownKind == 11 || knownKind == 12;
    if (mailOnly && channel(entry.valueOrEmpty()) != Channel.EMAIL) {
      return Optional.empty();
    }
    return SampleValues.keyOf(entry.valueOrEmpty());
  }

  static Channel channel(String value) {
    return value.contains("@") ? Channel.EMAIL : Channel.PHONE;
  }

  /** How many entries hold each key. */
  Map<String, Integer> entryKeyCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (PartyEntry entry : entries) {
      key(entry).ifPresent(k -> counts.merge(k, 1, Integer::sum));
    }
    return counts;
  }

  Set<String> entryKeys() {
    return entryKeyCounts().keySet();
  }

  /** Keys of entries that can carry a value marker before their user text (SPEC section 4). */
  Set<String> syncableEntryKeys(Channel channel, int remarkMax) {
    Set<String> keys = new HashSet<>();
    for (PartyEntry entry : entries) {
      Optional<String> key = key(entry);
      if (key.isEmpty() || channel(entry.valueOrEmpty()) != channel) {
        continue;
      }
      OwnMarkers.Read read = OwnMarkers.read(entry.remark());
      int room = OwnMarkers.valueMarkerLength(entry.valueOrEmpty(), 10);
      int needed = read.userText().isEmpty() ? room : room + 1 + read.userText().length();
      if (needed <= remarkMax) {
        keys.add(key.get());
      }
    }
    return keys;
  }

  /** Keys recorded by the value markers of entries (possibly stale). */
  Set<String> markerKeys() {
    Set<String> keys = new HashSet<>();
    for (PartyEntry entry : entries) {
      String value = OwnMarkers.read(entry.remark()).value();
      if (value != null) {
        SampleValues.keyOf(value).ifPresent(keys::add);
      }
    }
    return keys;
  }

  List<CrmValue> crmValues() {
    List<CrmValue> all = new ArrayList<>(record.emails());
    all.addAll(record.phones());
    return all;
  }

  Set<String> crmKeys(Channel channel) {
    Set<String> keys = new HashSet<>();
    for (CrmValue value : record.values(channel)) {
      keys.add(crmKey(value));
    }
    return keys;
  }

  Set<String> crmKeys() {
    Set<String> keys = new HashSet<>(crmKeys(Channel.EMAIL));
    keys.addAll(crmKeys(Channel.PHONE));
    return keys;
  }

  static String crmKey(CrmValue value) {
    return SampleValues.keyOf(value.value())
        .orElseThrow(() -> new AssertionError("the CRM holds an unsyncable value"));
  }

  Set<String> allKeys() {
    Set<String> keys = new HashSet<>(entryKeys());
    keys.addAll(crmKeys());
    return keys;
  }
}
