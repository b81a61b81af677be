package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AdvowareJsonTest {

  private static JsonNode sample() {
    try (InputStream in =
        AdvowareJsonTest.class.getResourceAsStream("/samples/advoware-beteiligter.json")) {
      return AdvowareJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsTheSampleParty() {
    JsonNode json = sample();

    PartySnapshot party = AdvowareJson.readParty(json);

    assertThat(party.partyId()).isEqualTo("104860");
    assertThat(party.rowId()).isEqualTo("FBABAAAANJFGABAAGJDOAEAPAAAAAPGFPDAFAAAA");
    assertThat(party.changedAt()).isEqualTo(LocalDateTime.of(2026, 2, 8, 14, 12, 9));
    assertThat(party.contactFields())
        .containsEntry("mobil", "0171 2345678")
        .containsEntry("name", "Müller")
        .doesNotContainKeys("rowId", "geaendertAm");
    assertThat(party.entries()).hasSize(5);
    assertThat(party.entries().get(0))
        .isEqualTo(
            new PartyEntry(
                88001,
                "GBABAAAAEMDGACAAFLBGNLBAAAAAEDNHOEAFAAAA",
                "0511/123456",
                0,
                "[ESPOCRM:MDUxMS8xMjM0NTY=:1] Zentrale",
                false));
    assertThat(party.entries().get(1).remark()).isNull();
    assertThat(party.entries().get(3).value()).isEmpty();
    assertThat(party.entries().get(4).online()).isTrue();
  }

  @Test
  void readsPartyWithTextBetNrAndWithoutEntries() {
    JsonNode json =
        AdvowareJson.parse("{\"betNr\":\"42\",\"rowId\":null,\"kommunikation\":[]}", "t");

    PartySnapshot party = AdvowareJson.readParty(json);

    assertThat(party.partyId()).isEqualTo("42");
    assertThat(party.entries()).isEmpty();
    assertThat(party.changedAt()).isNull();
  }

  @Test
  void readsReportedKindAndDefaultsMissingOnes() {
    JsonNode json = AdvowareJson.parse("{\"id\":7,\"kommKz\":3,\"tlf\":\"x\"}", "t");
    JsonNode bare = AdvowareJson.parse("{\"id\":8}", "t");

    PartyEntry entry = AdvowareJson.readEntry(json);
    PartyEntry empty = AdvowareJson.readEntry(bare);

    assertThat(entry.kindCode()).isEqualTo(3);
    assertThat(empty).isEqualTo(new PartyEntry(8, null, null, 0, null, false));
  }

  @Test
  void writesCreateBodyWithAllFourFields() {
    EntryWrite write =
        new EntryWrite("max@example.com", "[ESPOCRM:eA==:4]", Kind.BUSINESS_EMAIL, true);

    ObjectNode body = AdvowareJson.createBody(write);

    assertThat(body.size()).isEqualTo(4);
    assertThat(body.get("tlf").textValue()).isEqualTo("max@example.com");
    assertThat(body.get("bemerkung").textValue()).isEqualTo("[ESPOCRM:eA==:4]");
    assertThat(body.get("kommKz").intValue()).isEqualTo(4);
    assertThat(body.get("online").booleanValue()).isTrue();
  }

  @Test
  void writesUpdateBodyWithValueRemarkOnlineAndTheIgnoredKind() {
    EntryWrite write = new EntryWrite("", "[ESPOCRM-SLOT:2]", Kind.BUSINESS_FAX, false);

    ObjectNode body = AdvowareJson.updateBody(write);

    assertThat(body.get("tlf").textValue()).isEmpty();
    assertThat(body.get("bemerkung").textValue()).isEqualTo("[ESPOCRM-SLOT:2]");
    assertThat(body.get("online").booleanValue()).isFalse();
    assertThat(body.get("kommKz").intValue()).isEqualTo(2);
  }

  @Test
  void writtenEntryReadsBackToTheSameValues() {
    EntryWrite write =
        new EntryWrite(
            "0511/123456", "[ESPOCRM:MDUxMS8xMjM0NTY=:1] Zentrale", Kind.BUSINESS_PHONE, false);
    ObjectNode stored = AdvowareJson.createBody(write);
    stored.put("id", 88001).put("rowId", "AAAA");

    PartyEntry entry = AdvowareJson.readEntry(stored);

    assertThat(entry.value()).isEqualTo(write.value());
    assertThat(entry.remark()).isEqualTo(write.remark());
    assertThat(entry.kindCode()).isEqualTo(write.kind().code());
    assertThat(entry.online()).isEqualTo(write.online());
  }

  @Test
  void garbageAndWrongShapesThrowMalformedResponse() {
    assertThatThrownBy(() -> AdvowareJson.parse("Fehler: 0511/123456", "party 1"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageNotContaining("0511");
    assertMalformedParty("[]", "not a JSON object");
    assertMalformedParty("{\"rowId\":\"x\"}", "betNr");
    assertMalformedParty("{\"betNr\":1.5}", "betNr");
    assertMalformedParty("{\"betNr\":1,\"kommunikation\":{}}", "kommunikation");
    assertMalformedParty("{\"betNr\":1,\"kommunikation\":[{\"tlf\":\"x\"}]}", "id");
    assertMalformedParty("{\"betNr\":1,\"kommunikation\":[{\"id\":2,\"tlf\":5}]}", "tlf");
    assertMalformedParty("{\"betNr\":1,\"kommunikation\":[{\"id\":2,\"kommKz\":\"1\"}]}", "kommKz");
    assertMalformedParty("{\"betNr\":1,\"kommunikation\":[{\"id\":2,\"online\":1}]}", "online");
    assertMalformedParty(
        "{\"betNr\":1,\"geaendertAm\":\"8.2.2026\",\"kommunikation\":[]}", "geaendertAm");
  }

  @Test
  void refusesPartyWithoutEntryListInsteadOfReadingItEmpty() {
    assertMalformedParty("{\"betNr\":7,\"rowId\":\"x\"}", "party 7: kommunikation is missing");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":null}", "kommunikation is missing");
  }

  @Test
  void refusesRepeatedEntryIdsWithinOneParty() {
    assertMalformedParty(
        "{\"betNr\":7,\"kommunikation\":[{\"id\":3,\"tlf\":\"a\"},{\"id\":\"3\",\"tlf\":\"b\"}]}",
        "party 7: entry id 3 repeats");
  }

  @Test
  void refusesEntryThatNamesAnotherParty() {
    assertMalformedParty(
        "{\"betNr\":7,\"kommunikation\":[{\"id\":3,\"betNr\":8,\"tlf\":\"a\"}]}",
        "party 7 kommunikation item 0: betNr names another party");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"id\":3,\"betNr\":\"x\"}]}", "betNr");
  }

  @Test
  void refusesEntryWithMissingOrNonIntegerId() {
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"tlf\":\"a\"}]}", "id is missing");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"id\":null}]}", "id is missing");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"id\":3.5}]}", "not an integer");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"id\":\"3a\"}]}", "not an integer");
    assertMalformedParty("{\"betNr\":7,\"kommunikation\":[{\"id\":true}]}", "not an integer");
  }

  @Test
  void acceptsNullValueAndNullRemarkAndOwnPartyNumber() {
    JsonNode json =
        AdvowareJson.parse(
            "{\"betNr\":7,\"kommunikation\":[{\"id\":3,\"betNr\":7,\"tlf\":null,"
                + "\"bemerkung\":null}]}",
            "t");

    PartySnapshot party = AdvowareJson.readParty(json);

    assertThat(party.entries()).containsExactly(new PartyEntry(3, null, null, 0, null, false));
  }

  private static void assertMalformedParty(String body, String messagePart) {
    JsonNode json = AdvowareJson.parse(body, "t");

    assertThatThrownBy(() -> AdvowareJson.readParty(json))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(messagePart);
  }
}
