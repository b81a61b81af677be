package de.kommsync.lifecycle;

import de.kommsync.spi.PartyLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The default {@link PartyLock}: a lock per key inside this JVM. A lock whose TTL has passed on the
 * injected clock counts as free and can be taken over; releasing a lock that was taken over in the
 * meantime leaves the new holder's lock alone. For several hosts use a distributed lock instead
 * (module {@code sync-lock-shedlock}).
 *
 * <p>Thread-safe.
 */
public final class InMemoryPartyLock implements PartyLock {

  private final Clock clock;
  private final ConcurrentHashMap<String, Holder> holders = new ConcurrentHashMap<>();

  /** Creates a lock on the system UTC clock. */
  public InMemoryPartyLock() {
    this(Clock.systemUTC());
  }

  /**
   * Creates a lock on the given clock.
   *
   * @param clock the clock that decides when a lock has expired
   */
  public InMemoryPartyLock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Handle> tryAcquire(String key, Duration ttl) {
    Objects.requireNonNull(key, "key");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    Instant now = clock.instant();
    Holder mine = new Holder(now.plus(ttl));
    Holder winner =
        holders.compute(
            key, (k, current) -> current == null || current.expired(now) ? mine : current);
    return winner == mine ? Optional.of(new InMemoryHandle(key, mine)) : Optional.empty();
  }

  /**
   * Returns whether a key is held now: taken, not released and not expired.
   *
   * @param key the lock key
   * @return true while another acquire of the key would fail
   */
  public boolean isHeld(String key) {
    Holder holder = holders.get(key);
    return holder != null && !holder.expired(clock.instant());
  }

  /** One acquisition; compared by identity so a stale handle never releases a newer holder. */
  private static final class Holder {
    private final Instant expiresAt;

    Holder(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }

    boolean expired(Instant now) {
      return !now.isBefore(expiresAt);
    }
  }

  private final class InMemoryHandle implements Handle {
    private final String key;
    private final Holder holder;
    private final AtomicBoolean closed = new AtomicBoolean();

    InMemoryHandle(String key, Holder holder) {
      this.key = key;
      this.holder = holder;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        holders.remove(key, holder);
      }
    }
  }
}
