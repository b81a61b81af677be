package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.CallKind;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.Plan;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A record changed by someone else between the run's read and its update. */
class SyncEngineConcurrencyTest {

  private static final CrmValue OLD_EMAIL = CrmValue.email("max@example.com", true, false, false);
  private static final CrmValue NEW_EMAIL = CrmValue.email("anna@example.org", false, false, false);
  private static final CrmValue USER_EMAIL =
      CrmValue.email("user@example.net", false, false, false);
  private static final String NEW_HASH = "8888888888888888";

  private static Plan addsAnna() {
    return Plans.plan().emails(OLD_EMAIL, NEW_EMAIL).hash(NEW_HASH).build();
  }

  private static Plan addsAnnaToTheUsersEdit() {
    return Plans.plan().emails(OLD_EMAIL, USER_EMAIL, NEW_EMAIL).hash(NEW_HASH).build();
  }

  private static CrmRecord userAddsAnEmail(CrmRecord r) {
    return new CrmRecord(
        r.id(),
        r.partyId(),
        List.of(OLD_EMAIL, USER_EMAIL),
        r.phones(),
        r.state(),
        r.modifiedAt(),
        r.version());
  }

  /** Edits the record as a user would, once, when the first update call arrives. */
  private static void editOnFirstUpdate(Fixture f) {
    AtomicBoolean done = new AtomicBoolean();
    f.crm.onCall(
        CallKind.UPDATE_RECORD,
        () -> {
          if (done.compareAndSet(false, true)) {
            f.crm.edit(SyncEngineConcurrencyTest::userAddsAnEmail);
          }
        });
  }

  @Test
  void sendsTheVersionReadWithTheUpdate() {
    Fixture f = Fixture.synced();

    f.sync(ScriptedPlanner.of(addsAnna(), Plans.empty(NEW_HASH)));

    assertThat(f.crm.expectedVersions()).containsExactly(Optional.of(7L));
  }

  @Test
  void rereadsTheRecordAndPlansAgainOnceWhenTheVersionIsStale() {
    Fixture f = Fixture.synced();
    editOnFirstUpdate(f);
    ScriptedPlanner planner =
        ScriptedPlanner.of(addsAnna(), addsAnnaToTheUsersEdit(), Plans.empty(NEW_HASH));

    RunResult result = f.sync(planner);

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(planner.calls().get(1).record().emails()).containsExactly(OLD_EMAIL, USER_EMAIL);
    assertThat(f.crm.expectedVersions()).containsExactly(Optional.of(7L), Optional.of(8L));
    assertThat(f.crm.record().emails()).containsExactly(OLD_EMAIL, USER_EMAIL, NEW_EMAIL);
    assertThat(result.calls().crmReads()).isEqualTo(3);
    assertThat(result.plan()).isEqualTo(addsAnnaToTheUsersEdit());
  }

  @Test
  void failsWhenTheRecordIsStaleAgainAfterTheReplan() {
    Fixture f = Fixture.synced();
    f.crm.onCall(CallKind.UPDATE_RECORD, () -> f.crm.edit(r -> r));
    ScriptedPlanner planner = ScriptedPlanner.of(addsAnna());

    RunResult result = f.sync(planner);

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(planner.calls()).hasSize(2);
    assertThat(result.reason()).contains("changed since it was read");
    assertThat(f.party.writes()).isEmpty();
    assertThat(f.crm.record().emails()).containsExactly(OLD_EMAIL);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void rereadsTheRecordBeforeTheUpdateWithoutOptimisticConcurrency() {
    Fixture f = Fixture.syncedWithoutVersions();
    ScriptedPlanner planner = ScriptedPlanner.of(addsAnna(), Plans.empty(NEW_HASH));

    RunResult result = f.sync(planner, SyncOptions.builder().verify(false).build());

    assertThat(result.calls().crmReads()).isEqualTo(2);
    assertThat(planner.calls()).hasSize(1);
    assertThat(f.crm.expectedVersions()).containsExactly(Optional.empty());
    assertThat(f.log.startOrder().stream().filter(k -> k != CallKind.READ_PARTY))
        .containsExactly(CallKind.READ_RECORD, CallKind.READ_RECORD, CallKind.UPDATE_RECORD);
  }

  @Test
  void plansAgainWhenTheChangeTimeMovedBeforeTheUpdate() {
    Fixture f = Fixture.syncedWithoutVersions();
    AtomicBoolean done = new AtomicBoolean();
    f.crm.onCall(
        CallKind.READ_RECORD,
        () -> {
          if (done.compareAndSet(false, true)) {
            return;
          }
          f.crm.edit(SyncEngineConcurrencyTest::userAddsAnEmail);
        });
    ScriptedPlanner planner =
        ScriptedPlanner.of(addsAnna(), addsAnnaToTheUsersEdit(), Plans.empty(NEW_HASH));

    RunResult result = f.sync(planner, SyncOptions.builder().verify(false).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(planner.calls()).hasSize(2);
    assertThat(result.calls().crmReads()).isEqualTo(2);
    assertThat(f.crm.record().emails()).containsExactly(OLD_EMAIL, USER_EMAIL, NEW_EMAIL);
  }

  @Test
  void readsNothingMoreWithoutOptimisticConcurrencyWhenNothingIsToBeWritten() {
    Fixture f = Fixture.syncedWithoutVersions();

    RunResult result = f.sync(ScriptedPlanner.of(Plans.empty(Fixture.HASH)));

    assertThat(result.calls()).isEqualTo(new ApiCalls(1, 1, 0, 0, 0));
  }
}
