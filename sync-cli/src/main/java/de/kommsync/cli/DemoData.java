package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.SyncOptions;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PartySnapshot;
import de.kommsync.plan.CommunicationHash;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The demo's parties in assorted states: first syncs, edits on either side, per-entry conflicts,
 * slots users filled in, type changes, malformed markers, values one side cannot hold, duplicates
 * and a full list. Deterministic: the same count gives the same payloads. All names, numbers and
 * addresses are made up. As in the testkit's sample parties, {@code kommKz} holds each entry's real
 * kind: a simulation loaded with it reports 0 on {@code GET}, as the real server does. Party
 * numbers start at 300000, clear of the sample parties.
 */
final class DemoData {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String SYNCED_AT = "2026-02-01 08:00:00";
  private static final String CRM_EDITED_AT = "2026-02-03 10:15:00";

  private static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("first-sync", DemoData::firstSync),
          new Scenario("first-sync-crm-empty", DemoData::firstSyncCrmEmpty),
          new Scenario("first-sync-advoware-empty", DemoData::firstSyncAdvowareEmpty),
          new Scenario("in-sync", DemoData::inSync),
          new Scenario("edited-in-advoware", DemoData::editedInAdvoware),
          new Scenario("edited-in-espocrm", DemoData::editedInEspoCrm),
          new Scenario("deleted-in-advoware", DemoData::deletedInAdvoware),
          new Scenario("deleted-in-espocrm", DemoData::deletedInEspoCrm),
          new Scenario("new-on-both-sides", DemoData::newOnBothSides),
          new Scenario("conflict", DemoData::conflict),
          new Scenario("slot-filled-in", DemoData::slotFilledIn),
          new Scenario("type-changed-in-espocrm", DemoData::typeChanged),
          new Scenario("malformed-markers", DemoData::malformedMarkers),
          new Scenario("values-one-side-cannot-hold", DemoData::unholdable),
          new Scenario("duplicates", DemoData::duplicates),
          new Scenario("more-than-ten-phones", DemoData::tooManyPhones));

  private DemoData() {}

  /** Returns the names of the scenarios, in the order the parties cycle through them. */
  static List<String> scenarios() {
    return SCENARIOS.stream().map(Scenario::name).toList();
  }

  /**
   * Returns {@code count} parties, cycling through the scenarios.
   *
   * @param count how many, 1 or more
   */
  static List<DemoParty> parties(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
    List<DemoParty> parties = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Scenario scenario = SCENARIOS.get(i % SCENARIOS.size());
      Party party = scenario.build().apply(i);
      parties.add(party.finish(scenario.name()));
    }
    return parties;
  }

  private record Scenario(String name, IntFunction<Party> build) {}

  // --- the scenarios ------------------------------------------------------------------------

  private static Party firstSync(int i) {
    Party p = new Party(i, "pending_sync", null);
    p.entry(Kind.BUSINESS_PHONE, p.landline(1), null);
    p.entry(Kind.MOBILE, p.mobile(), "mobil");
    p.entry(Kind.BUSINESS_EMAIL, p.email("kontakt"), "Zentrale");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmEmail(p.emailCased("Kontakt"), true, false);
    p.crmPhone(p.e164Landline(9), "Fax", false);
    return p;
  }

  private static Party firstSyncCrmEmpty(int i) {
    Party p = new Party(i, "pending_sync", null);
    p.entry(Kind.BUSINESS_PHONE, p.landline(1), "Durchwahl");
    p.entry(Kind.PRIVATE_EMAIL, p.email("info"), null);
    p.entry(Kind.CAR_PHONE, p.mobile(), null);
    return p;
  }

  private static Party firstSyncAdvowareEmpty(int i) {
    Party p = new Party(i, "pending_sync", null);
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmPhone(p.e164Mobile(), "Mobile", false);
    p.crmEmail(p.email("kanzlei"), true, false);
    p.crmEmail(p.email("newsletter"), false, true);
    return p;
  }

  private static Party inSync(int i) {
    Party p = new Party(i, "clean", SYNCED_AT);
    p.marked(p.landline(1), Kind.BUSINESS_PHONE, "Zentrale");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.slot(Kind.BUSINESS_FAX, "");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party editedInAdvoware(int i) {
    Party p = new Party(i, "clean", SYNCED_AT);
    p.editedInAdvowareSinceSync();
    p.markedChanged(p.landline(1), p.landline(2), Kind.BUSINESS_PHONE, "neue Durchwahl");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party editedInEspoCrm(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.marked(p.landline(1), Kind.BUSINESS_PHONE, "Sekretariat");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.crmPhone(p.e164Landline(3), "Office", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party deletedInAdvoware(int i) {
    Party p = new Party(i, "clean", SYNCED_AT);
    p.editedInAdvowareSinceSync();
    p.markedChanged(p.landline(1), "", Kind.BUSINESS_PHONE, "alte Nummer");
    p.marked(p.mobile(), Kind.MOBILE, "");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmPhone(p.e164Mobile(), "Mobile", false);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party deletedInEspoCrm(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.marked(p.landline(1), Kind.BUSINESS_PHONE, "");
    p.marked(p.landline(9), Kind.BUSINESS_FAX, "Fax Empfang");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party newOnBothSides(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.marked(p.landline(1), Kind.BUSINESS_PHONE, "");
    p.slot(Kind.MOBILE, "Handy");
    p.entry(Kind.BUSINESS_EMAIL, p.email("neu"), "seit Februar");
    p.crmPhone(p.e164Landline(1), "Office", true);
    p.crmPhone(p.e164Mobile(), "Mobile", false);
    return p;
  }

  private static Party conflict(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.editedInAdvowareSinceSync();
    p.markedChanged(p.landline(1), p.landline(2), Kind.BUSINESS_PHONE, "umstritten");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.entry(Kind.MOBILE, p.mobile(), null);
    p.crmPhone(p.e164Landline(3), "Office", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party slotFilledIn(int i) {
    Party p = new Party(i, "clean", SYNCED_AT);
    p.editedInAdvowareSinceSync();
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.slotFilled(Kind.PRIVATE_PHONE, p.landline(5), "privat");
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party typeChanged(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.marked(p.landline(1), Kind.BUSINESS_PHONE, "eigentlich mobil");
    p.marked(p.email("post"), Kind.BUSINESS_EMAIL, "");
    p.crmPhone(p.e164Landline(1), "Mobile", true);
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party malformedMarkers(int i) {
    Party p = new Party(i, "dirty", SYNCED_AT);
    p.entry(Kind.BUSINESS_EMAIL, p.email("post"), "[ESPOCRM:@@kein-base64@@:4] Notiz");
    p.entry(Kind.BUSINESS_PHONE, p.landline(1), "[ESPOCRM:MDMwIDU1NQ==:1 Klammer fehlt");
    p.entry(Kind.MOBILE, p.mobile(), "Rückruf [ESPOCRM-SLOT:3]");
    p.crmEmail(p.email("post"), true, false);
    return p;
  }

  private static Party unholdable(int i) {
    Party p = new Party(i, "pending_sync", null);
    p.entry(Kind.BEA, "DE.BRAK." + Integer.toHexString(0x7f3a91 + i) + ".4411", "beA-Postfach");
    p.entry(Kind.OTHER, "siehe Akte", null);
    p.entry(Kind.URL, "https://www.kanzlei-demo-" + i + ".de", "Website");
    p.entry(Kind.PRIVATE_EMAIL, "jürgen." + i + "@kanzlei-demo.de", "Umlaut im Namen");
    p.entry(Kind.BUSINESS_PHONE, p.landline(1), null);
    return p;
  }

  private static Party duplicates(int i) {
    Party p = new Party(i, "pending_sync", null);
    p.entry(Kind.BUSINESS_PHONE, p.landline(1), "Zentrale");
    p.entry(
        Kind.BUSINESS_PHONE,
        p.e164Landline(1).replace("+4930", "+49 (0)30 "),
        "Zentrale (nochmal)");
    p.entry(Kind.PRIVATE_EMAIL, p.email("post"), null);
    p.crmEmail(p.email("post"), true, false);
    p.crmEmail(p.emailCased("Post"), false, false);
    return p;
  }

  private static Party tooManyPhones(int i) {
    Party p = new Party(i, "pending_sync", null);
    for (int n = 1; n <= 12; n++) {
      p.entry(Kind.BUSINESS_PHONE, p.landline(10 + n), "Leitung " + n);
    }
    return p;
  }

  // --- payload building -----------------------------------------------------------------------

  /** Builds the two payloads of one party. */
  private static final class Party {
    private final int index;
    private final long betNr;
    private final String status;
    private final @Nullable String lastSync;
    private final ArrayNode entries = JSON.arrayNode();
    private final ArrayNode emails = JSON.arrayNode();
    private final ArrayNode phones = JSON.arrayNode();
    private long nextEntryId;
    private boolean advowareEdited;

    Party(int index, String status, @Nullable String lastSync) {
      this.index = index;
      this.betNr = 300_000L + index;
      this.status = status;
      this.lastSync = lastSync;
      this.nextEntryId = betNr * 100;
    }

    /** Records that Advoware changed since the last sync, so the stored hash is stale. */
    void editedInAdvowareSinceSync() {
      advowareEdited = true;
    }

    String landline(int line) {
      return String.format("030 %07d", 5_500_000 + index * 100 + line);
    }

    String e164Landline(int line) {
      return String.format("+4930%07d", 5_500_000 + index * 100 + line);
    }

    String mobile() {
      return String.format("0151 %08d", 20_000_000 + index);
    }

    String e164Mobile() {
      return String.format("+49151%08d", 20_000_000 + index);
    }

    String email(String local) {
      return local + "." + index + "@kanzlei-demo.de";
    }

    String emailCased(String local) {
      return local + "." + index + "@Kanzlei-Demo.DE";
    }

    void entry(Kind kind, String tlf, @Nullable String remark) {
      ObjectNode entry = entries.addObject();
      long id = nextEntryId++;
      entry.put("id", id);
      entry.put("betNr", betNr);
      entry.put("rowId", String.format("R%011dAAAA", id));
      entry.put("kommArt", 0);
      entry.put("kommKz", kind.code());
      entry.put("tlf", tlf);
      if (remark == null) {
        entry.putNull("bemerkung");
      } else {
        entry.put("bemerkung", remark);
      }
      entry.put("online", kind.online());
    }

    void marked(String tlf, Kind kind, String userText) {
      markedChanged(tlf, tlf, kind, userText);
    }

    void markedChanged(String synced, String now, Kind kind, String userText) {
      entry(kind, now, MarkerCodec.render(new Marker.Value(synced, kind), userText));
    }

    void slot(Kind kind, String userText) {
      entry(kind, "", MarkerCodec.render(new Marker.Slot(kind), userText));
    }

    void slotFilled(Kind kind, String tlf, String userText) {
      entry(kind, tlf, MarkerCodec.render(new Marker.Slot(kind), userText));
    }

    void crmEmail(String address, boolean primary, boolean optOut) {
      ObjectNode item = emails.addObject();
      item.put("emailAddress", address);
      item.put("lower", address.toLowerCase(java.util.Locale.ROOT));
      item.put("primary", primary);
      item.put("optOut", optOut);
      item.put("invalid", false);
    }

    void crmPhone(String number, String type, boolean primary) {
      ObjectNode item = phones.addObject();
      item.put("phoneNumber", number);
      item.put("type", type);
      item.put("primary", primary);
      item.put("optOut", false);
      item.put("invalid", false);
    }

    DemoParty finish(String scenario) {
      String recordId = String.format("6d%015x", 0xd3300L + index);
      return new DemoParty(scenario, betNr, recordId, advoware(), espocrm(recordId));
    }

    /**
     * Returns the hash the last sync stored: the current content hash when Advoware did not change
     * since, a stale one when it did, none before the first sync.
     */
    private @Nullable String storedHash() {
      if (lastSync == null) {
        return null;
      }
      if (advowareEdited) {
        return "0123456789abcdef";
      }
      PartySnapshot party = AdvowareJson.readParty(advoware());
      return CommunicationHash.of(party, CrmRules.DEFAULTS, SyncOptions.defaults());
    }

    private String rowId() {
      return String.format("P%011dAAAA", betNr);
    }

    private ObjectNode advoware() {
      ObjectNode party = JSON.objectNode();
      party.put("betNr", betNr);
      party.put("rowId", rowId());
      party.put("geaendertAm", "2026-02-02T09:30:00");
      party.put("name", "Demo-Partei " + index);
      party.put("vorname", "Erika");
      party.put("mobil", mobile());
      party.set("kommunikation", entries);
      return party;
    }

    private ObjectNode espocrm(String recordId) {
      ObjectNode record = JSON.objectNode();
      record.put("id", recordId);
      record.put("name", "Erika Demo-Partei " + index);
      record.put("deleted", false);
      record.put("betnr", betNr);
      putPrimary(record, "emailAddress", emails, "emailAddress");
      record.set("emailAddressData", emails);
      putPrimary(record, "phoneNumber", phones, "phoneNumber");
      record.set("phoneNumberData", phones);
      record.put("createdAt", "2025-10-06 09:14:02");
      record.put("modifiedAt", "dirty".equals(status) ? CRM_EDITED_AT : "2026-02-01 08:00:01");
      putOrNull(record, "advowareLastSync", lastSync);
      putOrNull(record, "advowareRowId", lastSync == null ? null : rowId());
      putOrNull(record, "kommunikationHash", storedHash());
      record.put("syncStatus", status);
      record.put("syncRetryCount", 0);
      record.putNull("syncNextRetry");
      record.putNull("syncAutoResetAt");
      record.putNull("syncErrorMessage");
      record.put("versionNumber", 3);
      return record;
    }

    private static void putPrimary(ObjectNode record, String field, ArrayNode items, String key) {
      String primary = null;
      for (int n = 0; n < items.size(); n++) {
        if (items.get(n).get("primary").asBoolean()) {
          primary = items.get(n).get(key).asText();
        }
      }
      putOrNull(record, field, primary);
    }

    private static void putOrNull(ObjectNode node, String field, @Nullable String value) {
      if (value == null) {
        node.putNull(field);
      } else {
        node.put(field, value);
      }
    }
  }
}
