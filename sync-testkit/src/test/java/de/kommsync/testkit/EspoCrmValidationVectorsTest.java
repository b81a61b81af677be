package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every row of samples/espocrm-validation-vectors-9.3.4.json (what EspoCRM 9.3.4 answered
 * and stored for 44 phone inputs in both phone modes and 37 e-mail inputs, each the only item of a
 * PUT on a Person-type record) against the simulation.
 */
class EspoCrmValidationVectorsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode vectors() {
    try (InputStream in =
        EspoCrmValidationVectorsTest.class.getResourceAsStream(
            "/espocrm-validation-vectors-9.3.4.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> phoneRows() {
    List<Arguments> rows = new ArrayList<>();
    for (String mode : List.of("international_on", "international_off")) {
      int index = 0;
      for (JsonNode row : vectors().path("phones").path(mode)) {
        rows.add(Arguments.of(mode + " #" + index++, mode.endsWith("on"), row));
      }
    }
    return rows.stream();
  }

  static Stream<Arguments> emailRows() {
    List<Arguments> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode row : vectors().path("emails")) {
      rows.add(Arguments.of("email #" + index++, row));
    }
    return rows.stream();
  }

  private static EspoCrmSimulation simulation(boolean international) {
    return EspoCrmSimulation.builder().phoneNumberInternational(international).build();
  }

  private static String emptyRecord(EspoCrmSimulation simulation) {
    return simulation.load(MAPPER.createObjectNode().put("id", "6b12deaa5bccce130"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phoneRows")
  void phoneInputIsAnsweredAndStoredAsRecorded(String name, boolean international, JsonNode row) {
    EspoCrmSimulation simulation = simulation(international);
    String id = emptyRecord(simulation);
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("phoneNumberData")
        .addObject()
        .put("phoneNumber", row.get("sent").textValue())
        .put("type", "Office")
        .put("primary", true)
        .put("optOut", false)
        .put("invalid", false);

    SimulatedResponse answer = simulation.putRecord(id, body.toString(), true, null);

    assertThat(answer.status()).isEqualTo(row.get("status").intValue());
    assertThat(answer.reason()).isEqualTo(row.get("reason").textValue());
    List<String> stored = new ArrayList<>();
    simulation
        .record(id)
        .orElseThrow()
        .get("phoneNumberData")
        .forEach(item -> stored.add(item.get("phoneNumber").textValue()));
    List<String> expected = new ArrayList<>();
    row.path("stored").forEach(value -> expected.add(value.textValue()));
    assertThat(stored).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emailRows")
  void emailInputIsAnsweredAndStoredAsRecorded(String name, JsonNode row) {
    EspoCrmSimulation simulation = simulation(true);
    String id = emptyRecord(simulation);
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("emailAddressData")
        .addObject()
        .put("emailAddress", row.get("sent").textValue())
        .put("primary", true)
        .put("optOut", false)
        .put("invalid", false);

    SimulatedResponse answer = simulation.putRecord(id, body.toString(), true, null);

    assertThat(answer.status()).isEqualTo(row.get("status").intValue());
    assertThat(answer.reason()).isEqualTo(row.get("reason").textValue());
    List<List<String>> stored = new ArrayList<>();
    simulation
        .record(id)
        .orElseThrow()
        .get("emailAddressData")
        .forEach(
            i ->
                stored.add(List.of(i.get("emailAddress").textValue(), i.get("lower").textValue())));
    List<List<String>> expected = new ArrayList<>();
    row.path("stored")
        .forEach(pair -> expected.add(List.of(pair.get(0).textValue(), pair.get(1).textValue())));
    assertThat(stored).isEqualTo(expected);
  }
}
