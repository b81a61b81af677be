package de.kommsync.bench.scenario;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import java.util.Objects;

/** Runs one scenario once, by the engine or by the earlier pattern, and measures the run. */
public final class ScenarioRunner {

  private final World world;

  /** Creates a runner over a world. */
  public ScenarioRunner(World world) {
    this.world = Objects.requireNonNull(world, "world");
  }

  /**
   * Prepares a fresh pair for the scenario and syncs it with the engine.
   *
   * @param scenario the scenario
   * @param options the run's options
   * @return the measurement
   * @throws IllegalStateException when the run did not succeed
   */
  public Measurement engine(Scenario scenario, SyncOptions options) {
    Pair pair = scenario.prepare().apply(world);
    try (SyncEngine engine = world.measuredEngine(options)) {
      world.trackedCrm().rules();
      world.tracker().reset();
      long start = System.nanoTime();
      RunResult result = engine.sync(pair.partyId(), pair.recordId());
      long wall = System.nanoTime() - start;
      if (result.outcome() != RunOutcome.SUCCESS && result.outcome() != RunOutcome.NOTHING_TO_DO) {
        throw new IllegalStateException(
            scenario.name() + ": run ended " + result.outcome() + ": " + result.reason());
      }
      return new Measurement(world.tracker().total(), world.tracker().roundTrips(), wall);
    }
  }

  /**
   * Prepares a fresh pair for the scenario and syncs it with the earlier implementation's pattern.
   *
   * @param scenario the scenario
   * @param options the options of the plan the emulation applies
   * @return the measurement
   */
  public Measurement legacy(Scenario scenario, SyncOptions options) {
    Pair pair = scenario.prepare().apply(world);
    LegacyPattern legacy =
        new LegacyPattern(world.trackedPartySystem(), world.trackedCrm(), options);
    world.trackedCrm().rules();
    world.tracker().reset();
    long start = System.nanoTime();
    legacy.run(pair.partyId(), pair.recordId());
    long wall = System.nanoTime() - start;
    return new Measurement(world.tracker().total(), world.tracker().roundTrips(), wall);
  }
}
