package de.kommsync.bench.batch;

import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.BatchSummary;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Pushes many parties through the {@link BatchRunner} (with a {@link PartySyncRunner} and the
 * in-memory lock) over {@link GeneratedSides} (no latency) and reports the heap: the live heap
 * after a full collection, sampled every 1,000 parties, and the peak the heap pools saw. Arguments:
 * the number of parties (default 10,000) and the concurrency (default 16). Run it with a fixed
 * {@code -Xmx} so runs of different sizes compare.
 */
public final class BatchHeap {

  private BatchHeap() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    GeneratedSides sides = new GeneratedSides(count);
    SyncOptions options = SyncOptions.builder().verify(false).build();
    long[] maxLive = {0};
    resetPeaks();
    long start = System.nanoTime();
    BatchSummary summary;
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(sides.partySystem())
            .crm(sides.crm())
            .options(options)
            .build()) {
      PartySyncRunner runner =
          PartySyncRunner.builder(new InMemoryPartyLock(), PartyRun.of(engine)).build();
      PartyRefs parties =
          new PartyRefs(
              count,
              n -> {
                if (n % 1_000 == 0) {
                  maxLive[0] = Math.max(maxLive[0], liveHeapAfterGc());
                }
              });
      summary = new BatchRunner(concurrency).runAll(parties, runner);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "parties %d, concurrency %d, synced %d, reads %d, writes %d, %.1f s (%.0f parties/s)%n"
            + "max live heap after GC (every 1,000 parties): %.1f MiB; final: %.1f MiB;"
            + " peak heap used: %.1f MiB%n",
        count,
        concurrency,
        summary.count(PartyOutcome.Disposition.SYNCED),
        sides.reads(),
        sides.writes(),
        seconds,
        count / seconds,
        maxLive[0] / 1048576.0,
        liveHeapAfterGc() / 1048576.0,
        peakHeap() / 1048576.0);
  }

  private static long liveHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
