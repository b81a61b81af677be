package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncListener;
import de.kommsync.lifecycle.BatchListener;
import de.kommsync.lifecycle.BatchProgress;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.CycleSummary;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyHasher;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.lifecycle.PartyRef;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import de.kommsync.lifecycle.Scheduler;
import de.kommsync.model.CrmValue;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle on the product fakes with the real engine and planner: the scheduler's cycles over
 * the sample data set, the revisit's cost, a party-system change no webhook reports, and the retry,
 * permanent failure and auto-reset path on an injected clock.
 */
class LifecycleWithFakesTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final AdvowareSimulation advowareSimulation = AdvowareSimulation.builder().build();
  private final EspoCrmSimulation espoSimulation = EspoCrmSimulation.builder().clock(clock).build();
  private final InMemoryAdvoware advoware = new InMemoryAdvoware(advowareSimulation);
  private final InMemoryEspoCrm espo = new InMemoryEspoCrm(espoSimulation);
  private final SyncEngine engine =
      SyncEngine.builder().partySystem(advoware).crm(espo).clock(clock).build();
  private final List<PartyOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final Scheduler scheduler = scheduler();

  private Scheduler scheduler() {
    PartySyncRunner runner =
        PartySyncRunner.builder(new InMemoryPartyLock(clock), PartyRun.of(engine))
            .clock(clock)
            .build();
    BatchListener collecting =
        new BatchListener() {
          @Override
          public void finished(PartyOutcome outcome, BatchProgress progress) {
            outcomes.add(outcome);
          }
        };
    return Scheduler.builder(espo, advoware, runner, PartyHasher.of(espo, engine.options()))
        .clock(clock)
        .batchRunner(new BatchRunner(2, collecting))
        .build();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  private CycleSummary cycle() {
    outcomes.clear();
    advoware.resetCalls();
    espo.resetCalls();
    return scheduler.runCycle();
  }

  private Map<CallKind, Integer> calls() {
    Map<CallKind, Integer> calls = new EnumMap<>(CallKind.class);
    for (CallKind kind : CallKind.values()) {
      calls.put(kind, advoware.calls(kind) + espo.calls(kind));
    }
    return calls;
  }

  private SyncState state(String recordId) {
    return espo.record(recordId).state();
  }

  @Test
  void convergesOnTheSampleSetAndThenRevisitsEachPartyForOnePartyRead() {
    SampleParties.loadAll(advowareSimulation, espoSimulation);

    CycleSummary first = cycle();
    clock.advance(Duration.ofSeconds(30));
    CycleSummary second = cycle();

    assertThat(first.batch().failed()).isZero();
    assertThat(first.batch().count(Disposition.SYNCED)).isPositive();
    assertThat(second.due()).isZero();
    assertThat(second.revisited()).isPositive();
    assertThat(second.batch().count(Disposition.UNCHANGED)).isEqualTo(second.revisited());
    assertThat(calls())
        .containsEntry(CallKind.PARTY_READ, second.revisited())
        .containsEntry(CallKind.CRM_READ, 0)
        .containsEntry(CallKind.CRM_UPDATE, 0)
        .containsEntry(CallKind.ENTRY_CREATE, 0)
        .containsEntry(CallKind.ENTRY_UPDATE, 0);
  }

  @Test
  void picksUpAPartySystemChangeThatNoWebhookReports() {
    SampleParties.loadAll(advowareSimulation, espoSimulation);
    cycle();
    clock.advance(Duration.ofMinutes(15));
    advoware.setValue("200102", 2001021, "030 9999999");

    CycleSummary summary = cycle();

    assertThat(outcomes)
        .filteredOn(o -> o.party().recordId().equals("6c0000000000a0102"))
        .extracting(PartyOutcome::disposition)
        .containsExactly(Disposition.SYNCED);
    assertThat(summary.batch().count(Disposition.SYNCED)).isEqualTo(1);
    assertThat(espo.record("6c0000000000a0102").phones())
        .extracting(CrmValue::value)
        .contains("+49309999999")
        .doesNotContain("+49304455667");
  }

  @Test
  void backsOffFailsPermanentlyAndIsResetAfterADayToSyncAgain() {
    SampleParties.named("failed-retry").loadInto(advowareSimulation, espoSimulation);
    String record = "6c0000000000a0116";
    clock.set(Instant.parse("2026-12-04T16:00:00Z"));
    advoware.setFaults(new FaultPlan().failBefore(call -> call.kind() == CallKind.PARTY_READ));
    List<String> transitions = new ArrayList<>();

    for (int failure = 3; failure <= 6; failure++) {
      cycle();
      SyncState state = state(record);
      transitions.add(state.status() + " " + state.retryCount());
      Instant next = state.nextRetry() != null ? state.nextRetry() : state.autoResetAt();
      clock.set(next.minusSeconds(1));
      assertThat(cycle().due()).isZero();
      clock.set(next);
    }
    advoware.setFaults(new FaultPlan());
    CycleSummary reset = cycle();

    assertThat(transitions)
        .containsExactly("FAILED 3", "FAILED 4", "FAILED 5", "PERMANENTLY_FAILED 6");
    assertThat(reset.resets()).isEqualTo(1);
    assertThat(reset.batch().count(Disposition.SYNCED)).isEqualTo(1);
    assertThat(state(record).status()).isEqualTo(SyncStatus.CLEAN);
    assertThat(state(record).retryCount()).isZero();
  }

  @Test
  void startsTheBackOffAnewWhenTheFirstRunAfterTheResetFails() {
    SampleParties.named("failed-retry").loadInto(advowareSimulation, espoSimulation);
    String record = "6c0000000000a0116";
    clock.set(Instant.parse("2026-12-04T16:00:00Z"));
    advoware.setFaults(new FaultPlan().failBefore(call -> call.kind() == CallKind.PARTY_READ));
    while (state(record).status() != SyncStatus.PERMANENTLY_FAILED) {
      cycle();
      if (state(record).nextRetry() != null) {
        clock.set(state(record).nextRetry());
      }
    }
    clock.set(state(record).autoResetAt());

    CycleSummary reset = cycle();

    assertThat(reset.resets()).isEqualTo(1);
    assertThat(state(record).status()).isEqualTo(SyncStatus.FAILED);
    assertThat(state(record).retryCount()).isEqualTo(1);
    assertThat(state(record).nextRetry()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
  }

  @Test
  void recordsAPartyDeletedInThePartySystem() {
    SampleParties.named("in-sync").loadInto(advowareSimulation, espoSimulation);
    advowareSimulation.deleteParty(200102);

    CycleSummary summary = cycle();

    assertThat(summary.batch().count(Disposition.PARTY_DELETED)).isEqualTo(1);
    assertThat(outcomes.get(0).runResult()).isPresent();
    assertThat(state("6c0000000000a0102").status()).isEqualTo(SyncStatus.DELETED_IN_ADVOWARE);
  }

  @Test
  void twoEnginesSharingOneLockNeverRunTheSamePartyAtOnce() throws Exception {
    SampleParties.named("in-sync").loadInto(advowareSimulation, espoSimulation);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    SyncListener overlap =
        new SyncListener() {
          @Override
          public void started(String partyId, String recordId) {
            runs.incrementAndGet();
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          }

          @Override
          public void finished(RunResult result) {
            inside.decrementAndGet();
          }

          @Override
          public void failed(RunResult result) {
            inside.decrementAndGet();
          }
        };
    InMemoryPartyLock shared = new InMemoryPartyLock();
    List<SyncEngine> engines = new ArrayList<>();
    List<PartySyncRunner> hosts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      SyncEngine host =
          SyncEngine.builder()
              .partySystem(advoware)
              .crm(espo)
              .clock(clock)
              .listener(overlap)
              .build();
      engines.add(host);
      hosts.add(PartySyncRunner.builder(shared, PartyRun.of(host)).build());
    }

    List<Disposition> seen = hammer(hosts, new PartyRef("6c0000000000a0102", "200102"));
    engines.forEach(SyncEngine::close);

    assertThat(maxInside.get()).isEqualTo(1);
    assertThat(runs.get()).isPositive();
    assertThat(seen).containsOnly(Disposition.SYNCED, Disposition.BUSY);
  }

  /** Lets three threads per host run the same party many times at once. */
  private static List<Disposition> hammer(List<PartySyncRunner> hosts, PartyRef party)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(hosts.size() * 3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Disposition>>> futures = new ArrayList<>();
    for (PartySyncRunner host : hosts) {
      for (int t = 0; t < 3; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Disposition> mine = new ArrayList<>();
                  for (int i = 0; i < 40; i++) {
                    mine.add(host.run(party).disposition());
                  }
                  return mine;
                }));
      }
    }
    start.countDown();
    List<Disposition> all = new ArrayList<>();
    for (Future<List<Disposition>> future : futures) {
      all.addAll(future.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    return all;
  }
}
