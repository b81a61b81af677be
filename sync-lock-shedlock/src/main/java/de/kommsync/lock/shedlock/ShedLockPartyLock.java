package de.kommsync.lock.shedlock;

import de.kommsync.spi.PartyLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PartyLock} over any ShedLock {@link LockProvider}, so that several host instances
 * sharing one lock store never run the same party at once. The lock key is the ShedLock lock name
 * (at most 64 characters in ShedLock's default JDBC table; the runner's keys are the prefix {@code
 * kommsync:} and the CRM record id). The TTL is ShedLock's {@code lockAtMostFor}; {@code
 * lockAtLeastFor} is zero, so a released lock is free at once.
 *
 * <p>A handle closed after its TTL has passed does not unlock: the lock has expired and may belong
 * to another holder by then, and ShedLock's storage providers unlock by name without checking the
 * holder. The times come from ShedLock's {@link ClockProvider} unless a clock is given; use the
 * clock the provider compares against.
 *
 * <p>Thread-safe when the provider is (ShedLock's providers are).
 */
public final class ShedLockPartyLock implements PartyLock {

  private static final Logger LOG = LoggerFactory.getLogger(ShedLockPartyLock.class);

  private final LockProvider provider;
  private final Clock clock;

  /**
   * Creates a lock on ShedLock's own clock.
   *
   * @param provider the lock provider, shared by all host instances through its store
   */
  public ShedLockPartyLock(LockProvider provider) {
    this(provider, new ShedLockClock());
  }

  /**
   * Creates a lock on a given clock.
   *
   * @param provider the lock provider, shared by all host instances through its store
   * @param clock the clock for the lock's creation time and for its expiry on release
   */
  public ShedLockPartyLock(LockProvider provider, Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * {@inheritDoc}
   *
   * @throws LockStoreException when the provider fails to answer
   */
  @Override
  public Optional<Handle> tryAcquire(String key, Duration ttl) {
    Objects.requireNonNull(key, "key");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    Instant createdAt = clock.instant();
    LockConfiguration configuration = new LockConfiguration(createdAt, key, ttl, Duration.ZERO);
    Optional<SimpleLock> lock;
    try {
      lock = provider.lock(configuration);
    } catch (RuntimeException e) {
      throw new LockStoreException(key, e);
    }
    return lock.map(held -> new ShedLockHandle(key, held, createdAt.plus(ttl)));
  }

  private final class ShedLockHandle implements Handle {
    private final String key;
    private final SimpleLock lock;
    private final Instant expiresAt;
    private final AtomicBoolean closed = new AtomicBoolean();

    ShedLockHandle(String key, SimpleLock lock, Instant expiresAt) {
      this.key = key;
      this.lock = lock;
      this.expiresAt = expiresAt;
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      if (!clock.instant().isBefore(expiresAt)) {
        LOG.warn("lock {} outlived its TTL; not unlocking a lock that may have a new holder", key);
        return;
      }
      try {
        lock.unlock();
      } catch (RuntimeException e) {
        LOG.warn("unlocking {} failed; the lock expires with its TTL", key, e);
      }
    }
  }

  /** ShedLock's global clock as a {@link Clock}. */
  private static final class ShedLockClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("ShedLock's clock is UTC");
    }

    @Override
    public Instant instant() {
      return ClockProvider.now();
    }
  }
}
