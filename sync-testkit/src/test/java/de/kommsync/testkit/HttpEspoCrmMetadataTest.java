package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HttpEspoCrm#readMetadata} against {@link FakeEspoCrmServer}, for set-up checks. */
class HttpEspoCrmMetadataTest {

  private static JsonNode read(EspoCrmSimulation simulation, String key) {
    try (FakeEspoCrmServer server = FakeEspoCrmServer.start(simulation)) {
      HttpEspoCrm crm =
          new HttpEspoCrm(
              server.connection(server.apiKeyCredentials()).build(), EspoCrmConfig.defaults());
      return crm.readMetadata(key);
    }
  }

  @Test
  void readsTheEntitysCustomFields() {
    EspoCrmSimulation simulation =
        EspoCrmSimulation.builder().customFields(Set.of("betnr", "syncStatus")).build();

    JsonNode fields = read(simulation, "entityDefs.CBeteiligte.fields");

    assertThat(fields.has("betnr")).isTrue();
    assertThat(fields.has("kommunikationHash")).isFalse();
    assertThat(fields.path("syncStatus").path("options").toString()).contains("pending_sync");
  }

  @Test
  void readsTheStatusFormulaOnlyWhileItIsOn() {
    EspoCrmSimulation on = EspoCrmSimulation.builder().build();
    EspoCrmSimulation off = EspoCrmSimulation.builder().statusFormula(false).build();

    JsonNode script = read(on, "formula.CBeteiligte.beforeSaveCustomScript");
    JsonNode none = read(off, "formula.CBeteiligte.beforeSaveCustomScript");

    assertThat(script.asText()).contains("'dirty'").contains("'pending_sync'");
    assertThat(none.isNull()).isTrue();
  }

  @Test
  void answersNullForAnUnknownKey() {
    assertThat(read(EspoCrmSimulation.builder().build(), "entityDefs.Nothing.fields").isNull())
        .isTrue();
  }

  @Test
  void refusesAKeyThatIsNoDottedPath() {
    assertThatThrownBy(() -> read(EspoCrmSimulation.builder().build(), "a&b=c"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
