package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.plan.Conflict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Judges two observed states against the invariants of SPEC section 13, independently of the
 * planner: keys come from the hand-written table of {@link SampleValues}, markers from {@link
 * OwnMarkers}. Every check adds the violations it finds to a list instead of stopping at the first.
 */
final class Oracle {

  private static final int REMARK_MAX = 255;

  private final List<String> violations = new ArrayList<>();

  List<String> violations() {
    return violations;
  }

  private void fail(String text) {
    violations.add(text);
  }

  /** Invariant 1: both sides hold the same sync-relevant keys per channel, less the CRM limit. */
  void converged(World after, int maxEmails, int maxPhones) {
    for (Channel channel : Channel.values()) {
      Set<String> party = after.syncableEntryKeys(channel, REMARK_MAX);
      Set<String> crm = after.crmKeys(channel);
      Set<String> allParty = after.entryKeys();
      Set<String> stale = after.markerKeys();
      for (String key : crm) {
        if (!allParty.contains(key) && !stale.contains(key)) {
          fail("converged: the CRM holds " + key + " that no entry holds");
        }
      }
      int max = channel == Channel.EMAIL ? maxEmails : maxPhones;
      if (after.record().values(channel).size() < max) {
        for (String key : party) {
          if (!crm.contains(key)) {
            fail("converged: entry value " + key + " is missing in the CRM (list not full)");
          }
        }
      }
    }
  }

  /** Invariant 2: a value present before is still present unless a user or a conflict says so. */
  void noLoss(World before, World after, Set<String> lossAllowedInParty, Set<String> lossInCrm) {
    Set<String> partyAfter = after.entryKeys();
    for (String key : before.entryKeys()) {
      if (!partyAfter.contains(key) && !lossAllowedInParty.contains(key)) {
        fail("loss: " + key + " disappeared from the party system without a reason");
      }
    }
    Set<String> crmAfter = after.crmKeys();
    for (String key : before.crmKeys()) {
      if (!crmAfter.contains(key) && !lossInCrm.contains(key)) {
        fail("loss: " + key + " disappeared from the CRM without a reason");
      }
    }
    Map<Long, PartyEntry> afterById = byId(after.entries());
    for (PartyEntry entry : before.entries()) {
      if (!entry.isBlank() && World.key(entry).isEmpty()) {
        PartyEntry now = afterById.get(entry.id());
        if (now == null || !Objects.equals(now.value(), entry.value())) {
          fail("unsyncable value of entry " + entry.id() + " was touched");
        }
      }
    }
  }

  /**
   * Invariant 3: the entries hold no more surplus copies of keys than before (two entries that held
   * one value may follow it together, SPEC section 6), and the CRM holds no key twice.
   */
  void noDuplicates(World before, World after) {
    int surplusBefore = surplus(before.entryKeyCounts());
    int surplusAfter = surplus(after.entryKeyCounts());
    if (surplusAfter > surplusBefore) {
      fail("duplicate: entries hold " + surplusAfter + " surplus copies, before " + surplusBefore);
    }
    for (Channel channel : Channel.values()) {
      Set<String> seen = new HashSet<>();
      for (CrmValue value : after.record().values(channel)) {
        if (!seen.add(World.crmKey(value))) {
          fail("duplicate: the CRM list holds " + World.crmKey(value) + " twice");
        }
      }
    }
  }

  /** Invariant 4: every user text before is still some entry's user text, byte for byte. */
  void remarksKept(World before, World after) {
    Set<String> texts = new HashSet<>();
    for (PartyEntry entry : after.entries()) {
      texts.add(OwnMarkers.read(entry.remark()).userText());
    }
    for (PartyEntry entry : before.entries()) {
      String text = OwnMarkers.read(entry.remark()).userText();
      if (!text.isEmpty() && !texts.contains(text)) {
        fail("remark: the user text of entry " + entry.id() + " was lost or altered");
      }
    }
  }

  /** Invariant 5: flags and types of kept values unchanged, the primary kept, one primary. */
  void flagsKept(World before, World after) {
    for (Channel channel : Channel.values()) {
      Map<String, CrmValue> was = byKey(before.record().values(channel));
      Map<String, CrmValue> now = byKey(after.record().values(channel));
      for (Map.Entry<String, CrmValue> kept : now.entrySet()) {
        CrmValue old = was.get(kept.getKey());
        if (old == null) {
          continue;
        }
        CrmValue value = kept.getValue();
        if (old.optOut() != value.optOut()
            || old.invalid() != value.invalid()
            || !Objects.equals(old.nativeType(), value.nativeType())) {
          fail("flags: the flags or type of " + kept.getKey() + " changed");
        }
        if (old.primary() && !value.primary()) {
          fail("flags: " + kept.getKey() + " lost its primary flag though it stayed");
        }
      }
      List<CrmValue> list = after.record().values(channel);
      long primaries = list.stream().filter(CrmValue::primary).count();
      long primariesBefore = was.values().stream().filter(CrmValue::primary).count();
      boolean touched = primariesBefore == 1 || !was.keySet().equals(now.keySet());
      if (!list.isEmpty() && primaries != 1 && touched) {
        fail("flags: the " + channel + " list has " + primaries + " primaries");
      }
    }
  }

  /**
   * Invariant 6: every marker written parses back to the entry's value and a fitting kind, and
   * records a value the CRM holds; except the base a run of one direction records for a conflict it
   * decided but could not apply (the CRM's value the party system's replaces, or the party system's
   * value the CRM's replaces).
   */
  void markersTrue(World before, World after, List<Conflict> conflicts) {
    Map<Long, PartyEntry> was = byId(before.entries());
    Set<String> crmKeys = after.crmKeys();
    for (PartyEntry entry : after.entries()) {
      PartyEntry old = was.get(entry.id());
      boolean written = old == null || !Objects.equals(old.rowId(), entry.rowId());
      if (!written || Objects.equals(old == null ? null : old.remark(), entry.remark())) {
        continue;
      }
      OwnMarkers.Read read = OwnMarkers.read(entry.remark());
      if (read.value() != null) {
        if (!decidedBase(entry, read, conflicts)) {
          checkValueMarker(entry, read, old == null, crmKeys);
        }
      } else if (read.slot() && World.key(entry).isPresent() && valueWritten(old, entry)) {
        // a slot marker on a value the write kept marks a new entry of its kind (SPEC 4, a slot a
        // user filled in): a run in one direction re-marks a changed entry so
        fail("marker: entry " + entry.id() + " got a slot marker and a syncable value");
      }
    }
  }

  private static boolean decidedBase(PartyEntry entry, OwnMarkers.Read read, List<Conflict> all) {
    for (Conflict conflict : all) {
      boolean kept = sameKey(conflict.partySystemValue(), entry.value());
      boolean base =
          switch (conflict.policy()) {
            case CRM_WINS -> sameKey(conflict.partySystemValue(), read.value());
            case PARTY_SYSTEM_WINS -> sameKey(conflict.crmValue(), read.value());
            case KEEP_BOTH -> false;
          };
      if (kept && base) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameKey(String one, @Nullable String other) {
    if (other == null) {
      return false;
    }
    try {
      Optional<String> key = SampleValues.keyOf(one);
      return key.isPresent() && key.equals(SampleValues.keyOf(other));
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  private static boolean valueWritten(@Nullable PartyEntry old, PartyEntry entry) {
    return old == null || !Objects.equals(old.value(), entry.value());
  }

  private void checkValueMarker(
      PartyEntry entry, OwnMarkers.Read read, boolean created, Set<String> crmKeys) {
    String value = Objects.requireNonNull(read.value());
    if (!value.equals(entry.value())) {
      fail("marker: entry " + entry.id() + " records another value than it holds");
    }
    Kind kind = Kind.ofCode(read.kind()).orElseThrow();
    if (kind.channel().orElse(null) != World.channel(value)) {
      fail("marker: entry " + entry.id() + " records a kind of the other channel");
    }
    if (created && read.kind() != entry.kindCode()) {
      fail("marker: created entry " + entry.id() + " records another kind than it has");
    }
    Optional<String> key = SampleValues.keyOf(value);
    if (key.isEmpty() || !crmKeys.contains(key.get())) {
      fail("marker: entry " + entry.id() + " records a value the CRM does not hold");
    }
  }

  private static int surplus(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(c -> c - 1).sum();
  }

  private static Map<Long, PartyEntry> byId(List<PartyEntry> entries) {
    Map<Long, PartyEntry> map = new HashMap<>();
    entries.forEach(e -> map.put(e.id(), e));
    return map;
  }

  private static Map<String, CrmValue> byKey(List<CrmValue> values) {
    Map<String, CrmValue> map = new HashMap<>();
    values.forEach(v -> map.putIfAbsent(World.crmKey(v), v));
    return map;
  }
}
