package de.kommsync.retry;

import de.kommsync.RemoteCallException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How an adapter retries a call that failed on a transient fault: at most {@code maxAttempts}
 * attempts, waiting {@code baseDelay × multiplier^(n-1)} before retry n, spread by ± {@code jitter}
 * and capped at {@code maxDelay}. A server's {@code Retry-After} hint ({@link
 * RemoteCallException#retryAfter()}) is a lower bound for the wait; a hint longer than {@code
 * maxDelay} ends the retries, so the caller can reschedule instead of blocking a thread.
 *
 * <p>Only a {@link RemoteCallException} that is {@linkplain RemoteCallException#retryable()
 * retryable} and whose {@linkplain RemoteCallException#outcomeUnknown() outcome is known} is
 * retried: a call that may have taken effect is never repeated blindly. The adapter decides which
 * faults are transient (for HTTP: connect errors, 429, 502, 503, 504).
 *
 * @param maxAttempts the most attempts in total, 1 (no retry) or more
 * @param baseDelay the wait before the first retry, not negative
 * @param multiplier the factor by which the wait grows per retry, 1 or more
 * @param jitter the share by which a wait is spread at random, 0 (none) to 1
 * @param maxDelay the longest wait, at least {@code baseDelay}
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, double multiplier, double jitter, Duration maxDelay) {

  /** Checks the arguments. */
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more");
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
    }
    if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a finite number >= 1");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must lie in [0, 1]");
    }
  }

  /**
   * Returns the default policy: 4 attempts, 500 ms before the first retry, doubling, ± 50 % jitter,
   * at most 30 s between attempts.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(30));
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
  }

  /**
   * Returns whether a failure may be retried under this policy (attempts left aside): a retryable
   * {@link RemoteCallException} with a known outcome whose {@code Retry-After} hint, if any, is not
   * longer than {@code maxDelay}.
   *
   * @param failure what the call threw
   * @return true when a retry may help and is safe
   */
  public boolean shouldRetry(Throwable failure) {
    if (!(failure instanceof RemoteCallException remote)) {
      return false;
    }
    if (!remote.retryable() || remote.outcomeUnknown()) {
      return false;
    }
    return remote.retryAfter().map(wait -> wait.compareTo(maxDelay) <= 0).orElse(true);
  }

  /**
   * Builds a resilience4j {@link Retry} that follows this policy. The retry is thread-safe and can
   * wrap any number of calls; it sleeps on the calling thread between attempts.
   *
   * @param name the retry's name, for resilience4j's events and metrics
   * @return a new retry
   */
  public Retry newRetry(String name) {
    IntervalBiFunction<Object> interval =
        (attempt, outcome) ->
            delayBefore(
                    attempt,
                    outcome.isLeft() ? outcome.getLeft() : null,
                    ThreadLocalRandom.current()::nextDouble)
                .toMillis();
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(maxAttempts)
            .retryOnException(this::shouldRetry)
            .intervalBiFunction(interval)
            .build();
    return Retry.of(name, config);
  }

  /**
   * Returns the wait before retry {@code attempt} (1 for the first retry): the jittered exponential
   * back-off, raised to the failure's {@code Retry-After} hint, capped at {@code maxDelay}.
   */
  Duration delayBefore(int attempt, @Nullable Throwable failure, DoubleSupplier random) {
    double exponential = baseDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
    double spread = jitter * (2 * random.getAsDouble() - 1);
    double millis = Math.min(maxDelay.toMillis(), exponential * (1 + spread));
    Duration backoff = Duration.ofMillis(Math.max(0, Math.round(millis)));
    Optional<Duration> hint =
        failure instanceof RemoteCallException remote ? remote.retryAfter() : Optional.empty();
    return hint.filter(wait -> wait.compareTo(backoff) > 0)
        .map(wait -> wait.compareTo(maxDelay) > 0 ? maxDelay : wait)
        .orElse(backoff);
  }
}
