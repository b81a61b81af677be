package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.RemoteCallException;
import de.kommsync.model.PartySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final AtomicLong nanos = new AtomicLong(1_000_000 * MS);
  private final List<Long> sleeps = new ArrayList<>();

  /** Sleeps by moving the fake time forward, so the bucket sees the wait pass. */
  private final TokenBucket.Sleeper sleeper =
      wait -> {
        sleeps.add(wait / MS);
        nanos.addAndGet(wait);
      };

  private TokenBucket bucket(double perSecond, int burst) {
    return new TokenBucket(perSecond, burst, nanos::get, sleeper);
  }

  @Test
  void letsABurstThroughWithoutWaiting() throws InterruptedException {
    TokenBucket bucket = bucket(10, 3);

    for (int i = 0; i < 3; i++) {
      bucket.acquire();
    }

    assertThat(sleeps).isEmpty();
  }

  @Test
  void spacesCallsAtTheRateOnceTheBurstIsUsed() throws InterruptedException {
    TokenBucket bucket = bucket(10, 2);

    for (int i = 0; i < 5; i++) {
      bucket.acquire();
    }

    assertThat(sleeps).containsExactly(100L, 100L, 100L);
  }

  @Test
  void refillsDuringAPauseButNoMoreThanTheBurst() throws InterruptedException {
    TokenBucket bucket = bucket(10, 2);
    bucket.acquire();
    bucket.acquire();
    nanos.addAndGet(10_000 * MS);

    for (int i = 0; i < 3; i++) {
      bucket.acquire();
    }

    assertThat(sleeps).containsExactly(100L);
  }

  @Test
  void servesWaitingCallersInTheOrderTheyAsked() {
    TokenBucket bucket = bucket(4, 1);

    long first = bucket.reserve();
    long second = bucket.reserve();
    long third = bucket.reserve();

    assertThat(List.of(first / MS, second / MS, third / MS)).containsExactly(0L, 250L, 500L);
  }

  @Test
  void rejectsANonPositiveRateOrBurst() {
    assertThatThrownBy(() -> new TokenBucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void takesAPermitForEveryPartySystemCall() {
    CountingPartySystem parties = new CountingPartySystem();
    parties.put(new PartySnapshot("1", "r", null, Map.of(), List.of()));
    RateLimitedPartySystem limited = new RateLimitedPartySystem(parties, bucket(1, 1));

    for (int i = 0; i < 3; i++) {
      limited.readParty("1");
    }

    assertThat(parties.reads).hasSize(3);
    assertThat(sleeps).containsExactly(1000L, 1000L);
  }

  @Test
  void takesAPermitForEveryCrmListAndUpdateButNotForTheCachedRules() {
    CountingCrm crm = new CountingCrm(10);
    RateLimitedCrm limited = new RateLimitedCrm(crm, bucket(2, 1));

    limited.listSettled(null, 10);
    limited.listDue(java.time.Instant.EPOCH, java.time.Instant.EPOCH, null);

    assertThat(crm.settledLists.get() + crm.dueLists.get()).isEqualTo(2);
    assertThat(sleeps).containsExactly(500L);
  }

  @Test
  void failsAnInterruptedWaitAsARetryableCallThatWasNeverSent() {
    CountingPartySystem parties = new CountingPartySystem();
    TokenBucket interrupted =
        new TokenBucket(
            1,
            1,
            nanos::get,
            wait -> {
              throw new InterruptedException();
            });
    RateLimitedPartySystem limited = new RateLimitedPartySystem(parties, interrupted);
    interrupted.reserve();

    try {
      assertThatThrownBy(() -> limited.readParty("1"))
          .isInstanceOfSatisfying(
              RemoteCallException.class,
              e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.outcomeUnknown()).isFalse();
              });
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(parties.reads).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }
}
