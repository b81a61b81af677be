package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.NoSuchPartyException;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

  private static PartyRef ref(int i) {
    return new PartyRef("rec" + i, "p" + i);
  }

  /** An endless source of tasks that counts how many it has handed out. */
  private static final class Source implements Iterator<PartyTask> {
    final AtomicInteger handedOut = new AtomicInteger();
    private final int size;
    private final Function<PartyRef, PartyOutcome> work;

    Source(int size, Function<PartyRef, PartyOutcome> work) {
      this.size = size;
      this.work = work;
    }

    @Override
    public boolean hasNext() {
      return handedOut.get() < size;
    }

    @Override
    public PartyTask next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      PartyRef party = ref(handedOut.incrementAndGet());
      return new PartyTask(party, () -> work.apply(party));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void runsEveryTaskAndCountsTheDispositions() {
    Source source =
        new Source(
            6,
            p ->
                PartyOutcome.of(
                    p, p.recordId().endsWith("3") ? Disposition.BUSY : Disposition.SYNCED));

    BatchSummary summary = new BatchRunner(3).run(source);

    assertThat(summary.total()).isEqualTo(6);
    assertThat(summary.count(Disposition.SYNCED)).isEqualTo(5);
    assertThat(summary.count(Disposition.BUSY)).isEqualTo(1);
    assertThat(summary.stoppedEarly()).isFalse();
  }

  @Test
  void runsUpToTheConcurrencyAtOnceButNeverMore() {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    CountDownLatch firstThree = new CountDownLatch(3);
    Source source =
        new Source(
            12,
            p -> {
              maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
              firstThree.countDown();
              await(firstThree);
              inside.decrementAndGet();
              return PartyOutcome.of(p, Disposition.SYNCED);
            });

    BatchSummary summary = new BatchRunner(3).run(source);

    assertThat(summary.total()).isEqualTo(12);
    assertThat(maxInside.get()).isEqualTo(3);
  }

  @Test
  void takesFromTheSourceOnlyWhenAWorkerIsFree() {
    AtomicInteger finished = new AtomicInteger();
    List<Integer> aheadOfFinished = Collections.synchronizedList(new ArrayList<>());
    Source[] holder = new Source[1];
    holder[0] =
        new Source(
            20,
            p -> {
              aheadOfFinished.add(holder[0].handedOut.get() - finished.get());
              finished.incrementAndGet();
              return PartyOutcome.of(p, Disposition.SYNCED);
            });

    new BatchRunner(2).run(holder[0]);

    assertThat(aheadOfFinished).hasSize(20).allSatisfy(n -> assertThat(n).isBetween(1, 2));
  }

  @Test
  void turnsAThrowingTaskIntoAFailureAndGoesOn() {
    Source source =
        new Source(
            3,
            p -> {
              if (p.recordId().equals("rec2")) {
                throw new NoSuchPartyException("p2");
              }
              return PartyOutcome.of(p, Disposition.SYNCED);
            });
    List<PartyOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    BatchListener listener =
        new BatchListener() {
          @Override
          public void finished(PartyOutcome outcome, BatchProgress progress) {
            outcomes.add(outcome);
          }
        };

    BatchSummary summary = new BatchRunner(1, listener).run(source);

    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.count(Disposition.SYNCED)).isEqualTo(2);
    assertThat(outcomes)
        .contains(
            new PartyOutcome(
                ref(2),
                Disposition.FAILED,
                "NoSuchPartyException: party p2 does not exist in the party system"));
  }

  @Test
  void keepsTheMessageOfForeignExceptionsOutOfTheOutcome() {
    String described = BatchRunner.describe(new IllegalArgumentException("max@example.com"));

    assertThat(described)
        .isEqualTo("refused as malformed (an id or value the adapter does not accept)");
  }

  @Test
  void reportsStartAndEndOfEveryTaskWithConsistentProgress() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    BatchListener listener =
        new BatchListener() {
          @Override
          public void started(PartyRef party) {
            seen.add("start " + party.recordId());
          }

          @Override
          public void finished(PartyOutcome outcome, BatchProgress progress) {
            seen.add(
                "end "
                    + outcome.party().recordId()
                    + " "
                    + progress.finished()
                    + "/"
                    + progress.started()
                    + " in flight "
                    + progress.inFlight());
          }
        };

    new BatchRunner(1, listener).run(new Source(2, p -> PartyOutcome.of(p, Disposition.SYNCED)));

    assertThat(seen)
        .containsExactly(
            "start rec1", "end rec1 1/1 in flight 0", "start rec2", "end rec2 2/2 in flight 0");
  }

  @Test
  void survivesAListenerThatThrows() {
    BatchListener failing =
        new BatchListener() {
          @Override
          public void started(PartyRef party) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void finished(PartyOutcome outcome, BatchProgress progress) {
            throw new IllegalStateException("listener bug");
          }
        };

    BatchSummary summary =
        new BatchRunner(2, failing).run(new Source(4, p -> PartyOutcome.of(p, Disposition.SYNCED)));

    assertThat(summary.count(Disposition.SYNCED)).isEqualTo(4);
  }

  @Test
  void finishesTheTasksInFlightAndStartsNothingNewOnShutdown() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    Source source =
        new Source(
            1_000,
            p -> {
              bothInside.countDown();
              await(release);
              return PartyOutcome.of(p, Disposition.SYNCED);
            });
    BatchRunner runner = new BatchRunner(2);
    CompletableFuture<BatchSummary> batch = CompletableFuture.supplyAsync(() -> runner.run(source));
    await(bothInside);

    runner.shutdown();
    release.countDown();
    BatchSummary summary = batch.get(30, TimeUnit.SECONDS);

    assertThat(summary.stoppedEarly()).isTrue();
    assertThat(summary.count(Disposition.SYNCED)).isEqualTo(2);
    assertThat(source.handedOut.get()).isEqualTo(2);
    assertThat(runner.isShutdown()).isTrue();
  }

  @Test
  void rethrowsAFailingSourceAfterTheTasksInFlightEnded() {
    AtomicInteger finished = new AtomicInteger();
    Iterator<PartyTask> failing =
        new Iterator<>() {
          private int given;

          @Override
          public boolean hasNext() {
            if (given == 2) {
              throw new IllegalStateException("listing failed");
            }
            return true;
          }

          @Override
          public PartyTask next() {
            PartyRef party = ref(++given);
            return new PartyTask(
                party,
                () -> {
                  finished.incrementAndGet();
                  return PartyOutcome.of(party, Disposition.SYNCED);
                });
          }
        };

    assertThatThrownBy(() -> new BatchRunner(2).run(failing)).hasMessage("listing failed");

    assertThat(finished.get()).isEqualTo(2);
  }

  @Test
  void runsPartiesThroughARunnerUnderTheirLocks() {
    InMemoryPartyLock lock = new InMemoryPartyLock();
    List<String> runs = Collections.synchronizedList(new ArrayList<>());
    PartySyncRunner runner =
        PartySyncRunner.builder(
                lock,
                (partyId, recordId) -> {
                  runs.add(recordId + " " + lock.isHeld("kommsync:" + recordId));
                  return PartyOutcome.of(new PartyRef(recordId, partyId), Disposition.SYNCED);
                })
            .build();

    BatchSummary summary = new BatchRunner(2).runAll(List.of(ref(1), ref(2)).iterator(), runner);

    assertThat(summary.count(Disposition.SYNCED)).isEqualTo(2);
    assertThat(runs).containsExactlyInAnyOrder("rec1 true", "rec2 true");
  }
}
