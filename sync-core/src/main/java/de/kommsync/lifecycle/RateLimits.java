package de.kommsync.lifecycle;

import de.kommsync.RemoteCallException;

/** Waits for a permit and turns an interrupt into a call that was never sent. */
final class RateLimits {

  private RateLimits() {}

  static void await(TokenBucket bucket, String call) {
    try {
      bucket.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteCallException(
          "interrupted while waiting to send the " + call, 0, true, false, null, e);
    }
  }
}
