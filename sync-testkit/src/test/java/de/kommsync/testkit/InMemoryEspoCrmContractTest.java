package de.kommsync.testkit;

import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.spi.Crm;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/** Runs the CRM contract against {@link InMemoryEspoCrm}. */
class InMemoryEspoCrmContractTest extends CrmContract {

  private EspoCrmSimulation simulation;

  @BeforeEach
  void createSimulation() {
    simulation = EspoCrmSimulation.builder().build();
  }

  @Override
  protected Crm createCrm() {
    return new InMemoryEspoCrm(simulation);
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
