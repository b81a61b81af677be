package de.kommsync.bench.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * A fixed delay per request, slept by the calling thread before the request is answered.
 *
 * @param perRequest the delay; zero for none
 */
public record Latency(Duration perRequest) {

  /** No delay. */
  public static final Latency NONE = new Latency(Duration.ZERO);

  /** Checks the delay. */
  public Latency {
    Objects.requireNonNull(perRequest, "perRequest");
    if (perRequest.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** Returns a delay of the given milliseconds. */
  public static Latency ofMillis(long millis) {
    return new Latency(Duration.ofMillis(millis));
  }

  /** Sleeps the delay; restores the interrupt flag when interrupted. */
  public void pause() {
    if (perRequest.isZero()) {
      return;
    }
    try {
      Thread.sleep(perRequest.toMillis(), perRequest.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
