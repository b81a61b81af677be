package de.kommsync.bench.batch;

import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Syncs a stream of parties with at most {@code concurrency} runs at once, taking the next party
 * only when a run has finished, so neither the queue nor the results grow with the number of
 * parties: each result goes to a sink and is dropped.
 */
public final class BoundedBatch {

  /**
   * A party to sync.
   *
   * @param partyId the party id
   * @param recordId the CRM record id
   */
  public record Ref(String partyId, String recordId) {}

  private final SyncEngine engine;
  private final int concurrency;

  /** Creates a batch over an engine. */
  public BoundedBatch(SyncEngine engine, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be 1 or more");
    }
    this.engine = Objects.requireNonNull(engine, "engine");
    this.concurrency = concurrency;
  }

  /**
   * Syncs every party the iterator yields and waits for the last run.
   *
   * @param parties the parties, taken lazily
   * @param sink receives each result, on the thread that ran it
   * @param afterEach called on the calling thread after each party was handed out, with its count
   */
  public void run(Iterator<Ref> parties, Consumer<RunResult> sink, Consumer<Long> afterEach) {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    Semaphore slots = new Semaphore(concurrency);
    long handedOut = 0;
    try {
      while (parties.hasNext()) {
        Ref ref = parties.next();
        slots.acquireUninterruptibly();
        pool.execute(
            () -> {
              try {
                sink.accept(engine.sync(ref.partyId(), ref.recordId()));
              } finally {
                slots.release();
              }
            });
        afterEach.accept(++handedOut);
      }
      slots.acquireUninterruptibly(concurrency);
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
