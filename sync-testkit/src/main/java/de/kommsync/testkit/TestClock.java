package de.kommsync.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that stands still until told to move. Thread-safe.
 *
 * <p>The simulations stamp {@code modifiedAt} and {@code geaendertAm} from their clock; a test
 * moves the clock between writes to see times move, as on a real server.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a UTC clock standing at the given instant. */
  public static TestClock at(Instant start) {
    return new TestClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** Moves the clock forward (or back, for a negative amount). */
  public void advance(Duration amount) {
    now.updateAndGet(time -> time.plus(amount));
  }

  /** Sets the clock to an instant. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock sharing this clock's time in another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
