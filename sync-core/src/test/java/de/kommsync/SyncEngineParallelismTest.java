package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.CallKind;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.plan.Plan;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The two reads run at the same time; entry writes of one stage run in parallel, never more at once
 * than the option allows. The waits below only keep a broken engine from hanging the build: no
 * assertion depends on timing.
 */
class SyncEngineParallelismTest {

  @Test
  void issuesBothReadsAtTheSameTime() {
    Fixture f = Fixture.synced();
    CountDownLatch recordReadStarted = new CountDownLatch(1);
    AtomicBoolean overlapped = new AtomicBoolean();
    f.crm.onCall(CallKind.READ_RECORD, recordReadStarted::countDown);
    f.party.onCall(CallKind.READ_PARTY, () -> overlapped.set(await(recordReadStarted)));

    RunResult result = f.sync(ScriptedPlanner.of(Plans.empty(Fixture.HASH)));

    assertThat(overlapped).isTrue();
    assertThat(result.outcome()).isEqualTo(RunOutcome.NOTHING_TO_DO);
  }

  @Test
  void keepsAtMostTheConfiguredNumberOfWritesInFlight() {
    Fixture f = Fixture.synced();
    Plans builder = Plans.plan().hash("4444444444444444");
    for (int i = 0; i < 7; i++) {
      builder.create(1, "+49 511 60000" + i);
    }
    Plan plan = builder.build();
    f.party.onCall(CallKind.CREATE_ENTRY, () -> waitUntilInFlight(f, 3, 7));

    RunResult result =
        f.sync(
            ScriptedPlanner.of(plan, Plans.empty("4444444444444444")),
            SyncOptions.builder().partyWriteParallelism(3).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.party.writes()).hasSize(7);
    assertThat(f.party.maxInFlight()).isEqualTo(3);
  }

  @Test
  void writesOneAtATimeWhenParallelismIsOne() {
    Fixture f = Fixture.synced();
    Plan plan =
        Plans.plan()
            .create(1, "+49 511 700001")
            .create(1, "+49 511 700002")
            .create(1, "+49 511 700003")
            .hash("5555555555555555")
            .build();
    f.party.onCall(CallKind.CREATE_ENTRY, () -> waitBrieflyForAnOverlap(f));

    f.sync(
        ScriptedPlanner.of(plan, Plans.empty("5555555555555555")),
        SyncOptions.builder().partyWriteParallelism(1).build());

    assertThat(f.party.maxInFlight()).isEqualTo(1);
    assertThat(f.party.writes()).hasSize(3);
  }

  /**
   * Waits, bounded, until the wanted number of writes is in flight, or all that are left of the
   * total: so a correct engine never waits for the bound.
   */
  private static void waitUntilInFlight(Fixture f, int wanted, int total) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      int left = total - f.log.ends(CallKind.CREATE_ENTRY).size();
      if (f.party.inFlight() >= Math.min(wanted, left)) {
        return;
      }
      Thread.onSpinWait();
    }
  }

  /**
   * Gives a second write a short chance to start while this one is in flight. An engine that
   * overlaps writes is caught on a normal machine; a correct one just waits the short time.
   */
  private static void waitBrieflyForAnOverlap(Fixture f) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
    while (f.party.inFlight() < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void runsOnAFixedPoolOfItsOwnWhenGivenAThreadCount() {
    Fixture f = Fixture.synced();
    SyncEngine engine =
        SyncEngine.builder()
            .partySystem(f.party)
            .crm(f.crm)
            .planFunction(
                ScriptedPlanner.of(
                    Plans.plan().create(1, "+49 511 700009").hash("5555555555555555").build(),
                    Plans.empty("5555555555555555")))
            .ioThreads(1)
            .build();

    RunResult result = engine.sync(Plans.PARTY, Plans.RECORD);
    engine.close();

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.log.starts(CallKind.CREATE_ENTRY))
        .allMatch(e -> e.thread().startsWith("kommsync-io-"));
  }
}
