package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.HashMode;
import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hash vectors of SPEC section 10, computed independently with {@link MessageDigest}. */
class CommunicationHashTest {

  private static String expected(String algorithm, String text) throws Exception {
    byte[] digest =
        MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 16);
  }

  private static String content(PartySnapshot party) {
    return CommunicationHash.content(party, CrmRules.DEFAULTS, SyncOptions.defaults());
  }

  @Test
  void hashesKeysAndRemarksOfMarkedSyncRelevantEntriesSortedAndJoined() throws Exception {
    String phoneRemark = "[ESPOCRM:MDUxMS8xMjM0NTY=:1] Zentrale";
    String mailRemark = marked("Max@Example.com", 4, "Geschäftlich");
    PartySnapshot party =
        party(
            entry(3, "Max@Example.com", mailRemark),
            entry(1, "0511/123456", phoneRemark),
            entry(4, "", slot(2)),
            entry(5, "0171 2345678", null),
            entry(6, "siehe Akte", marker("0511 1", 1)),
            entry(7, "https://example.com", "Web", 5));

    String hash = content(party);

    String text = "+49511123456\u0000" + phoneRemark + "\nmax@example.com\u0000" + mailRemark;
    assertThat(hash).isEqualTo(expected("SHA-256", text)).hasSize(16).matches("[0-9a-f]{16}");
  }

  @Test
  void hashesAPartyWithoutMarkedEntriesAsTheEmptyText() throws Exception {
    String hash = content(party(entry(1, "0511 1234", "nur Text")));

    assertThat(hash).isEqualTo(expected("SHA-256", "")).isEqualTo("e3b0c44298fc1c14");
  }

  @Test
  void sortsLinesByTheirUtf8BytesNotByUtf16() throws Exception {
    String fullWidth = "\uFF21";
    String emoji = "\uD83D\uDE00";

    String hash = CommunicationHash.ofLines(List.of(emoji, fullWidth));

    assertThat(hash).isEqualTo(expected("SHA-256", fullWidth + "\n" + emoji));
  }

  @Test
  void ignoresEntryOrderAndValueFormatting() {
    PartySnapshot one =
        party(
            entry(1, "0511/123456", marker("0511/123456", 1)),
            entry(2, "a@b.de", marker("a@b.de", 4)));
    PartySnapshot two =
        party(
            entry(9, "a@b.de", marker("a@b.de", 4)),
            entry(8, "0511 123456", marker("0511/123456", 1)));

    assertThat(content(one)).isEqualTo(content(two));
  }

  @Test
  void changesWhenAUserEditsTheRemark() {
    PartySnapshot before = party(entry(1, "a@b.de", marked("a@b.de", 4, "alt")));
    PartySnapshot after = party(entry(1, "a@b.de", marked("a@b.de", 4, "neu")));

    assertThat(content(before)).isNotEqualTo(content(after));
  }

  @Test
  void reproducesTheLegacyHashOfSortedRowIds() throws Exception {
    List<PartyEntry> entries =
        List.of(
            new PartyEntry(1, "GBAB", "x", 0, null, false),
            new PartyEntry(2, null, "y", 0, null, false),
            new PartyEntry(3, "FBAB", "", 0, null, false));

    String hash = CommunicationHash.legacy(entries);

    assertThat(hash).isEqualTo(expected("MD5", "FBABGBAB"));
  }

  @Test
  void computesTheHashOfTheConfiguredMode() throws Exception {
    PartySnapshot party =
        new PartySnapshot(
            "1", null, null, Map.of(), List.of(entry(1, "a@b.de", marker("a@b.de", 4))));
    SyncOptions legacy = SyncOptions.builder().hashMode(HashMode.LEGACY_ROW_IDS).build();

    String hash = CommunicationHash.of(party, CrmRules.DEFAULTS, legacy);

    assertThat(hash).isEqualTo(expected("MD5", "row1"));
  }

  @Test
  void predictsTheHashThePartyHasAfterThePlanIsApplied() {
    PartySnapshot party =
        party(
            entry(1, "0511/123456", "[ESPOCRM:MDUxMS8xMjM0NTY=:1] Zentrale"),
            entry(2, "0171 2345678", null),
            entry(3, "", "[ESPOCRM-SLOT:2]"),
            entry(4, "alt@example.com", marker("alt@example.com", 4)));
    CrmRecord record =
        crm(
            primaryEmail("post@example.com"),
            email("neu@example.com"),
            primaryPhone("+49511123456", PhoneType.BUSINESS),
            Fixtures.phone("+49511987654", PhoneType.FAX));

    Plan plan = plan(party, record);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.operations()).isNotEmpty();
    assertThat(plan.predictedHash()).isEqualTo(content(after.party())).isNotEqualTo(content(party));
  }

  @Test
  void predictsTheCurrentHashWhenNothingIsToDo() {
    PartySnapshot party = party(entry(1, "a@b.de", marked("a@b.de", 4, "x")));

    Plan plan = plan(party, crm(primaryEmail("a@b.de")));

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.predictedHash()).isEqualTo(content(party));
  }

  @Test
  void leavesDeferredWritesOutOfThePrediction() {
    PartySnapshot party = party(entry(1, "a@b.de", null));
    SyncOptions toParty =
        SyncOptions.builder().direction(de.kommsync.Direction.TO_PARTY_SYSTEM).build();

    Plan plan = Planner.plan(party, crm(), CrmRules.DEFAULTS, toParty);

    assertThat(plan.predictedHash()).isEqualTo(content(party));
  }
}
