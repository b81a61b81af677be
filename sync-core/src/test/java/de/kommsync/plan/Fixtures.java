package de.kommsync.plan;

import de.kommsync.SyncOptions;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builders for planner tests: entries, remarks, CRM items and records. */
final class Fixtures {

  private Fixtures() {}

  /** An entry as the real server reports it (kind 0). */
  static PartyEntry entry(long id, @Nullable String value, @Nullable String remark) {
    return new PartyEntry(id, "row" + id, value, 0, remark, false);
  }

  /** An entry with a server-reported kind. */
  static PartyEntry entry(long id, @Nullable String value, @Nullable String remark, int kindCode) {
    return new PartyEntry(id, "row" + id, value, kindCode, remark, false);
  }

  /** A value marker alone. */
  static String marker(String value, int kind) {
    return MarkerCodec.render(new Marker.Value(value, Kind.ofCode(kind).orElseThrow()));
  }

  /** A remark: value marker, then user text. */
  static String marked(String value, int kind, String userText) {
    return MarkerCodec.render(new Marker.Value(value, Kind.ofCode(kind).orElseThrow()), userText);
  }

  /** A slot marker alone. */
  static String slot(int kind) {
    return MarkerCodec.render(new Marker.Slot(Kind.ofCode(kind).orElseThrow()));
  }

  /** A remark: slot marker, then user text. */
  static String slot(int kind, String userText) {
    return MarkerCodec.render(new Marker.Slot(Kind.ofCode(kind).orElseThrow()), userText);
  }

  static PartySnapshot party(PartyEntry... entries) {
    return new PartySnapshot("4711", "partyRow", null, Map.of(), Arrays.asList(entries));
  }

  static PartySnapshot party(Map<String, String> fields, PartyEntry... entries) {
    return new PartySnapshot("4711", "partyRow", null, fields, Arrays.asList(entries));
  }

  static CrmValue phone(String value, PhoneType type) {
    return CrmValue.phone(value, type, false, false, false);
  }

  static CrmValue primaryPhone(String value, PhoneType type) {
    return CrmValue.phone(value, type, true, false, false);
  }

  static CrmValue email(String value) {
    return CrmValue.email(value, false, false, false);
  }

  static CrmValue primaryEmail(String value) {
    return CrmValue.email(value, true, false, false);
  }

  /** A record from a mixed list of items; each goes to the list of its channel. */
  static CrmRecord crm(CrmValue... values) {
    List<CrmValue> emails = new ArrayList<>();
    List<CrmValue> phones = new ArrayList<>();
    for (CrmValue value : values) {
      (value.channel() == de.kommsync.model.Channel.EMAIL ? emails : phones).add(value);
    }
    return new CrmRecord("rec00000000000001", "4711", emails, phones, SyncState.EMPTY, null, null);
  }

  static Plan plan(PartySnapshot party, CrmRecord record) {
    return Planner.plan(party, record, CrmRules.DEFAULTS, SyncOptions.defaults());
  }

  static Plan plan(PartySnapshot party, CrmRecord record, SyncOptions options) {
    return Planner.plan(party, record, CrmRules.DEFAULTS, options);
  }

  static Plan plan(PartySnapshot party, CrmRecord record, CrmRules rules) {
    return Planner.plan(party, record, rules, SyncOptions.defaults());
  }

  /** The rules of a Company-type entity: no {@code HOME}. */
  static CrmRules withoutHome() {
    return new CrmRules(
        true,
        java.util.EnumSet.of(PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER),
        10,
        10,
        36,
        254);
  }

  /** The entry writes of a plan's operations, in order. */
  static List<UpdateEntry> updates(List<Operation> operations) {
    return operations.stream()
        .filter(UpdateEntry.class::isInstance)
        .map(UpdateEntry.class::cast)
        .toList();
  }

  static List<CreateEntry> creates(List<Operation> operations) {
    return operations.stream()
        .filter(CreateEntry.class::isInstance)
        .map(CreateEntry.class::cast)
        .toList();
  }

  static UpdateEntry onlyUpdate(Plan plan) {
    List<UpdateEntry> updates = updates(plan.operations());
    if (updates.size() != 1) {
      throw new AssertionError("expected one update, got " + plan.operations());
    }
    return updates.get(0);
  }

  static CrmWrite crmWrite(Plan plan) {
    return plan.crmWrite().orElseThrow(() -> new AssertionError("no CRM write: " + plan));
  }
}
