package de.kommsync.advoware;

import de.kommsync.retry.RetryPolicy;
import de.kommsync.spi.EntryWrite;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.SeedParty;
import de.kommsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A simulation, a fake Advoware server over it and adapters talking to it, sharing one test clock.
 * Close it after the test.
 */
final class AdvowareFixture implements AutoCloseable {

  /** Retries at once: three attempts, a millisecond apart, at most 20 ms between attempts. */
  static final RetryPolicy FAST_RETRY =
      new RetryPolicy(3, Duration.ofMillis(1), 2.0, 0.0, Duration.ofMillis(20));

  final TestClock clock = TestClock.at(Instant.parse("2026-12-04T10:00:00Z"));
  final AdvowareSimulation simulation = AdvowareSimulation.builder().clock(clock).build();
  final FakeAdvowareServer server;

  AdvowareFixture() {
    this(UnaryOperator.identity());
  }

  AdvowareFixture(UnaryOperator<FakeAdvowareServer.Builder> settings) {
    this.server = settings.apply(FakeAdvowareServer.builder(simulation).clock(clock)).start();
  }

  /** Returns an adapter with the server's configuration, fast retries and the test clock. */
  HttpAdvoware adapter() {
    return adapter(server.config().requestTimeout(Duration.ofSeconds(10)).build());
  }

  /** Returns an adapter with the given configuration, fast retries and the test clock. */
  HttpAdvoware adapter(AdvowareConfig config) {
    return HttpAdvoware.create(config, FAST_RETRY, clock);
  }

  /** Loads a party with the given entries, each with the real kind; returns its betNr. */
  String party(long betNr, List<EntryWrite> entries) {
    return SeedParty.load(simulation, betNr, entries);
  }

  @Override
  public void close() {
    server.close();
  }
}
