package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import org.junit.jupiter.api.Test;

/** The mass-blank guard of SPEC section 6. */
class GuardTest {

  private static final CrmRecord TWO_IN_CRM =
      crm(primaryPhone("+49511111", PhoneType.BUSINESS), phone("+49511222", PhoneType.BUSINESS));
  private static final PartySnapshot TWO_MARKED =
      party(
          entry(1, "0511 111", marker("0511 111", 1)), entry(2, "0511 222", marker("0511 222", 1)));
  private static final PartySnapshot TWO_DELETED =
      party(entry(1, "", marker("0511 111", 1)), entry(2, "", marker("0511 222", 1)));

  @Test
  void tripsWhenThePlanWouldRemoveEverySyncedValueFromTheCrm() {
    Plan plan = plan(TWO_DELETED, TWO_IN_CRM);

    GuardTrip guard = plan.guardTrip().orElseThrow();
    assertThat(guard.side()).isEqualTo(Skip.Side.CRM);
    assertThat(guard.removed()).isEqualTo(2);
    assertThat(guard.total()).isEqualTo(2);
    assertThat(guard.reason()).doesNotContain("0511", "+49");
  }

  @Test
  void keepsTheOperationsOfAPlanTheGuardStopped() {
    Plan plan = plan(TWO_DELETED, TWO_IN_CRM);

    assertThat(plan.guard()).isNotNull();
    assertThat(plan.operations()).hasSize(3);
  }

  @Test
  void tripsWhenThePlanWouldBlankEverySyncedEntry() {
    Plan plan = plan(TWO_MARKED, crm());

    GuardTrip guard = plan.guardTrip().orElseThrow();
    assertThat(guard.side()).isEqualTo(Skip.Side.PARTY_SYSTEM);
    assertThat(guard.removed()).isEqualTo(2);
  }

  @Test
  void letsAForcedRunPass() {
    Plan plan = plan(TWO_MARKED, crm(), SyncOptions.builder().force(true).build());

    assertThat(plan.guard()).isNull();
    assertThat(plan.operations()).hasSize(2);
  }

  @Test
  void doesNotTripBelowTheMinimumNumberOfValues() {
    Plan plan = plan(party(entry(1, "0511 111", marker("0511 111", 1))), crm());

    assertThat(plan.guard()).isNull();
  }

  @Test
  void doesNotTripWhenSomeValuesRemain() {
    PartySnapshot party =
        party(entry(1, "", marker("0511 111", 1)), entry(2, "0511 222", marker("0511 222", 1)));

    Plan plan = plan(party, TWO_IN_CRM);

    assertThat(plan.guard()).isNull();
  }

  @Test
  void tripsAtTheConfiguredShare() {
    PartySnapshot party =
        party(entry(1, "", marker("0511 111", 1)), entry(2, "0511 222", marker("0511 222", 1)));

    Plan plan = plan(party, TWO_IN_CRM, SyncOptions.builder().guardShare(0.5).build());

    assertThat(plan.guardTrip()).map(GuardTrip::removed).contains(1);
  }

  @Test
  void doesNotCountMovesOrOverwrites() {
    PartySnapshot party =
        party(
            entry(1, "0511 111", marked("0511 111", 1, "")),
            entry(2, "0511 999", marked("0511 222", 1, "")));
    CrmRecord retyped =
        crm(primaryPhone("+49511111", PhoneType.MOBILE), phone("+49511333", PhoneType.BUSINESS));

    Plan plan = plan(party, retyped);

    assertThat(plan.guard()).isNull();
    assertThat(plan.conflicts()).hasSize(1);
  }

  @Test
  void countsOnlyWhatTheDirectionApplies() {
    SyncOptions toCrm = SyncOptions.builder().direction(de.kommsync.Direction.TO_CRM).build();

    Plan plan = plan(TWO_MARKED, crm(), toCrm);

    assertThat(plan.guard()).isNull();
    assertThat(plan.operations()).isEmpty();
  }
}
