package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.onlyUpdate;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.slot;
import static de.kommsync.plan.Fixtures.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import org.junit.jupiter.api.Test;

/** Matching order (1) to (4) of SPEC section 6: new values on either side, slots, pairing. */
class MatchingTest {

  @Test
  void addsNewPartyValueToCrmThenMarksIt() {
    Plan plan = plan(party(entry(1, "max@example.com", "privat")), crm());

    assertThat(crmWrite(plan).emails()).containsExactly(primaryEmail("max@example.com"));
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.remark()).isEqualTo(marked("max@example.com", 4, "privat"));
    assertThat(update.online()).isTrue();
    assertThat(update.variant()).isEqualTo(Variant.VAR4_NEW_IN_PARTY_SYSTEM);
  }

  @Test
  void onlyMarksNewEntryWhoseValueTheCrmHolds() {
    Plan plan =
        plan(party(entry(1, "Max@Example.COM", null)), crm(primaryEmail("max@example.com")));

    assertThat(plan.crmWrite()).isEmpty();
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("Max@Example.COM");
    assertThat(update.remark()).isEqualTo(marker("Max@Example.COM", 4));
    assertThat(update.variant()).isEqualTo(Variant.MATCHED);
  }

  @Test
  void marksDuplicatePartyEntriesAsOneCrmValue() {
    Plan plan =
        plan(
            party(entry(1, "0511 123456", null), entry(2, "0511/123456", "Duplikat")),
            crm(primaryPhone("+49511123456", PhoneType.BUSINESS)));

    assertThat(plan.crmWrite()).isEmpty();
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(
            tuple(1L, marker("0511 123456", 1)), tuple(2L, marked("0511/123456", 1, "Duplikat")));
    assertThat(plan.notices())
        .extracting(Notice::entryId, Notice::kind)
        .containsExactly(tuple(2L, Notice.Kind.DUPLICATE_IN_PARTY_SYSTEM));
  }

  @Test
  void addsDuplicateNewPartyValuesOnceAndMarksBoth() {
    Plan plan =
        plan(party(entry(1, "0511 123456", null), entry(2, "+49 (0)511 123456", null)), crm());

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511123456", PhoneType.BUSINESS));
    assertThat(updates(plan.operations())).extracting(UpdateEntry::entryId).containsExactly(1L, 2L);
  }

  @Test
  void matchesUnmarkedEntryOfIncompatibleKindWithTheDefaultKindOfTheCrmType() {
    Plan plan =
        plan(
            party(entry(1, "0511 123456", null, 2)),
            crm(primaryPhone("+49511123456", PhoneType.BUSINESS)));

    assertThat(onlyUpdate(plan).remark()).isEqualTo(marker("0511 123456", 1));
    assertThat(creates(plan.operations())).isEmpty();
  }

  @Test
  void createsCrmValueInNewEntryOfItsTypesDefaultKind() {
    Plan plan = plan(party(), crm(primaryPhone("+491712345678", PhoneType.MOBILE)));

    assertThat(plan.operations())
        .containsExactly(
            new CreateEntry(
                1,
                Kind.MOBILE,
                "+491712345678",
                marker("+491712345678", 3),
                false,
                Variant.VAR1_NEW_IN_CRM,
                1));
  }

  @Test
  void createsCrmEmailWithOnlineFlag() {
    Plan plan = plan(party(), crm(primaryEmail("info@example.com")));

    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::online)
        .containsExactly(tuple(Kind.BUSINESS_EMAIL, true));
  }

  @Test
  void reusesFreeSlotOfTheDefaultKindBeforeCompatibleKinds() {
    Plan plan =
        plan(
            party(entry(1, "", slot(7)), entry(2, "", slot(2, "alt")), entry(3, "", slot(2))),
            crm(primaryPhone("+49511987654", PhoneType.FAX)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.entryId()).isEqualTo(3);
    assertThat(update.value()).isEqualTo("+49511987654");
    assertThat(update.remark()).isEqualTo(marker("+49511987654", 2));
    assertThat(update.variant()).isEqualTo(Variant.VAR1_NEW_IN_CRM);
    assertThat(creates(plan.operations())).isEmpty();
  }

  @Test
  void reusesSlotsWithoutUserTextFirstThenTheLowestId() {
    Plan plan =
        plan(
            party(entry(5, "", slot(7, "alt")), entry(9, "", slot(7)), entry(8, "", slot(7))),
            crm(primaryPhone("+49511987654", PhoneType.FAX)));

    assertThat(onlyUpdate(plan).entryId()).isEqualTo(8);
  }

  @Test
  void keepsTheSlotsUserTextWhenItReusesTheSlot() {
    Plan plan =
        plan(
            party(entry(5, "", slot(7, "alte Nummer"))),
            crm(primaryPhone("+49511987654", PhoneType.FAX)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.kind()).isEqualTo(Kind.PRIVATE_FAX);
    assertThat(update.remark()).isEqualTo(marked("+49511987654", 7, "alte Nummer"));
  }

  @Test
  void neverReusesSlotOfAKindThatIsNotSynced() {
    Plan plan =
        plan(party(entry(5, "", slot(1), 5)), crm(primaryPhone("+49511987", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations())).isEmpty();
    assertThat(creates(plan.operations())).hasSize(1);
  }

  @Test
  void neverReusesSlotOfAnIncompatibleKind() {
    Plan plan =
        plan(party(entry(5, "", slot(3))), crm(primaryPhone("+49511987", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations())).isEmpty();
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind)
        .containsExactly(Kind.BUSINESS_PHONE);
  }

  @Test
  void pairsUnchangedEntriesBeforeChangedOnes() {
    Plan plan =
        plan(
            party(
                entry(1, "0511 777", marked("0511 111", 1, "")),
                entry(2, "0511 222", marked("0511 222", 1, ""))),
            crm(primaryPhone("+49511999", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::variant)
        .containsExactly(
            tuple(1L, "0511 777", Variant.VAR4_NEW_IN_PARTY_SYSTEM),
            tuple(2L, "+49511999", Variant.VAR5_CHANGED_IN_CRM));
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void pairsEntriesInPartyOrderWithCrmValuesInListOrder() {
    Plan plan =
        plan(
            party(
                entry(1, "0511 111", marked("0511 111", 1, "")),
                entry(2, "0511 222", marked("0511 222", 1, ""))),
            crm(
                primaryPhone("+49511888", PhoneType.BUSINESS),
                phone("+49511999", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value)
        .containsExactly(tuple(1L, "+49511888"), tuple(2L, "+49511999"));
  }

  @Test
  void pairsCrmValueOfTheEntrysDefaultKindBeforeOtherCompatibleOnes() {
    Plan plan =
        plan(
            party(entry(1, "0511 111", marked("0511 111", 6, ""))),
            crm(primaryPhone("+49511888", PhoneType.OTHER), phone("+49511999", PhoneType.HOME)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("+49511999");
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::value, CreateEntry::kind)
        .containsExactly(tuple("+49511888", Kind.OTHER));
  }

  @Test
  void pairsOnlyCrmValuesOfACompatibleType() {
    Plan plan =
        plan(
            party(entry(1, "0511 111", marked("0511 111", 2, ""))),
            crm(primaryPhone("+49511888", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::variant)
        .containsExactly(tuple(1L, Variant.VAR2_DELETED_IN_CRM));
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::value)
        .containsExactly("+49511888");
  }

  @Test
  void letsEntriesThatHeldTheSameValueFollowTheSamePair() {
    Plan plan =
        plan(
            party(
                entry(1, "0511 111", marked("0511 111", 1, "")),
                entry(2, "0511/111", marked("0511/111", 1, ""))),
            crm(primaryPhone("+49511888", PhoneType.BUSINESS)));

    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::variant)
        .containsExactly(
            tuple(1L, "+49511888", Variant.VAR5_CHANGED_IN_CRM),
            tuple(2L, "+49511888", Variant.VAR5_CHANGED_IN_CRM));
    assertThat(creates(plan.operations())).isEmpty();
  }

  @Test
  void leavesAnUnkeyableCrmValueAloneAndReportsIt() {
    Plan plan = plan(party(), crm(primaryPhone("Zentrale", PhoneType.BUSINESS), email("x")));

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped())
        .extracting(Skip::side, Skip::value)
        .containsExactly(tuple(Skip.Side.CRM, "Zentrale"), tuple(Skip.Side.CRM, "x"));
  }
}
