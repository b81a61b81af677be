package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Every Advoware rule the simulation applies, each test citing its source. */
class AdvowareSimulationTest {

  private final AdvowareSimulation simulation = AdvowareSimulation.builder().build();

  static ObjectNode sampleParty() {
    try (InputStream in =
        AdvowareSimulationTest.class.getResourceAsStream("/advoware-beteiligter.json")) {
      return (ObjectNode) EspoCrmSimulationTest.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    return EspoCrmSimulationTest.json(text);
  }

  @Test
  void getAnswersTheRecordedSampleShape() {
    // samples/advoware-beteiligter.json
    simulation.load(sampleParty());

    SimulatedResponse answer = simulation.getParty(104860);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(json(answer.bodyText())).isEqualTo(sampleParty());
  }

  @Test
  void getReportsKindZeroUnlessConfiguredToReportTheRealKind() {
    // SPEC section 2 and research/seed-system.md §4.6: kommKz = 0 on GET is a known bug
    simulation.load(
        json("{\"betNr\":7,\"kommunikation\":[{\"id\":1,\"kommKz\":3,\"tlf\":\"0171 1\"}]}"));
    AdvowareSimulation honest = AdvowareSimulation.builder().reportKinds(true).build();
    honest.load(
        json("{\"betNr\":7,\"kommunikation\":[{\"id\":1,\"kommKz\":3,\"tlf\":\"0171 1\"}]}"));

    JsonNode buggy = simulation.getParty(7).json().get("kommunikation").get(0);
    JsonNode real = honest.getParty(7).json().get("kommunikation").get(0);

    assertThat(buggy.get("kommKz").intValue()).isZero();
    assertThat(real.get("kommKz").intValue()).isEqualTo(3);
  }

  @Test
  void createAnswersTheEntryWithItsNewIdRowIdAndRealKind() {
    // research/advoware-api.md §2.1 and §2.2; research/seed-system.md §4.6 (POST answer sample)
    simulation.load(json("{\"betNr\":7}"));

    SimulatedResponse answer =
        simulation.createEntry(
            7,
            json(
                "{\"tlf\":\"0511 1\",\"bemerkung\":\"[ESPOCRM-SLOT:2]\","
                    + "\"kommKz\":2,\"online\":false}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("id").longValue()).isEqualTo(90001);
    assertThat(answer.json().get("betNr").longValue()).isEqualTo(7);
    assertThat(answer.json().get("kommKz").intValue()).isEqualTo(2);
    assertThat(answer.json().get("rowId").textValue()).hasSize(40).matches("[A-P]+");
  }

  @Test
  void theKindIsIgnoredOnUpdate() {
    // research/advoware-api.md §4.3: kommKz is read-only on PUT
    simulation.load(
        json("{\"betNr\":7,\"kommunikation\":[{\"id\":1,\"kommKz\":1,\"tlf\":\"a\"}]}"));

    SimulatedResponse answer =
        simulation.updateEntry(
            7, 1, json("{\"tlf\":\"b\",\"bemerkung\":\"x\",\"kommKz\":3,\"online\":true}"));

    assertThat(answer.json().get("kommKz").intValue()).isEqualTo(1);
    assertThat(answer.json().get("tlf").textValue()).isEqualTo("b");
    assertThat(answer.json().get("online").booleanValue()).isTrue();
  }

  @Test
  void deleteIsForbidden() {
    // research/advoware-api.md §4.2: DELETE answers 403
    simulation.load(sampleParty());

    SimulatedResponse answer = simulation.deleteEntry(104860, 88001);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(simulation.party(104860).orElseThrow().get("kommunikation")).hasSize(5);
  }

  @Test
  void everyWriteGivesTheEntryANewRowIdAndLeavesThePartyRowId() {
    // research/advoware-api.md §4.1 (party rowId); entry rowId change is an assumption (Javadoc)
    simulation.load(sampleParty());
    String partyRow = simulation.party(104860).orElseThrow().get("rowId").textValue();
    JsonNode body = json("{\"tlf\":\"0511/123456\",\"bemerkung\":\"x\",\"online\":false}");

    String first = simulation.updateEntry(104860, 88001, body).json().get("rowId").textValue();
    String second = simulation.updateEntry(104860, 88001, body).json().get("rowId").textValue();

    assertThat(first).isNotEqualTo("GBABAAAAEMDGACAAFLBGNLBAAAAAEDNHOEAFAAAA").isNotEqualTo(second);
    assertThat(simulation.party(104860).orElseThrow().get("rowId").textValue()).isEqualTo(partyRow);
  }

  @Test
  void anUnknownPartyAnswers404WithATextBody() {
    // research/advoware-api.md §4.6: 404 for a deleted party; error bodies are text

    SimulatedResponse get = simulation.getParty(999);
    SimulatedResponse post = simulation.createEntry(999, json("{\"kommKz\":1}"));

    assertThat(get.status()).isEqualTo(404);
    assertThat(get.json()).isNull();
    assertThat(get.text()).isNotBlank();
    assertThat(post.status()).isEqualTo(404);
  }

  @Test
  void anUnknownEntryOfAKnownPartyAnswers404() {
    simulation.load(sampleParty());

    SimulatedResponse answer = simulation.updateEntry(104860, 1, json("{\"tlf\":\"x\"}"));

    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void invalidKindsTooLongRemarksAndWrongTypesAreRefusedWith400() {
    // research/advoware-api.md §2.2 (kommKz 1..12); remark limit SPEC section 4 (assumption)
    simulation.load(json("{\"betNr\":7}"));

    SimulatedResponse kindZero = simulation.createEntry(7, json("{\"tlf\":\"x\",\"kommKz\":0}"));
    SimulatedResponse longRemark =
        simulation.createEntry(
            7, json("{\"tlf\":\"x\",\"kommKz\":1,\"bemerkung\":\"" + "x".repeat(256) + "\"}"));
    SimulatedResponse wrongType = simulation.createEntry(7, json("{\"tlf\":5,\"kommKz\":1}"));

    assertThat(kindZero.status()).isEqualTo(400);
    assertThat(longRemark.status()).isEqualTo(400);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(simulation.party(7).orElseThrow().get("kommunikation")).isEmpty();
  }

  @Test
  void userEditsChangeEntriesAndMasterDataMovesThePartyRowId() {
    simulation.load(sampleParty());
    String partyRow = simulation.party(104860).orElseThrow().get("rowId").textValue();

    long added = simulation.addEntryAsUser(104860, 8, "privat@example.de", null);
    simulation.setValueAsUser(104860, 88004, "0511 99");
    simulation.setRemarkAsUser(104860, 88002, "Handy");
    simulation.removeEntryAsUser(104860, 88005);
    String afterEntries = simulation.party(104860).orElseThrow().get("rowId").textValue();
    simulation.setPartyFieldAsUser(104860, "mobil", "0171 999");

    JsonNode party = simulation.party(104860).orElseThrow();
    assertThat(afterEntries).isEqualTo(partyRow);
    assertThat(party.get("rowId").textValue()).isNotEqualTo(partyRow);
    assertThat(party.get("mobil").textValue()).isEqualTo("0171 999");
    assertThat(party.get("kommunikation")).hasSize(5);
    assertThat(party.get("kommunikation").get(4).get("id").longValue()).isEqualTo(added);
    assertThat(party.get("kommunikation").get(4).get("online").booleanValue()).isTrue();
  }

  @Test
  void aRawBodyThatIsNotJsonIsRefusedWithATextBody() {
    simulation.load(sampleParty());

    SimulatedResponse create = simulation.createEntry(104860, "tlf=0511");
    SimulatedResponse update = simulation.updateEntry(104860, 88001, "{\"tlf\":");
    SimulatedResponse valid = simulation.updateEntry(104860, 88001, "{\"tlf\":\"0511 2\"}");

    assertThat(create.status()).isEqualTo(400);
    assertThat(create.text()).isNotBlank();
    assertThat(update.status()).isEqualTo(400);
    assertThat(valid.status()).isEqualTo(200);
  }
}
