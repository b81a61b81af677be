package de.kommsync.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * A lock that lets one run per party proceed at a time. A lock expires after its TTL, so a crashed
 * holder cannot block a party for ever. Implementations must be safe for use by several threads.
 */
public interface PartyLock {

  /**
   * Tries to take the lock for a key without waiting.
   *
   * @param key the party's lock key
   * @param ttl how long the lock holds at most, positive
   * @return a handle to release it, or empty when another holder has it
   */
  Optional<Handle> tryAcquire(String key, Duration ttl);

  /** A held lock; closing it releases the lock. Closing twice has no further effect. */
  interface Handle extends AutoCloseable {
    @Override
    void close();
  }
}
