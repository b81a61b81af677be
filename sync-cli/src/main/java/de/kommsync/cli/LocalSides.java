package de.kommsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.InMemoryAdvoware;
import de.kommsync.testkit.InMemoryEspoCrm;
import de.kommsync.testkit.SimulatedResponse;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Both systems simulated in this process: Advoware and EspoCRM simulations (the product rules on
 * product JSON) behind the in-memory role fakes, so a sync runs exactly as over HTTP but without a
 * server.
 *
 * @param advoware the Advoware simulation
 * @param espocrm the EspoCRM simulation
 * @param partySystem the party-system role over {@code advoware}
 * @param crm the CRM role over {@code espocrm}
 */
record LocalSides(
    AdvowareSimulation advoware,
    EspoCrmSimulation espocrm,
    InMemoryAdvoware partySystem,
    InMemoryEspoCrm crm) {

  /** The phone types of a Person-type entity on a fresh EspoCRM, the simulation's default. */
  private static final List<String> PERSON_TYPES =
      List.of("Mobile", "Office", "Home", "Fax", "Other");

  /**
   * Creates empty simulations.
   *
   * @param config the EspoCRM adapter's configuration; its phone overrides set the simulated
   *     instance's settings
   * @param optimisticConcurrency whether the simulated EspoCRM checks versions
   * @param clock the clock of both simulations
   */
  static LocalSides create(EspoCrmConfig config, boolean optimisticConcurrency, Clock clock) {
    return create(config, optimisticConcurrency, clock, List.of());
  }

  /**
   * Creates empty simulations whose EspoCRM also allows the given phone type names: the types a
   * payload record's phones carry, which its instance allows whatever the configuration lists.
   *
   * @param config the EspoCRM adapter's configuration; its phone overrides set the simulated
   *     instance's settings
   * @param optimisticConcurrency whether the simulated EspoCRM checks versions
   * @param clock the clock of both simulations
   * @param storedTypes phone type names the instance holds already
   */
  static LocalSides create(
      EspoCrmConfig config, boolean optimisticConcurrency, Clock clock, List<String> storedTypes) {
    AdvowareSimulation advoware = AdvowareSimulation.builder().clock(clock).build();
    EspoCrmSimulation.Builder crm =
        EspoCrmSimulation.builder()
            .clock(clock)
            .entityName(config.entityName())
            .optimisticConcurrency(optimisticConcurrency);
    if (config.phoneNumberInternational() != null) {
      crm.phoneNumberInternational(config.phoneNumberInternational());
    }
    List<String> configured = config.typeList();
    if (configured != null || !storedTypes.isEmpty()) {
      Set<String> types = new LinkedHashSet<>(configured != null ? configured : PERSON_TYPES);
      types.addAll(storedTypes);
      crm.typeList(List.copyOf(types));
    }
    EspoCrmSimulation espocrm = crm.build();
    return new LocalSides(
        advoware, espocrm, new InMemoryAdvoware(advoware), new InMemoryEspoCrm(espocrm, config));
  }

  /** Returns the party as {@code GET} answers it now (kinds reported as 0, as the server does). */
  JsonNode partyAsGet(long betNr) {
    return body(advoware.getParty(betNr), "party " + betNr);
  }

  /** Returns the record as {@code GET} answers it now. */
  JsonNode recordAsGet(String recordId) {
    return body(espocrm.getRecord(recordId), "CRM record " + recordId);
  }

  private static JsonNode body(SimulatedResponse response, String what) {
    return response
        .jsonBody()
        .orElseThrow(() -> new IllegalStateException(what + " is gone from the simulation"));
  }
}
