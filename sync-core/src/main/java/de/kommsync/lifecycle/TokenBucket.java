package de.kommsync.lifecycle;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket that limits the rate of requests to one system: it holds up to {@code burst}
 * permits, refills at {@code permitsPerSecond}, and makes a caller wait when it is empty. Waiting
 * callers reserve their permit first, so they are served in the order they asked, each one interval
 * after the previous.
 *
 * <p>Thread-safe. Share one bucket among everything that calls the same system.
 */
public final class TokenBucket {

  /** Sleeps for a number of nanoseconds; replaceable in tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final double permitsPerNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double tokens;
  private long lastRefill;

  /**
   * Creates a full bucket on the system's monotonic clock.
   *
   * @param permitsPerSecond the sustained rate, positive
   * @param burst how many permits may be taken at once after a pause, at least 1
   */
  public TokenBucket(double permitsPerSecond, int burst) {
    this(permitsPerSecond, burst, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  TokenBucket(double permitsPerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException("permitsPerSecond must be positive and finite");
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1");
    }
    this.permitsPerNano = permitsPerSecond / TimeUnit.SECONDS.toNanos(1);
    this.burst = burst;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.tokens = burst;
    this.lastRefill = nanoTime.getAsLong();
  }

  /**
   * Takes one permit, waiting as long as needed.
   *
   * @throws InterruptedException when the thread is interrupted while it waits; the permit it
   *     reserved is used up
   */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      sleeper.sleepNanos(wait);
    }
  }

  /** Takes a permit now or reserves the next free one; returns how long to wait for it. */
  synchronized long reserve() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(burst, tokens + (now - lastRefill) * permitsPerNano);
    lastRefill = now;
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / permitsPerNano);
  }
}
