package de.kommsync.bench.scenario;

import de.kommsync.SyncOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs every {@link Scenario} with a fixed latency per request, by the engine (without and with
 * verification, with a write parallelism of 4 and with the default 32) and by the earlier pattern,
 * and prints a Markdown table of calls, round trips and wall-clock times next to the minimal
 * budget.
 *
 * <p>Arguments: the latency in milliseconds (default 20), the repetitions per variant (default 5)
 * and the world ({@code http}, the default, or {@code memory}; see {@link WorldFactory}). Call and
 * round-trip counts are deterministic; times are mean ± standard deviation.
 */
public final class ScenarioBenchmark {

  private ScenarioBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) {
    // the JDK's HttpServer (behind the fake servers) leaves Nagle's algorithm on unless told;
    // a response written in two segments then waits for the client's delayed ACK (about 40 ms)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    long latencyMillis = args.length > 0 ? Long.parseLong(args[0]) : 20;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    WorldFactory worlds = WorldFactory.named(args.length > 2 ? args[2] : "http");
    Latency latency = Latency.ofMillis(latencyMillis);
    try (World probe = worlds.create(latency, true)) {
      System.out.println(
          "Latency "
              + latencyMillis
              + " ms per request, "
              + repetitions
              + " runs per variant; "
              + probe.description()
              + ".");
    }
    System.out.println();
    System.out.println(
        "| scenario | budget calls / RT | engine calls | ratio | engine RT (p=4 / p=32 default)"
            + " | with verify calls / RT | earlier calls | ratio | earlier RT"
            + " | engine ms | earlier ms | time ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Scenario scenario : Scenario.all()) {
      System.out.println(row(scenario, worlds, latency, repetitions));
    }
  }

  private static String row(
      Scenario scenario, WorldFactory worlds, Latency latency, int repetitions) {
    try (World world = worlds.create(latency, scenario.optimisticConcurrency())) {
      return row(scenario, new ScenarioRunner(world), repetitions);
    }
  }

  private static String row(Scenario scenario, ScenarioRunner runner, int repetitions) {
    SyncOptions wide = SyncOptions.builder().verify(false).build();
    SyncOptions plain = wide.toBuilder().partyWriteParallelism(4).build();
    SyncOptions verified = SyncOptions.defaults();
    List<Measurement> engine = repeat(repetitions, () -> runner.engine(scenario, plain));
    List<Measurement> engineWide = repeat(repetitions, () -> runner.engine(scenario, wide));
    List<Measurement> engineVerified = repeat(repetitions, () -> runner.engine(scenario, verified));
    List<Measurement> legacy = repeat(repetitions, () -> runner.legacy(scenario, plain));
    Budget budget = scenario.budget();
    double engineMean = Stats.meanMillis(engine);
    double legacyMean = Stats.meanMillis(legacy);
    return String.format(
        Locale.ROOT,
        "| %s | %d / %d | %s | %.2f | %s / %s | %s / %s | %s | %.2f | %s | %s | %s | %.1f |",
        scenario.name(),
        budget.calls(),
        budget.roundTrips(),
        Stats.calls(engine),
        Stats.meanCalls(engine) / budget.calls(),
        Stats.roundTrips(engine),
        Stats.roundTrips(engineWide),
        Stats.calls(engineVerified),
        Stats.roundTrips(engineVerified),
        Stats.calls(legacy),
        Stats.meanCalls(legacy) / budget.calls(),
        Stats.roundTrips(legacy),
        Stats.millis(engine),
        Stats.millis(legacy),
        legacyMean / engineMean);
  }

  private static List<Measurement> repeat(int times, Supplier<Measurement> run) {
    List<Measurement> all = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      all.add(run.get());
    }
    return all;
  }
}
