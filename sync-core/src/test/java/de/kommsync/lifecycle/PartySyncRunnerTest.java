package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmListRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class PartySyncRunnerTest {

  private static final PartyRef PARTY = new PartyRef("rec00000000000001", "4711");

  private final MutableClock clock = MutableClock.at("2026-06-01T10:00:00Z");
  private final InMemoryPartyLock lock = new InMemoryPartyLock(clock);
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  private PartyRun recordingRun() {
    return (partyId, recordId) -> {
      events.add("sync " + partyId + " locked=" + lock.isHeld("kommsync:" + recordId));
      return PartyOutcome.of(new PartyRef(recordId, partyId), Disposition.SYNCED);
    };
  }

  private PartySyncRunner.Builder runner(PartyRun run) {
    return PartySyncRunner.builder(lock, run).clock(clock);
  }

  private static CrmListRow row(SyncStatus status, @Nullable Instant modifiedAt) {
    SyncState state = new SyncState(status, 0, null, null, null, null, null, null);
    return new CrmListRow(PARTY.recordId(), PARTY.partyId(), state, modifiedAt);
  }

  @Test
  void runsTheSyncUnderTheLockAndReleasesItAfterwards() {
    PartySyncRunner runner = runner(recordingRun()).build();

    PartyOutcome outcome = runner.run(PARTY);

    assertThat(outcome.disposition()).isEqualTo(Disposition.SYNCED);
    assertThat(events).containsExactly("sync 4711 locked=true");
    assertThat(lock.isHeld(runner.lockKey(PARTY.recordId()))).isFalse();
  }

  @Test
  void releasesTheLockWhenTheSyncThrows() {
    PartySyncRunner runner =
        runner(
                (p, r) -> {
                  throw new IllegalStateException("boom");
                })
            .build();

    assertThatThrownBy(() -> runner.run(PARTY)).isInstanceOf(IllegalStateException.class);

    assertThat(lock.isHeld(runner.lockKey(PARTY.recordId()))).isFalse();
  }

  @Test
  void skipsTheSyncAndReleasesTheLockWhenTheMasterDataStepThrows() {
    PartySyncRunner runner =
        runner(recordingRun())
            .masterDataStep(
                context -> {
                  throw new IllegalStateException("master data failed");
                })
            .build();

    assertThatThrownBy(() -> runner.run(PARTY)).hasMessage("master data failed");

    assertThat(events).isEmpty();
    assertThat(lock.isHeld(runner.lockKey(PARTY.recordId()))).isFalse();
  }

  @Test
  void reportsBusyAndRunsNothingWhileAnotherHolderHasTheLock() {
    PartySyncRunner runner = runner(recordingRun()).build();
    lock.tryAcquire(runner.lockKey(PARTY.recordId()), Duration.ofSeconds(300));

    PartyOutcome outcome = runner.run(PARTY);

    assertThat(outcome.disposition()).isEqualTo(Disposition.BUSY);
    assertThat(events).isEmpty();
  }

  @Test
  void runsTheMasterDataStepFirstUnderTheSameLock() {
    PartySyncRunner runner =
        runner(recordingRun())
            .masterDataStep(
                context -> {
                  events.add("master " + lock.isHeld("kommsync:" + context.party().recordId()));
                  return MasterDataResult.proceed();
                })
            .build();

    runner.run(PARTY);

    assertThat(events).containsExactly("master true", "sync 4711 locked=true");
  }

  @Test
  void handsTheMasterDataStepTheClockTimeAndTheComparison() {
    ChangeComparison comparison =
        new ChangeComparison(Duration.ofSeconds(3), ChangeComparison.DEFAULT_PARTY_ZONE);
    List<MasterDataContext> seen = new ArrayList<>();
    PartySyncRunner runner =
        runner(recordingRun())
            .comparison(comparison)
            .masterDataStep(
                context -> {
                  seen.add(context);
                  return MasterDataResult.proceed();
                })
            .build();

    runner.run(PARTY);

    assertThat(seen).containsExactly(new MasterDataContext(PARTY, clock.instant(), comparison));
  }

  @Test
  void syncsThePartyTheMasterDataStepLinked() {
    PartySyncRunner runner =
        runner(recordingRun())
            .masterDataStep(context -> MasterDataResult.proceedWith("9000"))
            .build();

    PartyOutcome outcome = runner.run(new PartyRef(PARTY.recordId(), null));

    assertThat(outcome.disposition()).isEqualTo(Disposition.SYNCED);
    assertThat(events).containsExactly("sync 9000 locked=true");
  }

  @Test
  void skipsTheSyncWhenTheMasterDataStepStops() {
    PartySyncRunner runner =
        runner(recordingRun())
            .masterDataStep(context -> MasterDataResult.stop("awaiting review"))
            .build();

    PartyOutcome outcome = runner.run(PARTY);

    assertThat(outcome).isEqualTo(new PartyOutcome(PARTY, Disposition.SKIPPED, "awaiting review"));
    assertThat(events).isEmpty();
  }

  @Test
  void skipsARecordNotLinkedToAParty() {
    PartySyncRunner runner = runner(recordingRun()).build();

    PartyOutcome outcome = runner.run(new PartyRef(PARTY.recordId(), null));

    assertThat(outcome.disposition()).isEqualTo(Disposition.SKIPPED);
    assertThat(events).isEmpty();
  }

  @Test
  void putsTheIdsIntoTheMdcForTheWholeTurnAndRemovesThemAfterwards() {
    List<String> mdc = new ArrayList<>();
    PartySyncRunner runner =
        runner(
                (p, r) -> {
                  mdc.add("sync " + MDC.get(MdcKeys.RECORD_ID) + "/" + MDC.get(MdcKeys.PARTY_ID));
                  return PartyOutcome.of(PARTY, Disposition.SYNCED);
                })
            .masterDataStep(
                context -> {
                  mdc.add("master " + MDC.get(MdcKeys.RECORD_ID) + "/" + MDC.get(MdcKeys.PARTY_ID));
                  return MasterDataResult.proceed();
                })
            .build();

    runner.run(PARTY);

    assertThat(mdc).containsExactly("master rec00000000000001/4711", "sync rec00000000000001/4711");
    assertThat(MDC.get(MdcKeys.RECORD_ID)).isNull();
    assertThat(MDC.get(MdcKeys.PARTY_ID)).isNull();
  }

  @Test
  void leavesAFreshSyncingStatusAlone() {
    PartySyncRunner runner = runner(recordingRun()).build();
    Instant startedBy299SecondsAgo = clock.instant().minusSeconds(299);

    PartyOutcome outcome = runner.run(row(SyncStatus.SYNCING, startedBy299SecondsAgo));

    assertThat(outcome.disposition()).isEqualTo(Disposition.BUSY);
    assertThat(events).isEmpty();
  }

  @Test
  void takesOverASyncingStatusOlderThanTheLockTtl() {
    PartySyncRunner runner = runner(recordingRun()).build();
    Instant startedByTtlAgo = clock.instant().minus(PartySyncRunner.DEFAULT_LOCK_TTL);

    PartyOutcome outcome = runner.run(row(SyncStatus.SYNCING, startedByTtlAgo));

    assertThat(outcome.disposition()).isEqualTo(Disposition.SYNCED);
    assertThat(events).containsExactly("sync 4711 locked=true");
  }

  @Test
  void measuresStalenessAgainstAConfiguredTtl() {
    PartySyncRunner runner = runner(recordingRun()).lockTtl(Duration.ofSeconds(60)).build();

    PartyOutcome outcome = runner.run(row(SyncStatus.SYNCING, clock.instant().minusSeconds(61)));

    assertThat(outcome.disposition()).isEqualTo(Disposition.SYNCED);
  }

  @Test
  void runsARowOfAnyOtherStatus() {
    PartySyncRunner runner = runner(recordingRun()).build();

    PartyOutcome outcome = runner.run(row(SyncStatus.DIRTY, clock.instant()));

    assertThat(outcome.disposition()).isEqualTo(Disposition.SYNCED);
  }

  @Test
  void letsASecondTurnTakeOverWhenTheFirstOutlivesItsTtl() {
    List<Disposition> inner = new ArrayList<>();
    PartySyncRunner[] holder = new PartySyncRunner[1];
    AtomicBoolean firstTurn = new AtomicBoolean(true);
    PartyRun slowFirst =
        (p, r) -> {
          if (firstTurn.getAndSet(false)) {
            clock.advance(PartySyncRunner.DEFAULT_LOCK_TTL);
            inner.add(holder[0].run(PARTY).disposition());
          }
          return PartyOutcome.of(PARTY, Disposition.SYNCED);
        };
    holder[0] = runner(slowFirst).build();

    holder[0].run(PARTY);

    assertThat(inner).containsExactly(Disposition.SYNCED);
  }

  @Test
  void refusesTheSecondOfTwoConcurrentTurnsOfOneParty() throws Exception {
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    PartySyncRunner runner =
        runner(
                (p, r) -> {
                  firstInside.countDown();
                  await(releaseFirst);
                  return PartyOutcome.of(PARTY, Disposition.SYNCED);
                })
            .build();
    CompletableFuture<PartyOutcome> first = CompletableFuture.supplyAsync(() -> runner.run(PARTY));
    assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();

    PartyOutcome second = runner.run(PARTY);
    releaseFirst.countDown();

    assertThat(second.disposition()).isEqualTo(Disposition.BUSY);
    assertThat(first.get(30, TimeUnit.SECONDS).disposition()).isEqualTo(Disposition.SYNCED);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
