package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.CallKind;
import de.kommsync.doubles.CallLog;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.RecordingListener;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Variant;
import de.kommsync.spi.CrmChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The executor's order of calls, its single CRM update and its call budget (SPEC section 9). */
class SyncEngineApplyTest {

  private static final CrmValue NEW_EMAIL = CrmValue.email("anna@example.org", false, false, false);
  private static final CrmValue OLD_EMAIL = CrmValue.email("max@example.com", true, false, false);

  private static Plan valuesAndEntries() {
    return Plans.plan()
        .emails(OLD_EMAIL, NEW_EMAIL)
        .update(1, 1, "+49 511 111111", Variant.VAR4_NEW_IN_PARTY_SYSTEM)
        .create(1, "+49 511 222222")
        .hash("1111111111111111")
        .build();
  }

  @Test
  void sendsTheCrmUpdateBeforeAnyEntryWrite() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")));

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    int updateEnd = f.log.ends(CallKind.UPDATE_RECORD).get(0).seq();
    assertThat(f.log.starts(CallKind.CREATE_ENTRY)).allMatch(e -> e.seq() > updateEnd);
    assertThat(f.log.starts(CallKind.UPDATE_ENTRY)).allMatch(e -> e.seq() > updateEnd);
  }

  @Test
  void carriesValuesAndTheWholeSyncStateInOneUpdate() {
    Fixture f = Fixture.synced();
    f.party.rowId("PARTY-ROW-2");

    f.sync(ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")));

    assertThat(f.crm.updates()).hasSize(1);
    CrmChange change = f.crm.updates().get(0);
    assertThat(change.emails()).containsExactly(OLD_EMAIL, NEW_EMAIL);
    assertThat(change.phones()).isNull();
    assertThat(change.stateFields())
        .containsExactlyInAnyOrder(SyncField.HASH, SyncField.LAST_SYNC, SyncField.PARTY_ROW_ID);
    assertThat(change.state().hash()).isEqualTo("1111111111111111");
    assertThat(change.state().lastSync()).isEqualTo(Fixture.NOW_SECOND);
    assertThat(change.state().partyRowId()).isEqualTo("PARTY-ROW-2");
    assertThat(f.crm.expectedVersions()).containsExactly(Optional.of(7L));
  }

  @Test
  void writesStatusAndClearsRetryFieldsWhenAFailedPartySucceeds() {
    Fixture f = Fixture.withState(Fixture.state(SyncStatus.FAILED, 2, Fixture.LAST_SYNC));

    RunResult result = f.sync(ScriptedPlanner.of(Plans.empty(Fixture.HASH)));

    assertThat(f.crm.updates()).hasSize(1);
    CrmChange change = f.crm.updates().get(0);
    assertThat(change.emails()).isNull();
    assertThat(change.stateFields())
        .containsExactlyInAnyOrder(
            SyncField.STATUS,
            SyncField.RETRY_COUNT,
            SyncField.NEXT_RETRY,
            SyncField.ERROR_MESSAGE,
            SyncField.LAST_SYNC);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CLEAN);
    assertThat(f.crm.record().state().retryCount()).isZero();
    assertThat(f.crm.record().state().nextRetry()).isNull();
    assertThat(f.crm.record().state().errorMessage()).isNull();
    assertThat(result.statusWritten()).isEqualTo(SyncStatus.CLEAN);
  }

  @Test
  void writesNothingWhenNothingChanges() {
    Fixture f = Fixture.synced();

    RunResult result = f.sync(ScriptedPlanner.of(Plans.empty(Fixture.HASH)));

    assertThat(result.outcome()).isEqualTo(RunOutcome.NOTHING_TO_DO);
    assertThat(f.crm.updates()).isEmpty();
    assertThat(f.party.writes()).isEmpty();
    assertThat(result.calls()).isEqualTo(new ApiCalls(1, 1, 0, 0, 0));
    assertThat(result.statusWritten()).isNull();
  }

  @Test
  void sendsNoCrmUpdateWhenOnlyEntriesChangeAndTheStateStaysTheSame() {
    Fixture f = Fixture.synced();
    Plan markerOnly =
        Plans.plan().update(1, 1, "+49 511 111111", Variant.MATCHED).hash(Fixture.HASH).build();

    RunResult result = f.sync(ScriptedPlanner.of(markerOnly, Plans.empty(Fixture.HASH)));

    assertThat(f.crm.updates()).isEmpty();
    assertThat(f.log.count(CallKind.UPDATE_ENTRY)).isEqualTo(1);
    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
  }

  @Test
  void startsStageTwoOnlyAfterEveryStageOneWriteEnded() {
    Fixture f = Fixture.synced();
    Plan moves =
        Plans.plan()
            .create(1, "+49 511 333333")
            .blank(1, 2)
            .create(1, "+49 511 444444")
            .update(1000, 2, "+49 511 555555", Variant.MOVED)
            .hash("2222222222222222")
            .build();

    RunResult result = f.sync(ScriptedPlanner.of(moves, Plans.empty("2222222222222222")));

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    int lastStageOneEnd =
        f.log.ends(CallKind.CREATE_ENTRY).stream().mapToInt(CallLog.Event::seq).max().orElseThrow();
    assertThat(f.log.starts(CallKind.UPDATE_ENTRY))
        .hasSize(2)
        .allMatch(e -> e.seq() > lastStageOneEnd);
  }

  @Test
  void countsCallsPerKindIncludingTheVerification() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")));

    assertThat(result.calls()).isEqualTo(new ApiCalls(2, 2, 1, 1, 1));
    assertThat(f.log.count(CallKind.READ_PARTY)).isEqualTo(2);
    assertThat(f.log.count(CallKind.READ_RECORD)).isEqualTo(2);
  }

  @Test
  void reportsAppliedOperationsAndVariantCounts() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")));

    assertThat(result.applied()).hasSize(3);
    assertThat(result.applied().get(0)).isInstanceOf(CrmWrite.class);
    assertThat(result.entryOperationCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Variant.VAR4_NEW_IN_PARTY_SYSTEM, 1, Variant.VAR1_NEW_IN_CRM, 1));
    assertThat(result.crmChangeCounts()).containsEntry(Variant.VAR4_NEW_IN_PARTY_SYSTEM, 2);
    assertThat(result.emailsSyncedToCrm()).isEqualTo(2);
    assertThat(result.markersUpdated()).isEqualTo(1);
    assertThat(result.createdInPartySystem()).isEqualTo(1);
    assertThat(result.totalChanges()).isEqualTo(3);
  }

  @Test
  void skipsVerificationWhenItIsOff() {
    Fixture f = Fixture.synced();

    RunResult result =
        f.sync(ScriptedPlanner.of(valuesAndEntries()), SyncOptions.builder().verify(false).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(result.calls()).isEqualTo(new ApiCalls(1, 1, 1, 1, 1));
  }

  @Test
  void tellsTheListenerEveryEventInOrder() {
    Fixture f = Fixture.synced();
    RecordingListener listener = new RecordingListener();
    SyncEngine engine =
        f.engine(
            ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")),
            SyncOptions.defaults(),
            listener);

    engine.sync(Plans.PARTY, Plans.RECORD);

    assertThat(listener.events())
        .containsExactly("started", "planned", "applied", "applied", "applied", "finished");
    assertThat(listener.applied().get(0)).isInstanceOf(CrmWrite.class);
  }

  @Test
  void keepsRunningWhenTheListenerThrows() {
    Fixture f = Fixture.synced();
    SyncListener broken =
        new SyncListener() {
          @Override
          public void planned(Plan plan) {
            throw new IllegalStateException("listener bug");
          }
        };
    SyncEngine engine =
        f.engine(
            ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")),
            SyncOptions.defaults(),
            broken);

    RunResult result = engine.sync(Plans.PARTY, Plans.RECORD);

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.party.writes()).hasSize(2);
  }

  @Test
  void putsBothIdsIntoTheMdcDuringCallsAndRestoresItAfter() {
    Fixture f = Fixture.synced();
    AtomicReference<Map<String, String>> seenInRead = new AtomicReference<>();
    AtomicReference<Map<String, String>> seenInWrite = new AtomicReference<>();
    f.party.onCall(
        CallKind.READ_PARTY, () -> seenInRead.compareAndSet(null, MDC.getCopyOfContextMap()));
    f.party.onCall(CallKind.CREATE_ENTRY, () -> seenInWrite.set(MDC.getCopyOfContextMap()));
    MDC.put("host", "kept");

    try {
      f.sync(ScriptedPlanner.of(valuesAndEntries(), Plans.empty("1111111111111111")));

      assertThat(seenInRead.get())
          .containsEntry(SyncEngine.MDC_PARTY_ID, Plans.PARTY)
          .containsEntry(SyncEngine.MDC_RECORD_ID, Plans.RECORD);
      assertThat(seenInWrite.get()).containsEntry(SyncEngine.MDC_PARTY_ID, Plans.PARTY);
      assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("host", "kept"));
    } finally {
      MDC.clear();
    }
  }

  @Test
  void dryRunPlansFromTheSameInputsAsTheRunAndWritesNothing() {
    Fixture f = Fixture.synced();
    ScriptedPlanner planner = ScriptedPlanner.of(valuesAndEntries());
    SyncEngine engine = f.engine(planner, SyncOptions.builder().verify(false).build());

    Plan dry = engine.plan(Plans.PARTY, Plans.RECORD);
    List<CrmChange> updatesAfterDryRun = f.crm.updates();
    int entryWritesAfterDryRun = f.party.writes().size();
    RunResult result = engine.sync(Plans.PARTY, Plans.RECORD);

    assertThat(updatesAfterDryRun).isEmpty();
    assertThat(entryWritesAfterDryRun).isZero();
    assertThat(planner.calls()).hasSize(2);
    assertThat(planner.calls().get(1)).isEqualTo(planner.calls().get(0));
    assertThat(result.plan()).isEqualTo(dry);
  }

  @Test
  void passesThePhoneListOnlyWhenThePlanChangesIt() {
    Fixture f = Fixture.synced();
    CrmValue phone = CrmValue.phone("+49511999999", PhoneType.MOBILE, true, false, false);
    Plan plan = Plans.plan().phones(phone).hash("3333333333333333").build();

    f.sync(ScriptedPlanner.of(plan, Plans.empty("3333333333333333")));

    assertThat(f.crm.updates().get(0).phones()).containsExactly(phone);
    assertThat(f.crm.updates().get(0).emails()).isNull();
    assertThat(f.crm.record().phones()).containsExactly(phone);
  }
}
