package de.kommsync.lock.shedlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.lifecycle.PartyRef;
import de.kommsync.lifecycle.PartySyncRunner;
import de.kommsync.spi.PartyLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the lock against a real JDBC lock store: an embedded H2 database in memory, shared by two
 * lock providers that stand for two host instances.
 */
class ShedLockPartyLockTest {

  private static final Duration TTL = Duration.ofSeconds(300);
  private static final String KEY = "kommsync:rec00000000000001";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T10:00:00Z"));
  private DataSource database;
  private ShedLockPartyLock hostA;
  private ShedLockPartyLock hostB;

  @BeforeEach
  void createLockTable() throws SQLException {
    ClockProvider.setClock(clock);
    database = h2("shedlock-" + UUID.randomUUID());
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE shedlock(name VARCHAR(64) NOT NULL, lock_until TIMESTAMP(3) NOT NULL,"
              + " locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL,"
              + " PRIMARY KEY (name))");
    }
    hostA = new ShedLockPartyLock(new JdbcTemplateLockProvider(database));
    hostB = new ShedLockPartyLock(new JdbcTemplateLockProvider(database));
  }

  @AfterEach
  void restoreShedLocksClock() {
    ClockProvider.setClock(Clock.systemUTC());
  }

  private static DataSource h2(String name) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return source;
  }

  @Test
  void refusesTheSecondHostWhileTheFirstHoldsTheLock() {
    Optional<PartyLock.Handle> first = hostA.tryAcquire(KEY, TTL);

    Optional<PartyLock.Handle> second = hostB.tryAcquire(KEY, TTL);

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
  }

  @Test
  void refusesASecondTurnOnTheSameHost() {
    hostA.tryAcquire(KEY, TTL);

    Optional<PartyLock.Handle> again = hostA.tryAcquire(KEY, TTL);

    assertThat(again).isEmpty();
  }

  @Test
  void keepsKeysIndependent() {
    hostA.tryAcquire(KEY, TTL);

    Optional<PartyLock.Handle> other = hostB.tryAcquire("kommsync:rec00000000000002", TTL);

    assertThat(other).isPresent();
  }

  @Test
  void letsTheOtherHostTakeTheLockOnceReleased() {
    hostA.tryAcquire(KEY, TTL).orElseThrow().close();

    Optional<PartyLock.Handle> second = hostB.tryAcquire(KEY, TTL);

    assertThat(second).isPresent();
  }

  @Test
  void holdsTheLockUntilJustBeforeTheTtl() {
    hostA.tryAcquire(KEY, TTL);
    clock.advance(TTL.minusMillis(1));

    Optional<PartyLock.Handle> second = hostB.tryAcquire(KEY, TTL);

    assertThat(second).isEmpty();
  }

  @Test
  void letsTheOtherHostTakeOverAnExpiredLock() {
    hostA.tryAcquire(KEY, TTL);
    clock.advance(TTL);

    Optional<PartyLock.Handle> takeover = hostB.tryAcquire(KEY, TTL);

    assertThat(takeover).isPresent();
  }

  @Test
  void closingAHandleThatOutlivedItsTtlLeavesTheNewHolderAlone() {
    PartyLock.Handle stale = hostA.tryAcquire(KEY, TTL).orElseThrow();
    clock.advance(TTL.plusSeconds(1));
    hostB.tryAcquire(KEY, TTL).orElseThrow();

    stale.close();

    assertThat(hostA.tryAcquire(KEY, TTL)).isEmpty();
  }

  @Test
  void closingTwiceHasNoFurtherEffect() {
    PartyLock.Handle first = hostA.tryAcquire(KEY, TTL).orElseThrow();
    first.close();
    hostB.tryAcquire(KEY, TTL).orElseThrow();

    first.close();

    assertThat(hostA.tryAcquire(KEY, TTL)).isEmpty();
  }

  @Test
  void reportsAFailingLockStoreWithTheKeyOnly() {
    JdbcTemplateLockProvider.Configuration failLoudly =
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(h2("empty-" + UUID.randomUUID())))
            .withThrowUnexpectedException(true)
            .build();
    ShedLockPartyLock noTable = new ShedLockPartyLock(new JdbcTemplateLockProvider(failLoudly));

    assertThatThrownBy(() -> noTable.tryAcquire(KEY, TTL))
        .isInstanceOf(LockStoreException.class)
        .hasMessage("the lock store failed to lock key " + KEY)
        .cause()
        .isNotNull();
  }

  @Test
  void neverRunsOnePartyOnTwoHostsAtOnce() throws Exception {
    ClockProvider.setClock(Clock.systemUTC());
    ShedLockPartyLock realA =
        new ShedLockPartyLock(new JdbcTemplateLockProvider(database), Clock.systemUTC());
    ShedLockPartyLock realB =
        new ShedLockPartyLock(new JdbcTemplateLockProvider(database), Clock.systemUTC());
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    PartyOutcome synced = PartyOutcome.of(new PartyRef("rec1", "1"), Disposition.SYNCED);
    List<PartySyncRunner> hosts = new ArrayList<>();
    for (ShedLockPartyLock lock : List.of(realA, realB)) {
      hosts.add(
          PartySyncRunner.builder(
                  lock,
                  (partyId, recordId) -> {
                    runs.incrementAndGet();
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.yield();
                    inside.decrementAndGet();
                    return synced;
                  })
              .build());
    }

    int attempts = hammer(hosts, new PartyRef("rec1", "1"));

    assertThat(maxInside.get()).isEqualTo(1);
    assertThat(runs.get()).isPositive().isLessThanOrEqualTo(attempts);
  }

  /** Lets four threads per host try the same party many times; returns the number of tries. */
  private static int hammer(List<PartySyncRunner> hosts, PartyRef party) throws Exception {
    int threadsPerHost = 4;
    int triesPerThread = 150;
    ExecutorService pool = Executors.newFixedThreadPool(hosts.size() * threadsPerHost);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (PartySyncRunner host : hosts) {
      for (int t = 0; t < threadsPerHost; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < triesPerThread; i++) {
                    host.run(party);
                  }
                  return null;
                }));
      }
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    return hosts.size() * threadsPerHost * triesPerThread;
  }

  /** A UTC clock moved by hand; ShedLock's JDBC store compares against it too. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("tests use UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
