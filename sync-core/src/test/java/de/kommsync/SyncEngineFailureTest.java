package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.CallKind;
import de.kommsync.doubles.Faults;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.RecordingListener;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Variant;
import de.kommsync.spi.CrmChange;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Failed calls, unknown outcomes, the guard and missing parties or records. */
class SyncEngineFailureTest {

  private static final CrmValue NEW_EMAIL = CrmValue.email("anna@example.org", false, false, false);
  private static final CrmValue OLD_EMAIL = CrmValue.email("max@example.com", true, false, false);
  private static final String NEW_HASH = "6666666666666666";

  private static RemoteCallException timeout() {
    return new RemoteCallException("call timed out", 0, true, true, null, null);
  }

  private static RemoteCallException rejected() {
    return new RejectedWriteException("entry write refused", 400, "bad value", null, null);
  }

  private static Plan valuesThenTwoStages() {
    return Plans.plan()
        .emails(OLD_EMAIL, NEW_EMAIL)
        .create(1, "+49 511 800001")
        .create(1, "+49 511 800002")
        .create(1, "+49 511 800003")
        .blank(1, 2)
        .hash(NEW_HASH)
        .build();
  }

  private static SyncOptions oneAtATime() {
    return SyncOptions.builder().partyWriteParallelism(1).build();
  }

  @Test
  void writesNothingWhenTheRecordIsLinkedToAnotherParty() {
    Fixture f = Fixture.synced();
    f.crm.edit(
        r ->
            new CrmRecord(
                r.id(), "999999", r.emails(), r.phones(), r.state(), r.modifiedAt(), r.version()));

    RunResult result = f.sync(ScriptedPlanner.of(Plans.empty(Fixture.HASH)));

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(result.reasonText())
        .hasValueSatisfying(r -> assertThat(r).contains("another party"));
    assertThat(f.crm.updates()).isEmpty();
    assertThat(f.party.writes()).isEmpty();
  }

  @Test
  void recordsTheFailureInASecondCrmUpdateWhenAnEntryWriteFails() {
    Fixture f = Fixture.synced();
    f.faults.add(CallKind.CREATE_ENTRY, 2, Faults.Timing.BEFORE, SyncEngineFailureTest::rejected);

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()), oneAtATime());

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(f.crm.updates()).hasSize(2);
    CrmChange second = f.crm.updates().get(1);
    assertThat(second.emails()).isNull();
    assertThat(second.phones()).isNull();
    SyncState state = f.crm.record().state();
    assertThat(state.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(state.retryCount()).isEqualTo(1);
    assertThat(state.nextRetry()).isEqualTo(Fixture.NOW_SECOND.plus(Duration.ofMinutes(1)));
    assertThat(state.errorMessage()).contains("creating an entry").doesNotContain("800002");
    assertThat(state.hash()).isEqualTo(Fixture.HASH);
    assertThat(state.lastSync()).isEqualTo(Fixture.LAST_SYNC);
    assertThat(result.statusWritten()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void startsNoFurtherEntryWriteAfterAFailure() {
    Fixture f = Fixture.synced();
    f.faults.add(CallKind.CREATE_ENTRY, 2, Faults.Timing.BEFORE, SyncEngineFailureTest::rejected);

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()), oneAtATime());

    assertThat(f.log.count(CallKind.CREATE_ENTRY)).isEqualTo(2);
    assertThat(f.log.count(CallKind.UPDATE_ENTRY)).isZero();
    assertThat(result.createdInPartySystem()).isEqualTo(1);
  }

  @Test
  void stopsAtAnUnknownOutcomeWithoutAnyFurtherEntryWrite() {
    Fixture f = Fixture.synced();
    f.faults.add(CallKind.CREATE_ENTRY, 1, Faults.Timing.AFTER, SyncEngineFailureTest::timeout);

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()), oneAtATime());

    assertThat(result.outcome()).isEqualTo(RunOutcome.OUTCOME_UNKNOWN);
    assertThat(result.reason()).startsWith("stopped: the outcome of a write is unknown");
    assertThat(f.log.count(CallKind.CREATE_ENTRY)).isEqualTo(1);
    assertThat(f.log.count(CallKind.UPDATE_ENTRY)).isZero();
    assertThat(f.crm.updates()).hasSize(2);
    assertThat(f.crm.updates().get(1).emails()).isNull();
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void neverRepeatsACreateWhoseOutcomeIsUnknown() {
    Fixture f = Fixture.synced();
    Plan oneCreate = Plans.plan().create(1, "+49 511 800009").hash(NEW_HASH).build();
    f.faults.add(CallKind.CREATE_ENTRY, 1, Faults.Timing.AFTER, SyncEngineFailureTest::timeout);

    RunResult result = f.sync(ScriptedPlanner.of(oneCreate));

    assertThat(f.log.count(CallKind.CREATE_ENTRY)).isEqualTo(1);
    assertThat(f.party.entries()).hasSize(2);
    assertThat(result.calls().entryCreates()).isEqualTo(1);
    assertThat(result.outcome()).isEqualTo(RunOutcome.OUTCOME_UNKNOWN);
  }

  @Test
  void neverRepeatsACreateThatFailedRetryably() {
    Fixture f = Fixture.synced();
    Plan oneCreate = Plans.plan().create(1, "+49 511 800010").hash(NEW_HASH).build();
    f.faults.add(
        CallKind.CREATE_ENTRY,
        1,
        Faults.Timing.BEFORE,
        () -> new RemoteCallException("connection refused", 0, true, false, null, null));

    RunResult result = f.sync(ScriptedPlanner.of(oneCreate));

    assertThat(f.log.count(CallKind.CREATE_ENTRY)).isEqualTo(1);
    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
  }

  @Test
  void writesNothingMoreWhenTheCrmUpdateOutcomeIsUnknown() {
    Fixture f = Fixture.synced();
    f.faults.add(CallKind.UPDATE_RECORD, 1, Faults.Timing.AFTER, SyncEngineFailureTest::timeout);

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.OUTCOME_UNKNOWN);
    assertThat(f.log.count(CallKind.UPDATE_RECORD)).isEqualTo(1);
    assertThat(f.log.count(CallKind.CREATE_ENTRY)).isZero();
    assertThat(f.log.count(CallKind.UPDATE_ENTRY)).isZero();
  }

  @Test
  void writesNoEntryAndRecordsTheFailureWhenTheCrmRejectsTheUpdate() {
    Fixture f = Fixture.synced();
    f.faults.add(
        CallKind.UPDATE_RECORD,
        1,
        Faults.Timing.BEFORE,
        () ->
            new RejectedWriteException(
                "CRM record update refused", 400, "validation", "phoneNumber", "valid"));

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(f.party.writes()).isEmpty();
    assertThat(f.crm.updates()).hasSize(1);
    assertThat(f.crm.updates().get(0).emails()).isNull();
    assertThat(f.crm.record().emails()).containsExactly(OLD_EMAIL);
    assertThat(f.crm.record().state().errorMessage()).contains("status 400").contains("validation");
  }

  @Test
  void failsAndRecordsTheStatusWhenThePlannerThrows() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(
            (party, record, rules, options) -> {
              throw new IllegalStateException("planner bug +49 511 123456");
            });

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(result.reason()).isEqualTo("planning: an unexpected error (IllegalStateException)");
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void guardStopsTheRunAppliesNothingAndWritesFailed() {
    Fixture f = Fixture.synced();
    Plan tripped = Plans.plan().emails().blank(1, 1).guard(2, 2).hash(NEW_HASH).build();
    RecordingListener listener = new RecordingListener();

    RunResult result =
        f.engine(ScriptedPlanner.of(tripped), SyncOptions.defaults(), listener)
            .sync(Plans.PARTY, Plans.RECORD);

    assertThat(result.outcome()).isEqualTo(RunOutcome.GUARD_STOPPED);
    assertThat(result.reason()).contains("guard").contains("would remove 2 of 2 values");
    assertThat(f.party.writes()).isEmpty();
    assertThat(f.crm.updates()).hasSize(1);
    assertThat(f.crm.updates().get(0).emails()).isNull();
    assertThat(f.crm.updates().get(0).stateFields()).doesNotContain(SyncField.HASH);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
    assertThat(result.plan()).isEqualTo(tripped);
    assertThat(listener.events()).containsExactly("started", "planned", "failed");
  }

  @Test
  void forcedRunAppliesThePlanDespiteTheGuard() {
    Fixture f = Fixture.synced();
    Plan tripped = Plans.plan().emails(OLD_EMAIL).blank(1, 1).guard(2, 2).hash(NEW_HASH).build();

    RunResult result =
        f.sync(
            ScriptedPlanner.of(tripped, Plans.empty(NEW_HASH)),
            SyncOptions.builder().force(true).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.log.count(CallKind.UPDATE_ENTRY)).isEqualTo(1);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CLEAN);
  }

  @Test
  void marksTheRecordDeletedInThePartySystemAndRemovesNothing() {
    Fixture f = Fixture.synced();
    f.party.delete();

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.PARTY_DELETED);
    assertThat(result.plan()).isNull();
    assertThat(f.crm.updates()).hasSize(1);
    CrmChange change = f.crm.updates().get(0);
    assertThat(change.emails()).isNull();
    assertThat(change.phones()).isNull();
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.DELETED_IN_ADVOWARE);
    assertThat(f.crm.record().emails()).containsExactly(OLD_EMAIL);
  }

  @Test
  void writesNothingAgainForAPartyAlreadyMarkedDeleted() {
    Fixture f =
        Fixture.withState(
            new SyncState(
                SyncStatus.DELETED_IN_ADVOWARE,
                0,
                null,
                null,
                "party 4711 does not exist in the party system",
                Fixture.LAST_SYNC,
                "PARTY-ROW-1",
                Fixture.HASH));
    f.party.delete();

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.PARTY_DELETED);
    assertThat(f.crm.updates()).isEmpty();
  }

  @Test
  void stopsBeforeAnyWriteWhenTheCrmRecordIsMissing() {
    Fixture f = Fixture.synced();
    f.crm.delete();

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.RECORD_MISSING);
    assertThat(result.reason()).contains(Plans.RECORD).contains("nothing was written");
    assertThat(result.calls().writes()).isZero();
    assertThat(f.party.writes()).isEmpty();
  }

  @Test
  void failsWithoutWritingWhenTheCrmReadFails() {
    Fixture f = Fixture.synced();
    f.faults.add(
        CallKind.READ_RECORD,
        1,
        Faults.Timing.BEFORE,
        () -> new RemoteCallException("CRM read failed", 503, true, false, null, null));

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(result.calls().writes()).isZero();
  }

  @Test
  void recordsTheFailureWhenThePartyReadFails() {
    Fixture f = Fixture.synced();
    f.faults.add(
        CallKind.READ_PARTY,
        1,
        Faults.Timing.BEFORE,
        () -> new RemoteCallException("party read failed", 502, true, false, null, null));

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages()));

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(result.reason()).isEqualTo("reading the party: party read failed (status 502)");
    assertThat(f.party.writes()).isEmpty();
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void failsVerificationWhenAFreshPlanIsNotEmpty() {
    Fixture f = Fixture.synced();
    Plan leftover = Plans.plan().create(1, "+49 511 800011").hash(NEW_HASH).build();

    RunResult result = f.sync(ScriptedPlanner.of(valuesThenTwoStages(), leftover));

    assertThat(result.outcome()).isEqualTo(RunOutcome.VERIFICATION_FAILED);
    assertThat(result.reason()).contains("still holds 1 operations");
    assertThat(result.calls().partyReads()).isEqualTo(2);
    assertThat(result.calls().crmReads()).isEqualTo(2);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }

  @Test
  void failsVerificationWhenThePartyHashDiffersFromTheStoredOne() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(ScriptedPlanner.of(valuesThenTwoStages(), Plans.empty("7777777777777777")));

    assertThat(result.outcome()).isEqualTo(RunOutcome.VERIFICATION_FAILED);
    assertThat(result.reason()).contains("hash");
  }

  @Test
  void recordsTheMarkerVariantsOfAppliedWritesOnly() {
    Fixture f = Fixture.synced();
    Plan plan =
        Plans.plan()
            .update(1, 1, "+49 511 111111", Variant.VAR6_CHANGED_IN_PARTY_SYSTEM)
            .create(1, "+49 511 800012")
            .hash(NEW_HASH)
            .build();
    f.faults.add(CallKind.CREATE_ENTRY, 1, Faults.Timing.BEFORE, SyncEngineFailureTest::rejected);

    RunResult result = f.sync(ScriptedPlanner.of(plan), oneAtATime());

    assertThat(result.markersUpdated()).isEqualTo(1);
    assertThat(result.createdInPartySystem()).isZero();
    assertThat(result.errors()).hasSize(1);
  }

  @Test
  void reportsAWriteTheExecutorRefusedAsFailedNotUnknown() {
    Fixture f = Fixture.synced();
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool();
    Executor firstTaskOnly =
        task -> {
          if (tasks.incrementAndGet() > 1) {
            throw new RejectedExecutionException("full");
          }
          pool.execute(task);
        };
    SyncEngine engine =
        SyncEngine.builder()
            .partySystem(f.party)
            .crm(f.crm)
            .planFunction(ScriptedPlanner.of(valuesThenTwoStages()))
            .executor(firstTaskOnly)
            .build();

    RunResult result = engine.sync(Plans.PARTY, Plans.RECORD);
    pool.shutdown();

    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(result.reason()).contains("the executor refused the write");
    assertThat(f.party.writes()).isEmpty();
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.FAILED);
  }
}
