package de.kommsync.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import de.kommsync.RemoteCallException;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final RetryPolicy FAST =
      new RetryPolicy(3, Duration.ofMillis(1), 2.0, 0.0, Duration.ofMillis(200));

  private static RemoteCallException transientFault() {
    return new RemoteCallException("read of record r1 failed", 503, true, false, null, null);
  }

  @Test
  void retriesTransientFaultUntilTheCallSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry = FAST.newRetry("test");

    String result =
        retry.executeSupplier(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw transientFault();
              }
              return "ok";
            });

    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  void rethrowsLastFailureWhenAttemptsRunOut() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry = FAST.newRetry("test");

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      calls.incrementAndGet();
                      throw transientFault();
                    }))
        .isInstanceOf(RemoteCallException.class);

    assertThat(calls).hasValue(3);
  }

  @Test
  void neverRepeatsCallWhoseOutcomeIsUnknown() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry = FAST.newRetry("test");
    RemoteCallException lost =
        new RemoteCallException("update of record r1 lost its answer", 0, true, true, null, null);

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      calls.incrementAndGet();
                      throw lost;
                    }))
        .isSameAs(lost);

    assertThat(calls).hasValue(1);
  }

  @Test
  void neverRepeatsRefusedCallOrForeignException() {
    RemoteCallException refused =
        new RemoteCallException("update of record r1 refused", 400, false, false, null, null);

    assertThat(FAST.shouldRetry(refused)).isFalse();
    assertThat(FAST.shouldRetry(new IllegalStateException("bug"))).isFalse();
    assertThat(FAST.shouldRetry(transientFault())).isTrue();
  }

  @Test
  void waitsAtLeastAsLongAsServerAsked() {
    List<Duration> waits = new ArrayList<>();
    Retry retry = FAST.newRetry("test");
    retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
    AtomicInteger calls = new AtomicInteger();
    RemoteCallException busy =
        new RemoteCallException(
            "read of record r1 failed", 429, true, false, null, Duration.ofMillis(60), null);

    retry.executeSupplier(
        () -> {
          if (calls.incrementAndGet() == 1) {
            throw busy;
          }
          return "ok";
        });

    assertThat(waits).containsExactly(Duration.ofMillis(60));
  }

  @Test
  void givesUpWhenServerAsksForLongerThanMaxDelay() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry = FAST.newRetry("test");
    RemoteCallException busy =
        new RemoteCallException(
            "read of record r1 failed", 503, true, false, null, Duration.ofSeconds(120), null);

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      calls.incrementAndGet();
                      throw busy;
                    }))
        .isSameAs(busy);

    assertThat(calls).hasValue(1);
    assertThat(FAST.shouldRetry(busy)).isFalse();
  }

  @Test
  void backOffGrowsExponentiallyUpToMaxDelay() {
    RetryPolicy policy =
        new RetryPolicy(10, Duration.ofMillis(100), 3.0, 0.0, Duration.ofSeconds(2));

    List<Duration> waits = new ArrayList<>();
    for (int attempt = 1; attempt <= 5; attempt++) {
      waits.add(policy.delayBefore(attempt, null, () -> 0.5));
    }

    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(300),
            Duration.ofMillis(900),
            Duration.ofMillis(2000),
            Duration.ofMillis(2000));
  }

  @Test
  void jitterKeepsEveryWaitWithinItsBand() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), 2.0, 0.5, Duration.ofHours(1));

    qt().forAll(integers().between(1, 12), doubles().between(0.0, 0.999_999))
        .check(
            (attempt, random) -> {
              long nominal = 100L << (attempt - 1);
              long wait = policy.delayBefore(attempt, null, () -> random).toMillis();
              return wait >= nominal / 2 && wait <= nominal * 3 / 2;
            });
  }

  @Test
  void retryAfterRaisesJitteredWaitButNeverPastMaxDelay() {
    RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(10), 2.0, 1.0, Duration.ofSeconds(5));
    RemoteCallException hinted =
        new RemoteCallException("x", 503, true, false, null, Duration.ofSeconds(3), null);

    qt().forAll(integers().between(1, 5), doubles().between(0.0, 0.999_999))
        .check(
            (attempt, random) ->
                policy.delayBefore(attempt, hinted, () -> random).equals(Duration.ofSeconds(3)));
  }

  @Test
  void noneMakesExactlyOneAttempt() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry = RetryPolicy.none().newRetry("test");

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      calls.incrementAndGet();
                      throw transientFault();
                    }))
        .isInstanceOf(RemoteCallException.class);

    assertThat(calls).hasValue(1);
  }

  @Test
  void refusesNonsensicalSettings() {
    Duration ms = Duration.ofMillis(1);

    assertThatThrownBy(() -> new RetryPolicy(0, ms, 2, 0, ms))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(2, ms, 0.5, 0, ms))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(2, ms, 2, 1.5, ms))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), 2, 0, ms))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(2, ms, Double.NaN, 0, ms))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
