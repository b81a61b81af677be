package de.kommsync.bench.scenario;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** Summaries of repeated measurements for the report. */
final class Stats {

  private Stats() {}

  /** Returns the calls: one number when all runs agree, else the range. */
  static String calls(List<Measurement> runs) {
    return range(runs, Measurement::calls);
  }

  /** Returns the round trips: one number when all runs agree, else the range. */
  static String roundTrips(List<Measurement> runs) {
    return range(runs, Measurement::roundTrips);
  }

  /** Returns the mean number of calls. */
  static double meanCalls(List<Measurement> runs) {
    return runs.stream().mapToInt(Measurement::calls).average().orElse(0);
  }

  /** Returns the mean wall-clock time in milliseconds. */
  static double meanMillis(List<Measurement> runs) {
    return runs.stream().mapToDouble(m -> m.wallNanos() / 1e6).average().orElse(0);
  }

  /** Returns the wall-clock time as mean ± standard deviation, in milliseconds. */
  static String millis(List<Measurement> runs) {
    double mean = meanMillis(runs);
    double variance =
        runs.stream().mapToDouble(m -> Math.pow(m.wallNanos() / 1e6 - mean, 2)).sum()
            / Math.max(1, runs.size() - 1);
    return String.format(Locale.ROOT, "%.1f ± %.1f", mean, Math.sqrt(variance));
  }

  private static String range(List<Measurement> runs, ToIntFunction<Measurement> value) {
    int min = runs.stream().mapToInt(value).min().orElse(0);
    int max = runs.stream().mapToInt(value).max().orElse(0);
    return min == max ? Integer.toString(min) : min + "–" + max;
  }
}
