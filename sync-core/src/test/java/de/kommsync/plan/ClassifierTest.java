package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.value.SkipReason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static ClassifiedEntry classify(PartySnapshot party, PartyEntry entry) {
    return new Classifier(party, CrmRules.DEFAULTS, SyncOptions.defaults()).classify(0, entry);
  }

  private static ClassifiedEntry classify(PartyEntry entry) {
    return classify(party(entry), entry);
  }

  @Test
  void classifiesBlankEntryWithSlotMarkerAsFreeSlot() {
    PartyEntry entry = entry(1, "", slot(2, "alte Faxnummer"));

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.FREE_SLOT);
    assertThat(result.kind()).isEqualTo(Kind.BUSINESS_FAX);
    assertThat(result.userText()).isEqualTo("alte Faxnummer");
  }

  @Test
  void classifiesEntryWithValueMarkerAsMarkedWithKeysOfBothValues() {
    PartyEntry entry = entry(1, "0511 999", marked("0511/123456", 1, "Zentrale"));

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.MARKED);
    assertThat(result.key()).isEqualTo("+49511999");
    assertThat(result.syncedKey()).isEqualTo("+49511123456");
    assertThat(result.syncedChannel()).isEqualTo(Channel.PHONE);
    assertThat(result.userText()).isEqualTo("Zentrale");
  }

  @Test
  void classifiesMarkedEntryWithBlankValueAsMarked() {
    PartyEntry entry = entry(1, null, marked("0511/123456", 1, ""));

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.MARKED);
    assertThat(result.relevant()).isFalse();
    assertThat(result.partyChange()).isEqualTo(PartyChange.DELETED);
  }

  @Test
  void classifiesUnmarkedSyncRelevantEntryAsNew() {
    PartyEntry entry = entry(1, "max@example.com", "privat");

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.NEW);
    assertThat(result.channel()).isEqualTo(Channel.EMAIL);
    assertThat(result.key()).isEqualTo("max@example.com");
  }

  @Test
  void classifiesSlotAUserFilledInAsNewWithTheSlotsKind() {
    PartyEntry entry = entry(1, "0511 77 88", slot(7, "Fax zuhause"));

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.NEW);
    assertThat(result.kind()).isEqualTo(Kind.PRIVATE_FAX);
  }

  @Test
  void classifiesBlankUnmarkedEntryAsIgnored() {
    PartyEntry entry = entry(1, "  ", "nur Text");

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.IGNORED);
    assertThat(result.unsyncable()).isNull();
  }

  @Test
  void takesNonZeroKindFromServerBeforeTheMarker() {
    PartyEntry entry = entry(1, "0511 123", marked("0511 123", 1, ""), 6);

    ClassifiedEntry result = classify(entry);

    assertThat(result.kind()).isEqualTo(Kind.PRIVATE_PHONE);
  }

  @Test
  void takesKindFromMarkerBeforePartyFields() {
    PartyEntry entry = entry(1, "0171 2345678", marked("0171 2345678", 9, ""));
    PartySnapshot party = party(Map.of("mobil", "0171/2345678"), entry);

    ClassifiedEntry result = classify(party, entry);

    assertThat(result.kind()).isEqualTo(Kind.CAR_PHONE);
  }

  @Test
  void takesKindFromPartyFieldComparedByKey() {
    PartyEntry entry = entry(1, "+49 171 2345678", null);
    PartySnapshot party = party(Map.of("mobil", "0171/2345678"), entry);

    ClassifiedEntry result = classify(party, entry);

    assertThat(result.kind()).isEqualTo(Kind.MOBILE);
  }

  @Test
  void takesKindFromConfiguredPartyField() {
    PartyEntry entry = entry(1, "0511 4455", null);
    PartySnapshot party = party(Map.of("faxPrivat", "0511-4455"), entry);
    SyncOptions options =
        SyncOptions.builder().partyFieldKinds(Map.of("faxPrivat", Kind.PRIVATE_FAX)).build();

    ClassifiedEntry result = new Classifier(party, CrmRules.DEFAULTS, options).classify(0, entry);

    assertThat(result.kind()).isEqualTo(Kind.PRIVATE_FAX);
  }

  @Test
  void takesBusinessEmailForAnEmailShapeAndBusinessPhoneOtherwise() {
    ClassifiedEntry email = classify(entry(1, "a@example.org", null));
    ClassifiedEntry phone = classify(entry(2, "0511 123", null));

    assertThat(email.kind()).isEqualTo(Kind.BUSINESS_EMAIL);
    assertThat(phone.kind()).isEqualTo(Kind.BUSINESS_PHONE);
  }

  @Test
  void takesChannelFromValueShapeNotFromKind() {
    PartyEntry entry = entry(1, "max@example.com", marked("0511 123", 1, ""));

    ClassifiedEntry result = classify(entry);

    assertThat(result.kind()).isEqualTo(Kind.BUSINESS_PHONE);
    assertThat(result.channel()).isEqualTo(Channel.EMAIL);
    assertThat(result.partyChange()).isEqualTo(PartyChange.CHANGED);
  }

  @Test
  void syncsBeaAndEpostOnlyWhenTheValueIsAValidEmail() {
    ClassifiedEntry beaId = classify(entry(1, "DE.BRAK.7f3a91c2-0e4b.1234", null, 12));
    ClassifiedEntry beaMail = classify(entry(2, "kanzlei@bea-brak.de", null, 12));
    ClassifiedEntry epostJunk = classify(entry(3, "kein@", null, 11));

    assertThat(beaId.unsyncable()).isEqualTo(SkipReason.NOT_AN_EMAIL_ADDRESS);
    assertThat(beaMail.entryClass()).isEqualTo(EntryClass.NEW);
    assertThat(epostJunk.unsyncable()).isEqualTo(SkipReason.NOT_AN_EMAIL_ADDRESS);
  }

  @Test
  void neverSyncsUrlKind() {
    ClassifiedEntry result = classify(entry(1, "https://kanzlei.example", null, 5));

    assertThat(result.entryClass()).isEqualTo(EntryClass.IGNORED);
    assertThat(result.unsyncable()).isEqualTo(SkipReason.KIND_NOT_SYNCED);
  }

  @Test
  void treatsTextThatIsNoPossibleNumberAsUnsyncable() {
    ClassifiedEntry letters = classify(entry(1, "DE.BRAK.123abc.4411", null));
    ClassifiedEntry words = classify(entry(2, "siehe Akte", null));

    assertThat(letters.unsyncable()).isEqualTo(SkipReason.NOT_A_PHONE_NUMBER);
    assertThat(words.unsyncable()).isEqualTo(SkipReason.NOT_A_PHONE_NUMBER);
  }

  @Test
  void treatsEmailTheCrmCannotHoldAsUnsyncable() {
    ClassifiedEntry result = classify(entry(1, "jürgen@example.de", null));

    assertThat(result.unsyncable()).isEqualTo(SkipReason.NOT_WRITABLE_TO_CRM);
    assertThat(result.entryClass()).isEqualTo(EntryClass.IGNORED);
  }

  @Test
  void readsMalformedMarkerAsUserTextOfAnUnmarkedEntry() {
    String remark = "[ESPOCRM:###:1] Zentrale";
    PartyEntry entry = entry(1, "0511 123", remark);

    ClassifiedEntry result = classify(entry);

    assertThat(result.entryClass()).isEqualTo(EntryClass.NEW);
    assertThat(result.marker()).isNull();
    assertThat(result.userText()).isEqualTo(remark);
    assertThat(result.malformed()).isNotNull();
  }
}
