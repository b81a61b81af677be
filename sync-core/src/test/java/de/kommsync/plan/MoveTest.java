package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.slot;
import static de.kommsync.plan.Fixtures.updates;
import static de.kommsync.plan.Fixtures.withoutHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import org.junit.jupiter.api.Test;

/** Type changes in the CRM: Advoware cannot change a kind, so the value moves (SPEC section 6). */
class MoveTest {

  private static final String B = "0511 123456";
  private static final String B_CRM = "+49511123456";

  @Test
  void movesValueWithUserTextToNewEntryOfDefaultKindThenBlanksTheOldOne() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(plan.operations())
        .containsExactly(
            new CreateEntry(1, Kind.MOBILE, B, marked(B, 3, "Zentrale"), false, Variant.MOVED, 1),
            new UpdateEntry(2, 1, Kind.BUSINESS_PHONE, "", slot(1), false, Variant.MOVED, 2));
  }

  @Test
  void movesValueIntoFreeSlotWithoutUserText() {
    Plan plan =
        plan(
            party(
                entry(1, B, marked(B, 1, "Zentrale")),
                entry(2, "", slot(3, "alt")),
                entry(3, "", slot(3))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(creates(plan.operations())).isEmpty();
    assertThat(updates(plan.operations()))
        .extracting(
            UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::remark, UpdateEntry::stage)
        .containsExactly(tuple(3L, B, marked(B, 3, "Zentrale"), 1), tuple(1L, "", slot(1), 2));
  }

  @Test
  void onlyBlanksOldEntryWhenAnEntryOfCompatibleKindHoldsTheValue() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 1, "Zentrale")), entry(2, "0511/123456", null, 3)),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(creates(plan.operations())).isEmpty();
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark, UpdateEntry::variant)
        .containsExactly(
            tuple(1L, slot(1, "Zentrale"), Variant.MOVED),
            tuple(2L, marker("0511/123456", 3), Variant.MATCHED));
  }

  @Test
  void movesAValueHeldByTwoEntriesOnlyOnce() {
    Plan plan =
        plan(
            party(
                entry(1, B, marked(B, 1, "")),
                entry(2, "0511/123456", marked("0511/123456", 1, ""))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(creates(plan.operations())).hasSize(1);
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value)
        .containsExactlyInAnyOrder(tuple(1L, ""), tuple(2L, ""));
  }

  @Test
  void treatsPrivatePhoneStoredAsOtherWithoutHomeAsNoTypeChange() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 6, ""))),
            crm(primaryPhone(B_CRM, PhoneType.OTHER)),
            withoutHome());

    assertThat(plan.operations()).isEmpty();
  }

  @Test
  void treatsFaxOfEitherFaxKindAsNoTypeChange() {
    Plan plan = plan(party(entry(1, B, marked(B, 7, ""))), crm(primaryPhone(B_CRM, PhoneType.FAX)));

    assertThat(plan.operations()).isEmpty();
  }

  @Test
  void treatsMarkerOfTheOtherChannelAsTypeChange() {
    Plan plan =
        plan(
            party(entry(1, "max@example.com", marked("max@example.com", 1, "x"))),
            crm(email("max@example.com")));

    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::remark)
        .containsExactly(tuple(Kind.BUSINESS_EMAIL, marked("max@example.com", 4, "x")));
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::stage)
        .containsExactly(tuple(1L, "", 2));
  }

  @Test
  void movesThePartySystemsNewValueWithTheCrmsNewType() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511777", PhoneType.MOBILE));
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::value, CreateEntry::remark)
        .containsExactly(tuple(Kind.MOBILE, "0511 777", marked("0511 777", 3, "Zentrale")));
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::stage)
        .containsExactly(tuple(1L, "", 2));
  }

  @Test
  void recordsTheNewValueUnderTheOldKindWhenTheMoveMustWait() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)),
            SyncOptions.builder().direction(Direction.TO_CRM).build());

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511777", PhoneType.MOBILE));
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(tuple(1L, marked("0511 777", 1, "Zentrale")));
  }

  @Test
  void finishesAMoveWhoseNewEntryWasCreatedBeforeTheAnswerWasLost() {
    Plan plan =
        plan(
            party(
                entry(1, "0511 777", marked(B, 1, "Zentrale")),
                entry(2, "0511 777", marked("0511 777", 3, "Zentrale"))),
            crm(primaryPhone("+49511777", PhoneType.MOBILE)));

    assertThat(plan.operations())
        .containsExactly(
            new UpdateEntry(
                1, 1, Kind.BUSINESS_PHONE, "", slot(1, "Zentrale"), false, Variant.MOVED, 1));
  }

  @Test
  void defersFinishingTheMoveWhenTheDirectionExcludesMovesAndRebasesTheOldMarker() {
    PartySnapshot party =
        party(
            entry(1, "0511 777", marked(B, 1, "Zentrale")),
            entry(2, "0511 777", marked("0511 777", 3, "Zentrale")));
    CrmRecord record = crm(primaryPhone("+49511777", PhoneType.MOBILE));

    Plan plan = plan(party, record, SyncOptions.builder().direction(Direction.TO_CRM).build());
    PartySnapshot after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS).party();

    assertThat(plan.operations())
        .containsExactly(
            new UpdateEntry(
                1,
                1,
                Kind.BUSINESS_PHONE,
                "0511 777",
                marked("0511 777", 1, "Zentrale"),
                false,
                Variant.MARKER_REBASED,
                1));
    assertThat(plan.deferred())
        .containsExactly(
            new UpdateEntry(
                2, 1, Kind.BUSINESS_PHONE, "", slot(1, "Zentrale"), false, Variant.MOVED, 1));
    assertThat(updates(plan(after, record).operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::value, UpdateEntry::remark)
        .containsExactly(tuple(1L, "", slot(1, "Zentrale")));
  }

  @Test
  void keepsAChangedValueWhoseNewKindHoldsNoEntryAsAMarkerUpdate() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511777", PhoneType.MOBILE)));

    assertThat(plan.operations())
        .containsExactly(
            new UpdateEntry(
                1,
                1,
                Kind.BUSINESS_PHONE,
                "0511 777",
                marked("0511 777", 3, "Zentrale"),
                false,
                Variant.VAR6_CHANGED_IN_PARTY_SYSTEM,
                1));
  }

  @Test
  void neverMovesOrRetypesOnAFirstSync() {
    Plan plan = plan(party(entry(1, B, "Zentrale", 1)), crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(plan.firstSync()).isTrue();
    assertThat(plan.operations())
        .containsExactly(
            new UpdateEntry(
                1, 1, Kind.BUSINESS_PHONE, B, marked(B, 3, "Zentrale"), false, Variant.MATCHED, 1));
  }

  @Test
  void takesNoEntryForAnInterruptedMoveWhenAnotherEntryBringsItsSyncedValueBack() {
    PartySnapshot party =
        party(
            entry(1, "0511 777", marker("0511 777", 1), 1),
            entry(2, "0511 777", marker("0511 888", 3), 3),
            entry(3, "0511 888", marker("0511 999", 10), 10));
    CrmRecord record = crm(primaryPhone("+49511777", PhoneType.BUSINESS));

    Plan plan = plan(party, record, SyncOptions.builder().direction(Direction.TO_CRM).build());
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(updates(plan.operations())).noneMatch(update -> update.value().isEmpty());
    assertThat(updates(plan.deferred())).noneMatch(update -> update.entryId() == 2);
    assertThat(
            plan(
                    after.party(),
                    after.record(),
                    SyncOptions.builder().direction(Direction.TO_CRM).build())
                .operations())
        .isEmpty();
  }
}
