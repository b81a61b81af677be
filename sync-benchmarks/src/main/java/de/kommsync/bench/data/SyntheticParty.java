package de.kommsync.bench.data;

import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A party with {@code n} entries and its CRM record, built as core model values: alternately a
 * phone in national notation (kinds 1, 3, 2, 6, 10 in turn) and an e-mail address (kind 4), each
 * with user text. The CRM holds every value (phones in E.164, the first item of each list primary).
 *
 * @param party the party as the party system reports it (kinds reported as 0)
 * @param record the CRM record
 * @param rules CRM rules whose item limits hold all values
 */
public record SyntheticParty(PartySnapshot party, CrmRecord record, CrmRules rules) {

  private static final Kind[] PHONE_KINDS = {
    Kind.BUSINESS_PHONE, Kind.MOBILE, Kind.BUSINESS_FAX, Kind.PRIVATE_PHONE, Kind.OTHER
  };

  /** How the two sides relate. */
  public enum Shape {
    /** Every entry carries its marker and the CRM holds every value: nothing to do. */
    IN_SYNC,
    /**
     * As {@link #IN_SYNC}, but every fifth entry changed in the party system and another fifth
     * changed in the CRM.
     */
    CHANGED,
    /** No entry carries a marker yet: a first sync that matches every value. */
    FIRST_SYNC
  }

  /**
   * Builds a party.
   *
   * @param entries the number of entries, 1 or more
   * @param shape how the two sides relate
   * @return the party, its record and rules that fit them
   */
  public static SyntheticParty of(int entries, Shape shape) {
    List<PartyEntry> partyEntries = new ArrayList<>(entries);
    List<CrmValue> emails = new ArrayList<>();
    List<CrmValue> phones = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      boolean email = i % 2 == 1;
      Kind kind = email ? Kind.BUSINESS_EMAIL : PHONE_KINDS[(i / 2) % PHONE_KINDS.length];
      String tlf = email ? email(i) : nationalPhone(i);
      String crmForm = email ? tlf : e164Phone(i);
      Marker marker = shape == Shape.FIRST_SYNC ? null : new Marker.Value(tlf, kind);
      String written = shape == Shape.CHANGED && i % 5 == 0 ? changed(email, i) : tlf;
      String crmValue = shape == Shape.CHANGED && i % 5 == 2 ? changed(email, i) : crmForm;
      partyEntries.add(
          new PartyEntry(
              100_000L + i, "R" + i, written, 0, MarkerCodec.render(marker, "Notiz " + i), email));
      if (email) {
        emails.add(CrmValue.email(crmValue, emails.isEmpty(), false, false));
      } else {
        phones.add(
            CrmValue.phone(
                crmValue,
                kind.phoneType().orElse(PhoneType.OTHER),
                phones.isEmpty(),
                false,
                false));
      }
    }
    PartySnapshot party = new PartySnapshot("4711", "ROW", null, Map.of(), partyEntries);
    SyncState state =
        shape == Shape.FIRST_SYNC
            ? SyncState.EMPTY
            : new SyncState(SyncStatus.CLEAN, 0, null, null, null, Instant.EPOCH, "ROW", null);
    CrmRecord record = new CrmRecord("6c00000000000abcd", "4711", emails, phones, state, null, 1L);
    int limit = Math.max(10, entries);
    CrmRules rules = new CrmRules(true, EnumSet.allOf(PhoneType.class), limit, limit, 36, 254);
    return new SyntheticParty(party, record, rules);
  }

  /** Returns the channel of the entry at an index. */
  public static Channel channelAt(int index) {
    return index % 2 == 1 ? Channel.EMAIL : Channel.PHONE;
  }

  private static String nationalPhone(int i) {
    return "0511 " + (2_000_000 + i);
  }

  private static String e164Phone(int i) {
    return "+49511" + (2_000_000 + i);
  }

  private static String email(int i) {
    return "person" + i + "@kanzlei" + (i % 7) + ".example.de";
  }

  private static String changed(boolean email, int i) {
    return email ? "neu" + i + "@kanzlei.example.de" : "+49 30 " + (5_000_000 + i);
  }
}
