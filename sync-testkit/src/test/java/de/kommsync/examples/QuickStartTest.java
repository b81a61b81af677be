package de.kommsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.advoware.AdvowareConfig;
import de.kommsync.advoware.HttpAdvoware;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmConnection;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.plan.Plan;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import de.kommsync.testkit.SampleParties;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, compiled and run against the fake servers, so the README cannot drift
 * from the API: the lines between the markers are the ones the README shows.
 */
class QuickStartTest {

  @Test
  void quickStartSyncsASampleParty() {
    EspoCrmSimulation crmSimulation = EspoCrmSimulation.builder().build();
    AdvowareSimulation advowareSimulation = AdvowareSimulation.builder().build();
    SampleParties.Pair pair = SampleParties.all().get(0);
    pair.loadInto(advowareSimulation, crmSimulation);

    try (FakeEspoCrmServer espoServer = FakeEspoCrmServer.start(crmSimulation);
        FakeAdvowareServer advowareServer = FakeAdvowareServer.start(advowareSimulation)) {
      EspoCrmConnection espo = espoServer.connection(espoServer.hmacCredentials()).build();
      AdvowareConfig advowareConfig = advowareServer.config().build();
      String betnr = pair.partyId();
      String recordId = pair.recordId();
      // README quick start: begin
      Crm crm = new HttpEspoCrm(espo, EspoCrmConfig.defaults());
      PartySystem advoware = HttpAdvoware.create(advowareConfig);

      try (SyncEngine engine =
          SyncEngine.builder()
              .partySystem(advoware)
              .crm(crm)
              .options(SyncOptions.defaults()) // BOTH, CRM_WINS, verify on
              .build()) {
        Plan preview = engine.plan(betnr, recordId); // dry run, writes nothing
        RunResult result = engine.sync(betnr, recordId);
        // README quick start: end

        assertThat(result.outcome()).isIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
        assertThat(result.appliedPlan()).contains(preview);
        assertThat(engine.plan(betnr, recordId).operations()).isEmpty();
      }
    }
  }
}
