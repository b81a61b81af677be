package de.kommsync.lifecycle;

import de.kommsync.SyncException;
import de.kommsync.internal.Causes;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs many parties' tasks with bounded concurrency. The source is consumed lazily, one task at a
 * time and only when a worker is free, so a source that pages through the CRM never holds more than
 * a page and the tasks in flight in memory. Request-rate limits per system are the business of the
 * SPI wrappers {@link RateLimitedPartySystem} and {@link RateLimitedCrm} that the engine and
 * scheduler are built on.
 *
 * <p>{@link #shutdown()} stops a batch gracefully: the tasks in flight finish, nothing new starts,
 * and {@link #run} returns. A task that throws ends as {@link Disposition#FAILED}; the batch goes
 * on. The caller's MDC is copied to the workers.
 *
 * <p>Thread-safe; one runner may run one batch at a time per calling thread. Once shut down it
 * stays shut down.
 */
public final class BatchRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int concurrency;
  private final BatchListener listener;
  private volatile boolean shutdown;

  /**
   * Creates a runner without a listener.
   *
   * @param concurrency the most tasks in flight at once, at least 1
   */
  public BatchRunner(int concurrency) {
    this(concurrency, BatchListener.NONE);
  }

  /**
   * Creates a runner.
   *
   * @param concurrency the most tasks in flight at once, at least 1
   * @param listener receives progress
   */
  public BatchRunner(int concurrency, BatchListener listener) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.concurrency = concurrency;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Returns the most tasks in flight at once. */
  public int concurrency() {
    return concurrency;
  }

  /** Asks a running batch to stop gracefully; later batches start nothing. Returns at once. */
  public void shutdown() {
    shutdown = true;
  }

  /** Returns whether {@link #shutdown()} was called. */
  public boolean isShutdown() {
    return shutdown;
  }

  /**
   * Runs every party of a source through a runner.
   *
   * @param parties the parties, consumed lazily
   * @param runner the runner of one party's turn
   * @return the summary once every started task has ended
   */
  public BatchSummary runAll(Iterator<PartyRef> parties, PartySyncRunner runner) {
    return run(
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return parties.hasNext();
          }

          @Override
          public PartyTask next() {
            return PartyTask.of(parties.next(), runner);
          }
        });
  }

  /**
   * Runs tasks until the source runs out or the runner is shut down. Returns once every started
   * task has ended. An exception thrown by the source stops the batch and is rethrown after the
   * tasks in flight have ended.
   *
   * @param tasks the tasks, consumed lazily from the calling thread
   * @return the summary
   */
  public BatchSummary run(Iterator<PartyTask> tasks) {
    Tally tally = new Tally();
    Semaphore slots = new Semaphore(concurrency);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, threads());
    @Nullable Map<String, String> mdc = MDC.getCopyOfContextMap();
    boolean stoppedEarly = false;
    try {
      stoppedEarly = feed(tasks, slots, pool, tally, mdc);
    } finally {
      slots.acquireUninterruptibly(concurrency);
      pool.shutdown();
    }
    BatchSummary summary = tally.summary(stoppedEarly);
    LOG.info(
        "batch ended: {} part{}, {} failed{}",
        summary.total(),
        summary.total() == 1 ? "y" : "ies",
        summary.failed(),
        stoppedEarly ? ", stopped early" : "");
    return summary;
  }

  /** Hands out tasks while a slot is free; returns whether it stopped before the source ran out. */
  private boolean feed(
      Iterator<PartyTask> tasks,
      Semaphore slots,
      ExecutorService pool,
      Tally tally,
      @Nullable Map<String, String> mdc) {
    while (true) {
      if (!takeSlot(slots)) {
        return true;
      }
      if (shutdown) {
        slots.release();
        return true;
      }
      PartyTask task;
      try {
        if (!tasks.hasNext()) {
          slots.release();
          return false;
        }
        task = tasks.next();
      } catch (RuntimeException e) {
        slots.release();
        throw e;
      }
      tally.started();
      notifyStarted(task.party());
      pool.execute(() -> work(task, slots, tally, mdc));
    }
  }

  private static boolean takeSlot(Semaphore slots) {
    try {
      slots.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void work(
      PartyTask task, Semaphore slots, Tally tally, @Nullable Map<String, String> mdc) {
    try {
      if (mdc != null) {
        MDC.setContextMap(mdc);
      }
      PartyOutcome outcome = outcomeOf(task);
      notifyFinished(outcome, tally.finished(outcome));
    } finally {
      MDC.clear();
      slots.release();
    }
  }

  private static PartyOutcome outcomeOf(PartyTask task) {
    try {
      return task.work().get();
    } catch (RuntimeException e) {
      String reason = describe(e);
      LOG.warn("record {} failed: {}", task.party().recordId(), reason);
      LOG.debug("failure of record {}", task.party().recordId(), e);
      return new PartyOutcome(task.party(), Disposition.FAILED, reason);
    }
  }

  /** Names an exception; only the library's own messages are free of values by contract. */
  static String describe(RuntimeException e) {
    return e instanceof SyncException && e.getMessage() != null
        ? e.getClass().getSimpleName() + ": " + e.getMessage()
        : Causes.inPlainWords(e);
  }

  private void notifyStarted(PartyRef party) {
    try {
      listener.started(party);
    } catch (RuntimeException e) {
      LOG.warn("batch listener failed on start of record {}", party.recordId(), e);
    }
  }

  private void notifyFinished(PartyOutcome outcome, BatchProgress progress) {
    try {
      listener.finished(outcome, progress);
    } catch (RuntimeException e) {
      LOG.warn("batch listener failed on end of record {}", outcome.party().recordId(), e);
    }
  }

  private static ThreadFactory threads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread =
          new Thread(runnable, "kommsync-batch-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The batch's counters; synchronized so progress snapshots are consistent. */
  private static final class Tally {
    private final EnumMap<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
    private int started;
    private int finished;

    synchronized void started() {
      started++;
    }

    synchronized BatchProgress finished(PartyOutcome outcome) {
      finished++;
      counts.merge(outcome.disposition(), 1, Integer::sum);
      return new BatchProgress(started, finished, counts.getOrDefault(Disposition.FAILED, 0));
    }

    synchronized BatchSummary summary(boolean stoppedEarly) {
      return new BatchSummary(counts, stoppedEarly);
    }
  }
}
