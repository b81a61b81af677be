package de.kommsync.bench.micro;

import de.kommsync.SyncOptions;
import de.kommsync.bench.data.SyntheticParty;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Planner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures classification and planning of one party with 5 to 1,000 entries: in sync (the
 * classification and the matching alone), with a fifth of the entries changed on each side, and a
 * first sync. Divide the score by {@code entries} for the time per entry; it must not grow by more
 * than a factor 2 from 20 to 1,000 entries.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PlannerBenchmark {

  /** The number of entries of the party. */
  @Param({"5", "20", "100", "1000"})
  public int entries;

  /** How the two sides relate. */
  @Param({"IN_SYNC", "CHANGED", "FIRST_SYNC"})
  public SyntheticParty.Shape shape;

  private final SyncOptions options = SyncOptions.defaults();
  private SyntheticParty party = SyntheticParty.of(1, SyntheticParty.Shape.IN_SYNC);

  /** Builds the party once per trial. */
  @Setup(Level.Trial)
  public void build() {
    party = SyntheticParty.of(entries, shape);
  }

  /** Classifies the entries and plans the run. */
  @Benchmark
  public Plan plan() {
    return Planner.plan(party.party(), party.record(), party.rules(), options);
  }
}
