package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.spi.PartyLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryPartyLockTest {

  private static final Duration TTL = Duration.ofSeconds(300);

  private final MutableClock clock = MutableClock.at("2026-06-01T10:00:00Z");
  private final InMemoryPartyLock lock = new InMemoryPartyLock(clock);

  @Test
  void refusesASecondHolderWhileTheLockIsHeld() {
    Optional<PartyLock.Handle> first = lock.tryAcquire("k", TTL);

    Optional<PartyLock.Handle> second = lock.tryAcquire("k", TTL);

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
  }

  @Test
  void keepsKeysIndependent() {
    lock.tryAcquire("a", TTL);

    Optional<PartyLock.Handle> other = lock.tryAcquire("b", TTL);

    assertThat(other).isPresent();
  }

  @Test
  void grantsTheLockAgainAfterRelease() {
    lock.tryAcquire("k", TTL).orElseThrow().close();

    Optional<PartyLock.Handle> again = lock.tryAcquire("k", TTL);

    assertThat(again).isPresent();
  }

  @Test
  void holdsTheLockUntilJustBeforeTheTtl() {
    lock.tryAcquire("k", TTL);
    clock.advance(TTL.minusMillis(1));

    Optional<PartyLock.Handle> second = lock.tryAcquire("k", TTL);

    assertThat(second).isEmpty();
    assertThat(lock.isHeld("k")).isTrue();
  }

  @Test
  void letsAnExpiredLockBeTakenOver() {
    lock.tryAcquire("k", TTL);
    clock.advance(TTL);

    Optional<PartyLock.Handle> takeover = lock.tryAcquire("k", TTL);

    assertThat(takeover).isPresent();
  }

  @Test
  void releasingAStaleHandleLeavesTheNewHolderAlone() {
    PartyLock.Handle stale = lock.tryAcquire("k", TTL).orElseThrow();
    clock.advance(TTL.plusSeconds(1));
    lock.tryAcquire("k", TTL).orElseThrow();

    stale.close();

    assertThat(lock.isHeld("k")).isTrue();
    assertThat(lock.tryAcquire("k", TTL)).isEmpty();
  }

  @Test
  void closingTwiceDoesNotReleaseALaterHolder() {
    PartyLock.Handle first = lock.tryAcquire("k", TTL).orElseThrow();
    first.close();
    lock.tryAcquire("k", TTL).orElseThrow();

    first.close();

    assertThat(lock.isHeld("k")).isTrue();
  }

  @Test
  void rejectsANonPositiveTtl() {
    assertThatThrownBy(() -> lock.tryAcquire("k", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverLetsTwoThreadsHoldTheSameKeyAtOnce() throws Exception {
    InMemoryPartyLock shared = new InMemoryPartyLock();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    AtomicInteger acquisitions = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                  holdBriefly(shared, inside, maxInside, acquisitions);
                }
                return null;
              }));
    }

    start.countDown();
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(maxInside.get()).isEqualTo(1);
    assertThat(acquisitions.get()).isPositive();
  }

  private static void holdBriefly(
      InMemoryPartyLock shared,
      AtomicInteger inside,
      AtomicInteger maxInside,
      AtomicInteger acquisitions) {
    Optional<PartyLock.Handle> handle = shared.tryAcquire("party", TTL);
    if (handle.isEmpty()) {
      return;
    }
    try {
      acquisitions.incrementAndGet();
      maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      Thread.yield();
      inside.decrementAndGet();
    } finally {
      handle.get().close();
    }
  }
}
