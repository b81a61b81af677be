package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmListRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class SchedulerTest {

  private static final PartyHasher HASHER =
      party ->
          party.entries().stream()
              .map(e -> e.valueOrEmpty() + "|" + e.remarkOrEmpty())
              .sorted()
              .collect(Collectors.joining(","));

  private final MutableClock clock = MutableClock.at("2026-06-01T10:00:00Z");
  private final CountingCrm crm = new CountingCrm(2);
  private final CountingPartySystem parties = new CountingPartySystem();
  private final InMemoryPartyLock lock = new InMemoryPartyLock(clock);
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final InMemoryCursorStore cursor = new InMemoryCursorStore();

  /** Stands in for the engine: records the run and writes what a successful run writes. */
  private final PartyRun engine =
      (partyId, recordId) -> {
        events.add("sync " + recordId);
        PartySnapshot party = parties.peek(partyId);
        SyncState clean =
            new SyncState(
                SyncStatus.CLEAN,
                0,
                null,
                null,
                null,
                clock.instant(),
                party.rowId(),
                HASHER.hash(party));
        crm.setState(recordId, clean, clock.instant().plusSeconds(1));
        return PartyOutcome.of(new PartyRef(recordId, partyId), Disposition.SYNCED);
      };

  private PartySyncRunner.Builder runner() {
    return PartySyncRunner.builder(lock, engine).clock(clock);
  }

  private Scheduler.Builder scheduler(PartySyncRunner runner) {
    return Scheduler.builder(crm, parties, runner, HASHER)
        .clock(clock)
        .cursorStore(cursor)
        .batchRunner(new BatchRunner(1));
  }

  private Scheduler scheduler() {
    return scheduler(runner().build()).build();
  }

  private static PartySnapshot party(String partyId, String rowId, String value) {
    PartyEntry entry = new PartyEntry(1, "e1", value, 0, "[ESPOCRM:x:1] note", false);
    return new PartySnapshot(partyId, rowId, null, Map.of(), List.of(entry));
  }

  private void record(String id, SyncState state, @Nullable Instant modifiedAt) {
    String partyId = "p" + id;
    parties.put(party(partyId, "row-1", "+49 511 " + id));
    crm.put(new CrmListRow(id, partyId, state, modifiedAt));
  }

  private static SyncState status(SyncStatus status) {
    return new SyncState(status, 0, null, null, null, null, null, null);
  }

  /** A record synced an hour ago whose stored hash matches its party as it is now. */
  private void settled(String id) {
    record(id, status(SyncStatus.DIRTY), null);
    Instant lastSync = clock.instant().minus(Duration.ofHours(1));
    PartySnapshot party = parties.peek("p" + id);
    SyncState clean =
        new SyncState(SyncStatus.CLEAN, 0, null, null, null, lastSync, "row-1", HASHER.hash(party));
    crm.setState(id, clean, lastSync.plusSeconds(2));
  }

  @Test
  void syncsEveryDueRecordPageByPage() {
    record("r1", status(SyncStatus.DIRTY), null);
    record("r2", status(SyncStatus.PENDING_SYNC), null);
    record("r3", status(SyncStatus.DIRTY), null);
    record("r4", status(SyncStatus.FAILED), null);
    record("r5", status(SyncStatus.DIRTY), null);

    CycleSummary summary = scheduler(runner().build()).revisitBudget(0).build().runCycle();

    assertThat(events).containsExactly("sync r1", "sync r2", "sync r3", "sync r4", "sync r5");
    assertThat(summary.due()).isEqualTo(5);
    assertThat(summary.batch().count(Disposition.SYNCED)).isEqualTo(5);
    assertThat(crm.dueLists.get()).isEqualTo(3);
  }

  @Test
  void retriesAFailedRecordOnlyOnceItsBackOffHasPassed() {
    SyncState failed =
        new SyncState(
            SyncStatus.FAILED,
            2,
            clock.instant().plusSeconds(300),
            null,
            "timeout",
            null,
            null,
            null);
    record("r1", failed, null);
    Scheduler scheduler = scheduler();

    CycleSummary early = scheduler.runCycle();
    clock.advance(Duration.ofSeconds(300));
    CycleSummary due = scheduler.runCycle();

    assertThat(early.due()).isZero();
    assertThat(due.due()).isEqualTo(1);
    assertThat(events).containsExactly("sync r1");
  }

  @Test
  void resetsAPermanentlyFailedRecordPastItsResetTimeUnderTheLockThenSyncsIt() {
    SyncState permanentlyFailed =
        new SyncState(
            SyncStatus.PERMANENTLY_FAILED,
            6,
            null,
            clock.instant().minusSeconds(1),
            "refused",
            null,
            null,
            null);
    record("r1", permanentlyFailed, null);
    PartyRun engineSeeingTheReset =
        (partyId, recordId) -> {
          SyncState now = crm.row(recordId).state();
          events.add(now.status() + " " + now.retryCount() + " " + now.autoResetAt());
          events.add("locked " + lock.isHeld("kommsync:" + recordId));
          return engine.run(partyId, recordId);
        };
    PartySyncRunner runner =
        PartySyncRunner.builder(lock, engineSeeingTheReset).clock(clock).build();

    CycleSummary summary = scheduler(runner).build().runCycle();

    assertThat(summary.resets()).isEqualTo(1);
    assertThat(crm.updates).containsExactly("r1 [STATUS, RETRY_COUNT, AUTO_RESET_AT]");
    assertThat(events).containsExactly("FAILED 0 null", "locked true", "sync r1");
  }

  @Test
  void keepsAPermanentlyFailedRecordUntilItsResetTime() {
    SyncState permanentlyFailed =
        new SyncState(
            SyncStatus.PERMANENTLY_FAILED,
            6,
            null,
            clock.instant().plusSeconds(60),
            "refused",
            null,
            null,
            null);
    record("r1", permanentlyFailed, null);
    Scheduler scheduler = scheduler();

    CycleSummary before = scheduler.runCycle();
    clock.advance(Duration.ofSeconds(60));
    CycleSummary at = scheduler.runCycle();

    assertThat(before.resets()).isZero();
    assertThat(at.resets()).isEqualTo(1);
    assertThat(events).containsExactly("sync r1");
  }

  @Test
  void asksForStaleSyncingRecordsByTheLockTtlAndTakesThemOver() {
    record("r1", status(SyncStatus.SYNCING), clock.instant().minusSeconds(120));
    record("r2", status(SyncStatus.SYNCING), clock.instant().minusSeconds(30));
    PartySyncRunner runner = runner().lockTtl(Duration.ofSeconds(60)).build();

    CycleSummary summary = scheduler(runner).revisitBudget(0).build().runCycle();

    assertThat(crm.staleBeforeSeen).containsExactly(clock.instant().minusSeconds(60));
    assertThat(summary.due()).isEqualTo(1);
    assertThat(events).containsExactly("sync r1");
  }

  @Test
  void revisitOfAnUnchangedPartyCostsOnePartyReadAndNothingElse() {
    settled("r1");
    Scheduler scheduler = scheduler();

    CycleSummary summary = scheduler.runCycle();

    assertThat(summary.revisited()).isEqualTo(1);
    assertThat(summary.batch().count(Disposition.UNCHANGED)).isEqualTo(1);
    assertThat(parties.reads).containsExactly("pr1");
    assertThat(crm.reads.get()).isZero();
    assertThat(crm.updates).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void revisitSyncsAPartyWhoseEntriesChangedBehindTheCrmsBack() {
    settled("r1");
    parties.put(party("pr1", "row-1", "+49 511 999999"));

    CycleSummary summary = scheduler().runCycle();

    assertThat(summary.batch().count(Disposition.SYNCED)).isEqualTo(1);
    assertThat(events).containsExactly("sync r1");
  }

  @Test
  void revisitSyncsARecordChangedInTheCrmWithoutReadingTheParty() {
    settled("r1");
    CrmListRow row = crm.row("r1");
    crm.setState("r1", row.state(), row.state().lastSync().plusSeconds(60));

    scheduler().runCycle();

    assertThat(events).containsExactly("sync r1");
    assertThat(parties.reads).isEmpty();
  }

  @Test
  void revisitTakesTheRunsOwnUpdateWithinTheToleranceAsNoCrmChange() {
    settled("r1");
    CrmListRow row = crm.row("r1");
    crm.setState("r1", row.state(), row.state().lastSync().plusSeconds(10));

    CycleSummary summary = scheduler().runCycle();

    assertThat(summary.batch().count(Disposition.UNCHANGED)).isEqualTo(1);
  }

  @Test
  void revisitSyncsAPartyDeletedInThePartySystemSoTheRunCanRecordIt() {
    settled("r1");
    List<String> runs = new ArrayList<>();
    PartySyncRunner runner =
        PartySyncRunner.builder(
                lock,
                (p, r) -> {
                  runs.add(r);
                  return PartyOutcome.of(new PartyRef(r, p), Disposition.PARTY_DELETED);
                })
            .clock(clock)
            .build();
    parties.remove("pr1");

    CycleSummary summary = scheduler(runner).build().runCycle();

    assertThat(runs).containsExactly("r1");
    assertThat(summary.batch().count(Disposition.PARTY_DELETED)).isEqualTo(1);
  }

  @Test
  void revisitSyncsARowIdChangeOnlyWhenAMasterDataStepIsPlugged() {
    settled("r1");
    settled("r2");
    parties.put(party("pr1", "row-2", "+49 511 r1"));
    parties.put(party("pr2", "row-2", "+49 511 r2"));
    List<String> masterData = new ArrayList<>();
    PartySyncRunner withStep =
        runner()
            .masterDataStep(
                context -> {
                  masterData.add(context.party().recordId());
                  return MasterDataResult.proceed();
                })
            .build();

    CycleSummary without = scheduler(runner().build()).revisitBudget(1).build().runCycle();
    CycleSummary with = scheduler(withStep).revisitBudget(1).build().runCycle();

    assertThat(without.batch().count(Disposition.UNCHANGED)).isEqualTo(1);
    assertThat(with.batch().count(Disposition.SYNCED)).isEqualTo(1);
    assertThat(masterData).containsExactly("r2");
  }

  @Test
  void walksSettledRecordsRoundRobinWithinTheBudget() {
    for (int i = 0; i < 10; i++) {
      settled("r" + i);
    }
    Scheduler scheduler = scheduler(runner().build()).revisitBudget(4).build();
    List<List<String>> perCycle = new ArrayList<>();

    for (int cycle = 0; cycle < 3; cycle++) {
      parties.reads.clear();
      scheduler.runCycle();
      perCycle.add(List.copyOf(parties.reads));
    }

    assertThat(perCycle)
        .containsExactly(
            List.of("pr0", "pr1", "pr2", "pr3"),
            List.of("pr4", "pr5", "pr6", "pr7"),
            List.of("pr8", "pr9", "pr0", "pr1"));
    assertThat(cursor.load()).contains("r1");
  }

  @Test
  void revisitsEachSettledRecordOnceWhenTheBudgetExceedsThem() {
    settled("r1");
    settled("r2");
    settled("r3");
    cursor.save("r2");

    CycleSummary summary = scheduler(runner().build()).revisitBudget(50).build().runCycle();

    assertThat(parties.reads).containsExactly("pr3", "pr1", "pr2");
    assertThat(summary.revisited()).isEqualTo(3);
    assertThat(cursor.load()).contains("r2");
  }

  @Test
  void startsOverAfterAPassThatReachedTheEnd() {
    settled("r1");
    settled("r2");

    scheduler(runner().build()).revisitBudget(50).build().runCycle();

    assertThat(parties.reads).containsExactly("pr1", "pr2");
    assertThat(cursor.load()).isEmpty();
    assertThat(crm.settledLists.get()).isEqualTo(1);
  }

  @Test
  void doesNotListSettledRecordsWithAZeroBudget() {
    settled("r1");

    scheduler(runner().build()).revisitBudget(0).build().runCycle();

    assertThat(crm.settledLists.get()).isZero();
    assertThat(parties.reads).isEmpty();
  }

  @Test
  void doesNotReadAgainARecordSyncedEarlierInTheSameCycle() {
    record("r1", status(SyncStatus.DIRTY), null);

    CycleSummary summary = scheduler().runCycle();

    assertThat(events).containsExactly("sync r1");
    assertThat(summary.revisited()).isEqualTo(1);
    assertThat(summary.batch().count(Disposition.UNCHANGED)).isEqualTo(1);
    assertThat(parties.reads).isEmpty();
  }

  @Test
  void goesOnWithTheCycleWhenOnePartyFails() {
    record("r1", status(SyncStatus.DIRTY), null);
    record("r2", status(SyncStatus.DIRTY), null);
    PartySyncRunner runner =
        PartySyncRunner.builder(
                lock,
                (p, r) -> {
                  if (r.equals("r1")) {
                    throw new IllegalStateException("boom");
                  }
                  return engine.run(p, r);
                })
            .clock(clock)
            .build();

    CycleSummary summary = scheduler(runner).revisitBudget(0).build().runCycle();

    assertThat(summary.batch().failed()).isEqualTo(1);
    assertThat(summary.batch().count(Disposition.SYNCED)).isEqualTo(1);
    assertThat(lock.isHeld("kommsync:r1")).isFalse();
  }

  @Test
  void carriesTheCycleNumberIntoTheMdcOfTheWorkers() {
    record("r1", status(SyncStatus.DIRTY), null);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    PartySyncRunner runner =
        PartySyncRunner.builder(
                lock,
                (p, r) -> {
                  seen.add(MDC.get(MdcKeys.CYCLE) + " " + Thread.currentThread().getName());
                  return engine.run(p, r);
                })
            .clock(clock)
            .build();
    Scheduler scheduler = scheduler(runner).build();

    scheduler.runCycle();
    record("r2", status(SyncStatus.DIRTY), null);
    scheduler.runCycle();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).startsWith("1 kommsync-batch-");
    assertThat(seen.get(1)).startsWith("2 kommsync-batch-");
    assertThat(MDC.get(MdcKeys.CYCLE)).isNull();
  }

  @Test
  void leavesTheCursorWhereItWasWhenShutDownBeforeTheRevisits() {
    record("r1", status(SyncStatus.DIRTY), null);
    settled("r2");
    cursor.save("r0");
    Scheduler[] holder = new Scheduler[1];
    BatchRunner stopping =
        new BatchRunner(
            1,
            new BatchListener() {
              @Override
              public void finished(PartyOutcome outcome, BatchProgress progress) {
                holder[0].shutdown();
              }
            });
    holder[0] = scheduler(runner().build()).batchRunner(stopping).build();

    CycleSummary summary = holder[0].runCycle();

    assertThat(summary.batch().stoppedEarly()).isTrue();
    assertThat(summary.revisited()).isZero();
    assertThat(cursor.load()).contains("r0");
  }
}
