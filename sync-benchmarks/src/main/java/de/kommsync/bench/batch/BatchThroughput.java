package de.kommsync.bench.batch;

import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.bench.scenario.CallTracker;
import de.kommsync.bench.scenario.Latency;
import de.kommsync.bench.scenario.TrackedCrm;
import de.kommsync.bench.scenario.TrackedPartySystem;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.BatchSummary;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import java.util.Locale;

/**
 * Syncs 1,000 parties through the {@link BatchRunner} over {@link GeneratedSides} behind a fixed
 * latency per call at concurrency 1, 4 and 16 and compares the throughput with the latency-bound
 * limit {@code concurrency / (round trips x latency)}. Every run reads both sides, updates the CRM
 * and writes three entries in parallel: three round trips. Arguments: the latency in milliseconds
 * (default 20), the number of parties (default 1,000) and the repetitions per concurrency (default
 * 3).
 */
public final class BatchThroughput {

  /** The round trips of each run: the reads, the CRM update, the entry writes. */
  static final int ROUND_TRIPS = 3;

  private BatchThroughput() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) {
    long latencyMillis = args.length > 0 ? Long.parseLong(args[0]) : 20;
    int parties = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf(
        Locale.ROOT,
        "%d parties, latency %d ms per call, %d round trips per run, %d repetitions%n%n",
        parties,
        latencyMillis,
        ROUND_TRIPS,
        repetitions);
    System.out.println(
        "| concurrency | limit (parties/s) | measured (parties/s, mean ± sd) | share of limit |");
    System.out.println("|---|---|---|---|");
    for (int concurrency : new int[] {1, 4, 16}) {
      double limit = concurrency / (ROUND_TRIPS * latencyMillis / 1000.0);
      double[] rates = new double[repetitions];
      for (int i = 0; i < repetitions; i++) {
        rates[i] = rate(Latency.ofMillis(latencyMillis), parties, concurrency);
      }
      double mean = mean(rates);
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.1f ± %.1f | %.0f %% |%n",
          concurrency,
          limit,
          mean,
          sd(rates, mean),
          100 * mean / limit);
    }
  }

  /** Syncs the parties once and returns parties per second; fails when a run did not succeed. */
  static double rate(Latency latency, int parties, int concurrency) {
    GeneratedSides sides = new GeneratedSides(parties);
    CallTracker tracker = new CallTracker();
    long start = System.nanoTime();
    BatchSummary summary;
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(new TrackedPartySystem(sides.partySystem(), tracker, latency))
            .crm(new TrackedCrm(sides.crm(), tracker, latency))
            .options(SyncOptions.builder().verify(false).build())
            .build()) {
      PartySyncRunner runner =
          PartySyncRunner.builder(new InMemoryPartyLock(), PartyRun.of(engine)).build();
      summary = new BatchRunner(concurrency).runAll(new PartyRefs(parties, n -> {}), runner);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (summary.count(PartyOutcome.Disposition.SYNCED) != parties) {
      throw new IllegalStateException("not every run synced: " + summary.counts());
    }
    return parties / seconds;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double sd(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / Math.max(1, values.length - 1));
  }
}
