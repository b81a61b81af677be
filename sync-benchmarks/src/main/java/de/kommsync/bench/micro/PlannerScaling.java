package de.kommsync.bench.micro;

import de.kommsync.SyncOptions;
import de.kommsync.bench.data.SyntheticParty;
import de.kommsync.plan.Planner;
import java.util.Locale;

/**
 * Prints the planner's time per entry for parties of 5, 20, 100 and 1,000 entries as the minimum
 * over many repetitions, and the growth of the time per entry from 20 to 1,000 entries (target: at
 * most 2). The minimum is robust against other processes on a shared machine, where JMH's mean is
 * not. Argument: the milliseconds to spend per size and shape (default 3,000).
 */
public final class PlannerScaling {

  private static final int[] SIZES = {5, 20, 100, 1000};

  private PlannerScaling() {}

  /** Runs the measurement; see the class comment for the argument. */
  public static void main(String[] args) {
    long budgetNanos = (args.length > 0 ? Long.parseLong(args[0]) : 3_000) * 1_000_000;
    SyncOptions options = SyncOptions.defaults();
    System.out.println("| shape | µs/entry at 5 | at 20 | at 100 | at 1,000 | growth 20 → 1,000 |");
    System.out.println("|---|---|---|---|---|---|");
    for (SyntheticParty.Shape shape : SyntheticParty.Shape.values()) {
      double[] perEntry = new double[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        perEntry[i] =
            minNanos(SyntheticParty.of(SIZES[i], shape), options, budgetNanos) / 1e3 / SIZES[i];
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
          shape,
          perEntry[0],
          perEntry[1],
          perEntry[2],
          perEntry[3],
          perEntry[3] / perEntry[1]);
    }
  }

  private static long minNanos(SyntheticParty party, SyncOptions options, long budgetNanos) {
    long end = System.nanoTime() + budgetNanos;
    long best = Long.MAX_VALUE;
    int runs = 0;
    while (runs < 20 || System.nanoTime() < end) {
      long start = System.nanoTime();
      Planner.plan(party.party(), party.record(), party.rules(), options);
      best = Math.min(best, System.nanoTime() - start);
      runs++;
    }
    return best;
  }
}
