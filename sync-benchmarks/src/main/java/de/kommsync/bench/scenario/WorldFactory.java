package de.kommsync.bench.scenario;

/** Creates the {@link World} a scenario runs in. */
@FunctionalInterface
public interface WorldFactory {

  /**
   * Creates a world.
   *
   * @param latency the delay per request
   * @param optimisticConcurrency whether the CRM checks record versions
   * @return the world; the caller closes it
   */
  World create(Latency latency, boolean optimisticConcurrency);

  /** Returns the factory named on the command line: {@code http} (default) or {@code memory}. */
  static WorldFactory named(String name) {
    return switch (name) {
      case "http" -> World::overHttp;
      case "memory" -> World::inMemory;
      default -> throw new IllegalArgumentException("unknown world: " + name);
    };
  }
}
