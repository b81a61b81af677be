package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
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

import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import org.junit.jupiter.api.Test;

/** A run's direction moves what it excludes into {@code deferred} (SPEC section 8). */
class DirectionTest {

  private static final SyncOptions TO_CRM =
      SyncOptions.builder().direction(Direction.TO_CRM).build();
  private static final SyncOptions TO_PARTY_SYSTEM =
      SyncOptions.builder().direction(Direction.TO_PARTY_SYSTEM).build();

  private static final PartySnapshot NEW_IN_PARTY = party(entry(1, "a@example.com", null));
  private static final CrmRecord NEW_IN_CRM = crm(primaryPhone("+49511123", PhoneType.BUSINESS));

  @Test
  void defersCreatingCrmValuesInThePartySystemWhenSyncingToTheCrm() {
    Plan plan = plan(NEW_IN_PARTY, NEW_IN_CRM, TO_CRM);

    assertThat(plan.crmWrite()).isPresent();
    assertThat(updates(plan.operations())).hasSize(1);
    assertThat(creates(plan.operations())).isEmpty();
    assertThat(creates(plan.deferred())).hasSize(1);
    assertThat(plan.direction()).isEqualTo(Direction.TO_CRM);
  }

  @Test
  void defersANewPartyValueEntirelyWhenSyncingToThePartySystem() {
    Plan plan = plan(NEW_IN_PARTY, NEW_IN_CRM, TO_PARTY_SYSTEM);

    assertThat(plan.operations()).hasSize(1).allMatch(CreateEntry.class::isInstance);
    assertThat(plan.deferred()).hasSize(2);
    assertThat(plan.deferred().get(0)).isInstanceOf(CrmWrite.class);
    assertThat(updates(plan.deferred()))
        .extracting(UpdateEntry::variant)
        .containsExactly(Variant.VAR4_NEW_IN_PARTY_SYSTEM);
  }

  @Test
  void defersAPartySystemDeletionWhenSyncingToThePartySystem() {
    Plan plan =
        plan(
            party(entry(1, "", marker("0511 123", 1))),
            crm(primaryPhone("+49511123", PhoneType.BUSINESS)),
            TO_PARTY_SYSTEM);

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.deferred()).hasSize(2);
  }

  @Test
  void defersBlankingAnEntryTheCrmDeletedWhenSyncingToTheCrm() {
    Plan plan = plan(party(entry(1, "0511 123", marker("0511 123", 1))), crm(), TO_CRM);

    assertThat(plan.operations()).isEmpty();
    assertThat(updates(plan.deferred()))
        .extracting(UpdateEntry::variant)
        .containsExactly(Variant.VAR2_DELETED_IN_CRM);
  }

  @Test
  void neverTurnsADeferredChangeIntoADeletion() {
    PartySnapshot party =
        party(entry(1, "0511 777", marker("0511 123", 1)), entry(2, "b@example.com", null));
    CrmRecord record =
        crm(primaryPhone("+49511123", PhoneType.BUSINESS), primaryEmail("c@example.com"));

    Plan toParty = plan(party, record, TO_PARTY_SYSTEM);
    Plan toCrm = plan(party, record, TO_CRM);

    assertThat(toParty.operations()).noneMatch(CrmWrite.class::isInstance);
    assertThat(updates(toParty.operations())).allMatch(u -> !u.value().isEmpty());
    assertThat(toCrm.crmWrite().orElseThrow().changes())
        .noneMatch(change -> change.change() == ValueChange.Change.REMOVED);
  }

  @Test
  void appliesInBothDirectionsWhatTheOneWayRunsDeferred() {
    PartySnapshot party =
        party(entry(1, "a@example.com", null), entry(2, "0511 9", marker("0511 9", 1)));
    CrmRecord record = crm(primaryPhone("+49511123", PhoneType.BUSINESS));

    Plan both = plan(party, record);
    Plan toCrm = plan(party, record, TO_CRM);
    Plan toParty = plan(party, record, TO_PARTY_SYSTEM);

    assertThat(toCrm.operations().size() + toCrm.deferred().size())
        .isEqualTo(both.operations().size());
    assertThat(toParty.operations().size() + toParty.deferred().size())
        .isEqualTo(both.operations().size());
    assertThat(both.deferred()).isEmpty();
  }

  @Test
  void reMarksAChangedEntryWhoseValueTheCrmLostWhenSyncingToThePartySystem() {
    PartySnapshot party = party(entry(1, "0511 777", marked("0511 123", 6, "Privat")));

    Plan plan = plan(party, crm(), TO_PARTY_SYSTEM);

    UpdateEntry rebase = onlyUpdate(plan);
    assertThat(rebase.variant()).isEqualTo(Variant.MARKER_REBASED);
    assertThat(rebase.value()).isEqualTo("0511 777");
    assertThat(rebase.remark()).isEqualTo(slot(6, "Privat"));
    assertThat(plan.deferred()).anyMatch(CrmWrite.class::isInstance);
  }

  @Test
  void keepsAValueAddedToTheCrmAgainAfterARunTowardsThePartySystemDeferredAChange() {
    PartySnapshot party = party(entry(1, "0511 777", marked("0511 123", 6, "Privat")));
    Plan oneWay = plan(party, crm(), TO_PARTY_SYSTEM);
    PartySnapshot after = PlanApplier.apply(oneWay, party, crm(), CrmRules.DEFAULTS).party();
    CrmRecord readded = crm(primaryPhone("+49511123", PhoneType.HOME));

    Plan both = plan(after, readded);

    assertThat(crmWrite(both).changes())
        .noneMatch(change -> change.change() != ValueChange.Change.ADDED)
        .extracting(ValueChange::newValue)
        .containsExactly("+49511777");
  }

  @Test
  void turnsAnEntryDeletedOnBothSidesIntoASlotWhenSyncingToThePartySystem() {
    PartySnapshot party = party(entry(1, "", marked("0511 123", 1, "alt")));

    Plan plan = plan(party, crm(), TO_PARTY_SYSTEM);

    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(1, "alt"));
    assertThat(plan.deferred()).isEmpty();
  }

  @Test
  void makesADeletedEntryASlotWhenSyncingToTheCrmDefersTheCrmValueThatReplacedIt() {
    PartySnapshot party =
        party(entry(1, "", marker("0511 123", 1)), entry(2, "a@b.de", marker("a@b.de", 4)));
    CrmRecord changed = crm(primaryPhone("+49511999", PhoneType.BUSINESS), primaryEmail("a@b.de"));
    Plan oneWay = plan(party, changed, TO_CRM);
    PartySnapshot after = PlanApplier.apply(oneWay, party, changed, CrmRules.DEFAULTS).party();
    CrmRecord readded =
        crm(
            primaryPhone("+49511999", PhoneType.BUSINESS),
            phone("+49511123", PhoneType.BUSINESS),
            primaryEmail("a@b.de"));

    Plan both = plan(after, readded);

    assertThat(updates(oneWay.operations()))
        .filteredOn(update -> update.entryId() == 1)
        .extracting(UpdateEntry::variant, UpdateEntry::remark)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Variant.MARKER_REBASED, slot(1)));
    assertThat(both.crmWrite()).isEmpty();
  }

  @Test
  void dropsTheMarkerOfAnEntryTurnedUnsyncableWhoseValueTheCrmLostWhenSyncingToThePartySystem() {
    PartySnapshot party = party(entry(1, "siehe Akte", marked("0511 123", 1, "Notiz")));

    Plan plan = plan(party, crm(), TO_PARTY_SYSTEM);

    assertThat(onlyUpdate(plan).variant()).isEqualTo(Variant.MARKER_REBASED);
    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(1, "Notiz"));
    assertThat(plan.deferred()).isEmpty();
  }

  @Test
  void makesTheCrmsDecidedValueTheBaseOfAConflictItWonWhenSyncingToTheCrm() {
    PartySnapshot party = party(entry(1, "0511 777", marker("0511 123", 1)));
    CrmRecord changed = crm(primaryPhone("+49511999", PhoneType.BUSINESS));
    Plan oneWay = plan(party, changed, TO_CRM);
    PartySnapshot after = PlanApplier.apply(oneWay, party, changed, CrmRules.DEFAULTS).party();
    CrmRecord readded =
        crm(primaryPhone("+49511999", PhoneType.BUSINESS), phone("+49511123", PhoneType.BUSINESS));

    Plan both = plan(after, readded);

    assertThat(onlyUpdate(oneWay).variant()).isEqualTo(Variant.MARKER_REBASED);
    assertThat(onlyUpdate(oneWay).remark()).isEqualTo(marker("0511 777", 1));
    assertThat(both.crmWrite()).isEmpty();
    assertThat(updates(both.operations()))
        .extracting(UpdateEntry::variant)
        .containsExactly(Variant.VAR5_CHANGED_IN_CRM);
    assertThat(creates(both.operations())).hasSize(1);
  }

  @Test
  void makesTheCrmValueTheBaseOfAConflictThePartySystemWonWhenSyncingToThePartySystem() {
    SyncOptions partyWins =
        TO_PARTY_SYSTEM.toBuilder()
            .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
            .build();
    PartySnapshot party = party(entry(1, "0511 777", marker("0511 123", 1)));
    CrmRecord changed = crm(primaryPhone("+49511999", PhoneType.BUSINESS));
    Plan oneWay = plan(party, changed, partyWins);
    PartySnapshot after = PlanApplier.apply(oneWay, party, changed, CrmRules.DEFAULTS).party();
    CrmRecord readded =
        crm(primaryPhone("+49511999", PhoneType.BUSINESS), phone("+49511123", PhoneType.BUSINESS));

    Plan both =
        plan(
            after,
            readded,
            SyncOptions.builder()
                .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
                .build());

    assertThat(onlyUpdate(oneWay).remark()).isEqualTo(marker("+49511999", 1));
    assertThat(crmWrite(both).changes())
        .extracting(ValueChange::change, ValueChange::oldValue, ValueChange::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ValueChange.Change.REPLACED, "+49511999", "+49511777"));
    assertThat(creates(both.operations())).extracting(CreateEntry::value).contains("+49511123");
  }

  @Test
  void marksANewEntryTheCrmHoldsAlreadyInARunTowardsThePartySystem() {
    PartySnapshot party =
        party(entry(1, "0049 (511) 44-44-44", null), entry(2, "a@b.de", marker("a@b.de", 4)));
    CrmRecord record =
        crm(primaryPhone("+49511444444", PhoneType.BUSINESS), primaryEmail("a@b.de"));

    Plan plan = plan(party, record, TO_PARTY_SYSTEM);
    PartySnapshot after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS).party();
    CrmRecord deleted = crm(primaryEmail("a@b.de"));

    assertThat(onlyUpdate(plan).variant()).isEqualTo(Variant.MATCHED);
    assertThat(plan.deferred()).isEmpty();
    assertThat(updates(plan(after, deleted).operations()))
        .extracting(UpdateEntry::variant)
        .containsExactly(Variant.VAR2_DELETED_IN_CRM);
  }

  @Test
  void defersTheMarkerOfAChangedEntryTheCrmHoldsWhenItsOldValueMustLeaveTheCrm() {
    PartySnapshot party = party(entry(1, "0511 123456", marker("030 1234567", 1)));
    CrmRecord record =
        crm(
            primaryPhone("+49511123456", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS));

    Plan plan = plan(party, record, TO_PARTY_SYSTEM);

    assertThat(plan.operations()).isEmpty();
    assertThat(updates(plan.deferred()))
        .extracting(UpdateEntry::variant)
        .containsExactly(Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
  }
}
