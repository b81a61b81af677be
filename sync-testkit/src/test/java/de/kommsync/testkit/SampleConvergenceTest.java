package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.plan.Plan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample party converges in one run on the in-memory fakes, and a second run plans nothing.
 */
class SampleConvergenceTest {

  static List<SampleParties.Pair> samples() {
    return SampleParties.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleConvergesAndSecondPlanIsEmpty(SampleParties.Pair pair) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-04T08:00:00Z"));
    EspoCrmSimulation crmSim = EspoCrmSimulation.builder().clock(clock).build();
    AdvowareSimulation advoSim = AdvowareSimulation.builder().clock(clock).build();
    pair.loadInto(advoSim, crmSim);

    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(new InMemoryAdvoware(advoSim))
            .crm(new InMemoryEspoCrm(crmSim))
            .clock(clock)
            .build()) {
      RunResult first = engine.sync(pair.partyId(), pair.recordId(), forced(engine));
      Plan second = engine.plan(pair.partyId(), pair.recordId());

      assertThat(first.outcome())
          .as("%s: %s", pair.name(), first.reasonText().orElse(""))
          .isIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
      assertThat(second.operations()).as(pair.name()).isEmpty();
    }
  }

  private static de.kommsync.SyncOptions forced(SyncEngine engine) {
    return engine.options().toBuilder().force(true).ignoreBackoff(true).build();
  }
}
