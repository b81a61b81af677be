package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.advoware.HttpAdvoware;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.retry.RetryPolicy;
import de.kommsync.testlogging.LeakDetector;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CRM whose error reason, or a party system whose error body, echoes personal data and a
 * credential fails the run, and neither the run's reason (stored in the CRM record and logged) nor
 * any log line repeats what it echoed. The log audit fails these tests on any such log line.
 */
class ServerReasonInRunOutputTest {

  private static final String ECHO =
      "Duplicate entry 'max.mueller@example.de' / 0511/123456 for key " + FakeEspoCrmServer.API_KEY;

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 409, 500})
  void runReasonAndLogsDropAnEchoingServerReason(int status) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-04T08:00:00Z"));
    EspoCrmSimulation crmSim = EspoCrmSimulation.builder().clock(clock).build();
    AdvowareSimulation advoSim = AdvowareSimulation.builder().clock(clock).build();
    SampleParties.Pair pair = SampleParties.named("advoware-changed");
    pair.loadInto(advoSim, crmSim);

    RunResult result;
    try (FakeEspoCrmServer server = FakeEspoCrmServer.start(crmSim)) {
      server.inject("PUT", ".*", 5, HttpFault.status(status, ECHO, null));
      RetryPolicy fast = new RetryPolicy(2, Duration.ofMillis(1), 2, 0, Duration.ofSeconds(1));
      HttpEspoCrm crm =
          new HttpEspoCrm(
              server.connection(server.apiKeyCredentials()).retryPolicy(fast).build(),
              EspoCrmConfig.defaults());
      try (SyncEngine engine =
          SyncEngine.builder()
              .partySystem(new InMemoryAdvoware(advoSim))
              .crm(crm)
              .clock(clock)
              .build()) {
        SyncOptions forced = engine.options().toBuilder().force(true).ignoreBackoff(true).build();
        result = engine.sync(pair.partyId(), pair.recordId(), forced);
      }
    }

    assertThat(result.outcome()).isNotIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
    assertThat(result.reasonText())
        .hasValueSatisfying(r -> assertThat(LeakDetector.leaks(r)).as(r).isFalse());
    assertThat(result.toJson()).doesNotContain("max.mueller", "123456", FakeEspoCrmServer.API_KEY);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 500, 503})
  void runReasonAndLogsDropAnEchoingPartySystemBody(int status) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-04T08:00:00Z"));
    EspoCrmSimulation crmSim = EspoCrmSimulation.builder().clock(clock).build();
    AdvowareSimulation advoSim = AdvowareSimulation.builder().clock(clock).build();
    SampleParties.Pair pair = SampleParties.named("advoware-changed");
    pair.loadInto(advoSim, crmSim);
    String password = FakeAdvowareServer.TEST_CREDENTIALS.password();

    RunResult result;
    try (FakeAdvowareServer server = FakeAdvowareServer.start(advoSim)) {
      server.inject("GET", ".*", 5, FakeAdvowareServer.Fault.status(status, ECHO + password));
      RetryPolicy fast = new RetryPolicy(2, Duration.ofMillis(1), 2, 0, Duration.ofSeconds(1));
      HttpAdvoware party = HttpAdvoware.create(server.config().build(), fast, clock);
      try (SyncEngine engine =
          SyncEngine.builder()
              .partySystem(party)
              .crm(new InMemoryEspoCrm(crmSim))
              .clock(clock)
              .build()) {
        SyncOptions forced = engine.options().toBuilder().force(true).ignoreBackoff(true).build();
        result = engine.sync(pair.partyId(), pair.recordId(), forced);
      }
    }

    assertThat(result.outcome()).isNotIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
    assertThat(result.reasonText())
        .hasValueSatisfying(
            r -> assertThat(LeakDetector.leaks(r)).as(LeakDetector.mask(r)).isFalse());
    assertThat(result.toJson()).doesNotContain("max.mueller", "123456", password);
  }
}
