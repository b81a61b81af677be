package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.withoutHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import org.junit.jupiter.api.Test;

/**
 * Shrunk counter-examples the planner properties found, kept as plain examples: each run on them
 * must leave nothing to plan and must not add a duplicate to the party system.
 */
class CounterExampleTest {

  private static final SyncOptions FORCED = SyncOptions.builder().force(true).build();

  private static PlanApplier.Sides convergesAfterOneRun(
      PartySnapshot party, CrmRecord record, CrmRules rules) {
    Plan first = Planner.plan(party, record, rules, FORCED);
    PlanApplier.Sides after = PlanApplier.apply(first, party, record, rules);

    Plan second = Planner.plan(after.party(), after.record(), rules, FORCED);

    assertThat(second.operations()).isEmpty();
    assertThat(second.predictedHash()).isEqualTo(first.predictedHash());
    return after;
  }

  private static long holders(PartySnapshot party, String value) {
    return party.entries().stream().filter(e -> value.equals(e.value())).count();
  }

  @Test
  void keepsTheKindOfAPhoneNumberInAnEpostEntryAndAddsNoDuplicate() {
    PartySnapshot party = party(entry(100, "0511 123456", marker("0511 123456", 11)));
    CrmRecord record = crm(phone("+49511123456", PhoneType.BUSINESS));

    PlanApplier.Sides after = convergesAfterOneRun(party, record, CrmRules.DEFAULTS);

    assertThat(holders(after.party(), "0511 123456")).isEqualTo(1);
  }

  @Test
  void neverPairsACrmValueWithAnEntryOfAKindThatIsNotSynced() {
    PartySnapshot party =
        party(
            entry(100, "0511 123456", marker("0511 123456", 1)),
            entry(107, "", marker("0511 123456", 3), 5),
            entry(114, "0511 123456", marker("0511 123456", 1)));
    CrmRecord record = crm(email("max@example.com"), phone("+49301234567", PhoneType.MOBILE));

    PlanApplier.Sides after = convergesAfterOneRun(party, record, CrmRules.DEFAULTS);

    assertThat(after.record().phones()).extracting(v -> v.value()).contains("+49301234567");
  }

  @Test
  void leavesAnUnsyncableDuplicateAloneOnTheNextRun() {
    PartySnapshot party =
        party(
            entry(100, "0511 123456", marker("0511 123456", 1)),
            entry(107, "0511 123456", ""),
            entry(114, "0511 123456", marker("0511 123456", 11)));

    convergesAfterOneRun(party, crm(), CrmRules.DEFAULTS);
  }

  @Test
  void neverWritesAFaxNumberIntoAnEpostEntry() {
    PartySnapshot party =
        party(
            entry(100, "0511 123456", marker("0511 123456", 1)),
            entry(107, "0511 123456", ""),
            entry(114, "0511 123456", marker("0511 123456", 1)),
            entry(121, "0511 123456", ""),
            entry(128, "", marker("0511 123456", 2), 11));
    CrmRecord record = crm(email("max@example.com"), phone("+49301234567", PhoneType.FAX));

    PlanApplier.Sides after = convergesAfterOneRun(party, record, withoutHome());

    assertThat(after.record().phones()).extracting(v -> v.value()).contains("+49301234567");
  }

  @Test
  void keepsAnEntryWhoseValueAnotherEntrysChangeBringsBackIntoTheCrm() {
    PartySnapshot party =
        party(
            entry(100, "030 1234567", marker("030 1234567", 1)),
            entry(107, "030 1234567", ""),
            entry(114, "0171 2345678", marker("0511 123456", 2)),
            entry(121, "0171 2345678", marker("0171 2345678", 1)));
    CrmRecord record = crm(phone("+49511123456", PhoneType.BUSINESS));

    PlanApplier.Sides after = convergesAfterOneRun(party, record, CrmRules.DEFAULTS);

    assertThat(holders(after.party(), "0171 2345678")).isEqualTo(1);
  }

  @Test
  void movesAnEmailUnderAPhoneMarkerThatAnotherEntryBringsBackIntoTheCrm() {
    PartySnapshot party =
        party(
            entry(100, "info@müller.de", marker("info@müller.de", 1)),
            entry(107, "info@müller.de", marker("0511 123456", 1)));
    CrmRecord record = crm(email("max@example.com"), phone("+49511123456", PhoneType.BUSINESS));

    PlanApplier.Sides after = convergesAfterOneRun(party, record, CrmRules.DEFAULTS);

    assertThat(holders(after.party(), "info@müller.de")).isEqualTo(1);
  }

  @Test
  void plansAgainWithoutTheAdditionsTheFullListRefuses() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, marker(b, 1)),
            entry(107, b, marker("max@example.com", 1)),
            entry(114, b, marker(b, 1)),
            entry(121, b, marker(b, 1)),
            entry(128, b, marker(b, 1)));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+49301234567", PhoneType.BUSINESS),
            phone("+49899876543", PhoneType.BUSINESS),
            phone("+491712345678", PhoneType.BUSINESS));
    CrmRules three = new CrmRules(true, java.util.EnumSet.allOf(PhoneType.class), 3, 3, 36, 254);

    Plan plan = Planner.plan(party, record, three, FORCED);
    convergesAfterOneRun(party, record, three);

    assertThat(plan.skipped())
        .filteredOn(skip -> skip.reason() == SkipReason.CRM_LIST_FULL)
        .extracting(Skip::entryId)
        .containsExactly(107L);
    assertThat(plan.crmWrite()).isEmpty();
  }

  @Test
  void marksAnEntryWhoseRefusedValueAnotherEntryPutsIntoTheCrmByReplacement() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "030 1234567", marker(b, 1)),
            entry(107, "0221 55555", marker(b, 1), 1),
            entry(114, b, ""),
            entry(121, b, marker(b, 1)),
            entry(128, "0221 55555", marker("0171 2345678", 1)),
            entry(135, b, marker(b, 1)),
            entry(142, b, ""));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+491712345678", PhoneType.BUSINESS),
            phone("+49899876543", PhoneType.BUSINESS),
            phone("+49511123456", PhoneType.BUSINESS));
    CrmRules three = new CrmRules(true, java.util.EnumSet.allOf(PhoneType.class), 3, 3, 36, 254);

    Plan plan = Planner.plan(party, record, three, FORCED);
    convergesAfterOneRun(party, record, three);

    assertThat(Fixtures.updates(plan.operations())).extracting(UpdateEntry::entryId).contains(107L);
  }

  @Test
  void defersBlankingAMovedEntryWhileTheCrmChangeItWaitsForIsDeferred() {
    PartySnapshot party =
        party(
            entry(100, "0511 123456", marker("0511 123456", 3)),
            entry(107, "0511 123456", marker("030 1234567", 1)));
    CrmRecord record = crm(phone("+49301234567", PhoneType.MOBILE));
    SyncOptions toParty =
        FORCED.toBuilder().direction(de.kommsync.Direction.TO_PARTY_SYSTEM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toParty);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.operations()).isEmpty();
    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toParty).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void addsARefusedValueLateWhenTheReplanLeavesRoomForIt() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "030 1234567", marker(b, 1), 1),
            entry(107, b, marker(b, 1)),
            entry(114, b, marker(b, 1)),
            entry(121, b, ""),
            entry(128, b, ""),
            entry(135, b, ""));
    CrmRecord record =
        crm(
            email("max@example.com"),
            email("max@example.com"),
            phone("+49899876543", PhoneType.BUSINESS),
            phone("+491712345678", PhoneType.BUSINESS));
    CrmRules company =
        new CrmRules(
            true,
            java.util.EnumSet.of(
                PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER),
            3,
            3,
            36,
            254);

    Plan plan = Planner.plan(party, record, company, FORCED);
    convergesAfterOneRun(party, record, company);

    assertThat(plan.skipped()).noneMatch(s -> s.reason() == SkipReason.CRM_LIST_FULL);
  }

  @Test
  void leavesNothingForTheSameDirectionAfterAOneWayRun() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, ""),
            entry(107, "+49 89 9876543", marker("0171 2345678", 1)),
            entry(114, b, marker(b, 1)),
            entry(121, "0171 2345678", marker(b, 1)),
            entry(128, b, marker(b, 1)));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+49511123456", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS));
    CrmRules three = new CrmRules(true, java.util.EnumSet.allOf(PhoneType.class), 3, 3, 36, 254);
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, three, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, three);

    assertThat(Planner.plan(after.party(), after.record(), three, toCrm).operations()).isEmpty();
    convergesAfterOneRun(after.party(), after.record(), three);
  }

  @Test
  void aRunToTheCrmLeavesNothingToPlanWhenTwoChangedEntriesHoldTheSameNewValue() {
    PartySnapshot party =
        party(
            java.util.Map.of("mobil", "0171/2345678"),
            entry(100, "+49 89 9876543", ""),
            entry(107, "0511 123456", marker("0511 123456", 2)),
            entry(114, "0511 123456", Fixtures.slot(11)),
            entry(121, "0171 2345678", marker("0511 123456", 1)),
            entry(128, "0511 123456", marker("0511 123456", 2), 2),
            entry(135, "0171 2345678", marker("0511 123456", 1)));
    CrmRecord record = crm(email("max@example.com"), phone("+49301234567", PhoneType.BUSINESS));
    SyncOptions toCrm = SyncOptions.builder().direction(de.kommsync.Direction.TO_CRM).build();
    Plan first = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(first, party, record, CrmRules.DEFAULTS);

    Plan again = Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm);

    assertThat(again.operations()).isEmpty();
  }

  @Test
  void marksAChangedEntryWhoseNewValueALaterEntryBringsIntoTheCrm() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, marker(b, 1)),
            entry(107, "030 1234567", marker("+49 89 9876543", 1)),
            entry(114, b, marker(b, 1)),
            entry(121, b, marker(b, 1)),
            entry(128, "030 1234567", marker(b, 1)),
            entry(135, b, ""));
    CrmRecord record =
        crm(
            email("max@example.com"),
            email("max@example.com"),
            phone("+491712345678", PhoneType.BUSINESS));
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.conflicts()).isEmpty();
    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void resolvesEntriesChangedToTheSameValueAlikeInOneWayRuns() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "030 1234567", Fixtures.slot(1)),
            entry(107, "+49 89 9876543", marker(b, 1)),
            entry(114, "+49 89 9876543", marker(b, 1), 1),
            entry(121, "030 1234567", marker(b, 1), 1),
            entry(128, "030 1234567", ""));
    CrmRecord record =
        crm(
            phone("+49301234567", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS),
            phone("+491712345678", PhoneType.BUSINESS));
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.conflicts())
        .extracting(Conflict::entryId, Conflict::crmValue)
        .containsExactly(tuple(107L, "+491712345678"), tuple(114L, "+491712345678"));
    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void keepsADeletedEntryStableWhenAConflictResolutionBringsItsValueBack() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "+49 89 9876543", marker(b, 1)),
            entry(107, "+49 89 9876543", marker("max@example.com", 1)),
            entry(114, b, marker(b, 2)),
            entry(121, b, marker("0221 55555", 1)),
            entry(128, "", marker(b, 1), 1),
            entry(135, b, marker(b, 2)),
            entry(142, b, marker(b, 2)));
    CrmRecord record =
        crm(
            email("max@example.com"),
            email("max@example.com"),
            phone("+491712345678", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS));
    SyncOptions toCrm =
        FORCED.toBuilder()
            .direction(de.kommsync.Direction.TO_CRM)
            .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
            .build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
  }

  @Test
  void defersBothHalvesOfKeepingAValueTheCrmRetypedWhenSyncingToTheCrm() {
    PartySnapshot party =
        party(
            entry(100, "0221 55555", marker("030 1234567", 1)),
            entry(107, "030 1234567", marker("+49 89 9876543", 3), 1),
            entry(114, "siehe Akte", marker("0511 123456", 1)),
            entry(121, "030 1234567", ""),
            entry(128, "0171 2345678", ""));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+49511123456", PhoneType.MOBILE),
            phone("+491712345678", PhoneType.BUSINESS));
    CrmRules company =
        new CrmRules(
            true,
            java.util.EnumSet.of(
                PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER),
            3,
            3,
            36,
            254);
    SyncOptions toCrm =
        FORCED.toBuilder()
            .direction(de.kommsync.Direction.TO_CRM)
            .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
            .build();

    Plan plan = Planner.plan(party, record, company, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, company);

    assertThat(Planner.plan(after.party(), after.record(), company, toCrm).operations()).isEmpty();
    assertThat(after.record().phones()).extracting(v -> v.value()).contains("+49511123456");
  }

  @Test
  void offersAPairGivenBackToAnEntryAFullListMadeWait() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, marker(b, 2)),
            entry(107, "+49 89 9876543", ""),
            entry(114, "0221 55555", marker(b, 1)),
            entry(121, b, Fixtures.slot(1)),
            entry(128, "0221 55555", marker(b, 1), 1),
            entry(135, b, marker("030 1234567", 1)));
    CrmRecord record = crm(phone("+491712345678", PhoneType.BUSINESS));
    CrmRules company =
        new CrmRules(
            true,
            java.util.EnumSet.of(
                PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER),
            3,
            3,
            36,
            254);
    SyncOptions toCrm =
        FORCED.toBuilder()
            .direction(de.kommsync.Direction.TO_CRM)
            .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
            .build();

    Plan plan = Planner.plan(party, record, company, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, company);

    assertThat(Planner.plan(after.party(), after.record(), company, toCrm).operations()).isEmpty();
  }

  @Test
  void treatsAMarkerOfTheOtherChannelOnAnUnsyncableEntryAsNoCrmChange() {
    PartySnapshot party =
        party(
            entry(100, "siehe Akte", marker("max@example.com", 1)),
            entry(107, "0511 123456", marker("max@example.com", 1)),
            entry(114, "0511 123456", ""));
    CrmRecord record = crm(email("max@example.com"));
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void letsAChangeBeatTheDeletionOfAValueTwoEntriesSyncedUnderDifferentKinds() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, ""),
            entry(107, b, ""),
            entry(121, b, "", 1),
            entry(128, "siehe Akte", marker("0171 2345678", 2)),
            entry(135, b, marker("0171 2345678", 1)));
    CrmRecord record = crm(phone("+491712345678", PhoneType.BUSINESS));
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void letsEntriesChangedToTheSameValueFollowOneConflictResolution() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "+49 89 9876543", marker(b, 1)),
            entry(107, "+49 89 9876543", marker(b, 1), 1));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+491712345678", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS));
    SyncOptions toParty =
        FORCED.toBuilder()
            .direction(de.kommsync.Direction.TO_PARTY_SYSTEM)
            .conflictPolicy(de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS)
            .build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toParty);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.conflicts()).hasSize(1);
    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toParty).operations())
        .isEmpty();
  }

  @Test
  void keepsTheNewValueForAllWhenOneEntryChangedToItCannotTakeTheCrmsValue() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, b, marker(b, 1)),
            entry(107, b, marker(b, 1)),
            entry(114, b, marker("+49 89 9876543", 3)),
            entry(121, b, marker(b, 1), 1),
            entry(128, b, marker("+49 89 9876543", 1)));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+49301234567", PhoneType.BUSINESS),
            phone("+491712345678", PhoneType.MOBILE));
    SyncOptions toCrm = FORCED.toBuilder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = Planner.plan(party, record, CrmRules.DEFAULTS, toCrm);
    PlanApplier.Sides after = PlanApplier.apply(plan, party, record, CrmRules.DEFAULTS);

    assertThat(plan.conflicts()).isEmpty();
    assertThat(Planner.plan(after.party(), after.record(), CrmRules.DEFAULTS, toCrm).operations())
        .isEmpty();
    convergesAfterOneRun(party, record, CrmRules.DEFAULTS);
  }

  @Test
  void convergesWhenAFullListRefusesOneOfTwoChangesOfTheSameSyncedValue() {
    String b = "0511 123456";
    PartySnapshot party =
        party(
            entry(100, "0171 2345678", marker(b, 1)),
            entry(107, "0171 2345678", Fixtures.slot(1)),
            entry(114, "0171 2345678", marker(b, 1)),
            entry(121, "+49 89 9876543", marker(b, 1)),
            entry(128, "0221 55555", marker(b, 1)));
    CrmRecord record =
        crm(
            email("max@example.com"),
            phone("+49511123456", PhoneType.BUSINESS),
            phone("+49511123456", PhoneType.BUSINESS),
            phone("+49301234567", PhoneType.BUSINESS));
    CrmRules three = new CrmRules(true, java.util.EnumSet.allOf(PhoneType.class), 3, 3, 36, 254);

    Plan plan = Planner.plan(party, record, three, FORCED);
    convergesAfterOneRun(party, record, three);

    assertThat(plan.skipped())
        .filteredOn(skip -> skip.reason() == SkipReason.CRM_LIST_FULL)
        .extracting(Skip::entryId)
        .containsExactly(128L);
  }
}
