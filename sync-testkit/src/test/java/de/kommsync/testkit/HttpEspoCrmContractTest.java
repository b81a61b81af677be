package de.kommsync.testkit;

import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.spi.Crm;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Runs the CRM contract against {@link HttpEspoCrm} talking to {@link FakeEspoCrmServer}. */
class HttpEspoCrmContractTest extends CrmContract {

  private EspoCrmSimulation simulation;
  private FakeEspoCrmServer server;

  @BeforeEach
  void startServer() {
    simulation = EspoCrmSimulation.builder().build();
    server = FakeEspoCrmServer.start(simulation);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Override
  protected Crm createCrm() {
    // a small page size, so the listing tests page
    return new HttpEspoCrm(
        server.connection(server.hmacCredentials()).pageSize(2).build(), EspoCrmConfig.defaults());
  }

  @Override
  protected String seed(Seed seed) {
    return EspoCrmSeeding.create(simulation, seed);
  }

  @Override
  protected Optional<CrmValue> aPhoneTheCrmRefuses() {
    // international mode (the default) refuses a number without + (research §8 item 5)
    return Optional.of(CrmValue.phone("0511/123456", PhoneType.BUSINESS, true, false, false));
  }
}
