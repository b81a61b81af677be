package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.SyncField;
import de.kommsync.spi.CrmChange;
import java.util.EnumSet;

/** Stores a {@link CrmContract.Seed} in a simulation as the API user's create would. */
final class EspoCrmSeeding {

  private EspoCrmSeeding() {}

  /** Creates the record through the simulation's {@code POST} and returns its id. */
  static String create(EspoCrmSimulation simulation, CrmContract.Seed seed) {
    EspoCrmJson json = new EspoCrmJson(EspoCrmConfig.defaults());
    CrmChange change =
        new CrmChange(seed.emails(), seed.phones(), seed.state(), EnumSet.allOf(SyncField.class));
    ObjectNode body = json.writeChange(change);
    body.put("name", "Seed");
    if (seed.partyId() != null) {
      body.put(json.config().partyIdField(), Long.parseLong(seed.partyId()));
    }
    SimulatedResponse created = simulation.createRecord(body.toString(), true);
    JsonNode id = created.jsonBody().map(answer -> answer.path("id")).orElseThrow();
    if (!created.isSuccess() || !id.isTextual()) {
      throw new IllegalStateException("seeding failed with status " + created.status());
    }
    return id.textValue();
  }
}
