package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CRM phone whose type name the neutral types do not name (an instance's own {@code Pager}) keeps
 * exactly that type name through read, plan, update body and store.
 */
class NativePhoneTypeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECORD =
      """
      {"id": "6b12deaa5bccce130", "betnr": 4711,
       "emailAddressData": [],
       "phoneNumberData": [
         {"phoneNumber": "+491701111111", "type": "Pager", "primary": true,
          "optOut": false, "invalid": false}]}
      """;
  private static final String PARTY =
      """
      {"betNr": 4711, "rowId": "P1", "kommunikation": [
        {"id": 1, "betNr": 4711, "rowId": "E1", "kommKz": 0, "tlf": "0511 123456",
         "bemerkung": null, "online": false}]}
      """;

  private static long pagerEntryId(AdvowareSimulation advoSim) {
    for (JsonNode entry : advoSim.party(4711).orElseThrow().get("kommunikation")) {
      if (entry.path("tlf").asText().replaceAll("\\D", "").endsWith("1701111111")) {
        return entry.get("id").asLong();
      }
    }
    throw new AssertionError("the first run created no entry for the pager number");
  }

  @Test
  void keepsTheInstancesOwnPhoneTypeNameWhenTheSyncAddsAndReplacesValues() throws Exception {
    TestClock clock = TestClock.at(Instant.parse("2026-12-04T08:00:00Z"));
    EspoCrmSimulation crmSim =
        EspoCrmSimulation.builder()
            .clock(clock)
            .typeList(List.of("Mobile", "Office", "Home", "Fax", "Other", "Pager"))
            .build();
    AdvowareSimulation advoSim = AdvowareSimulation.builder().clock(clock).build();
    String recordId = crmSim.load(JSON.readTree(RECORD));
    advoSim.load(JSON.readTree(PARTY));

    RunResult first;
    RunResult changed;
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(new InMemoryAdvoware(advoSim))
            .crm(new InMemoryEspoCrm(crmSim))
            .clock(clock)
            .build()) {
      first = engine.sync("4711", recordId);
      long pagerEntry = pagerEntryId(advoSim);
      advoSim.setValueAsUser(4711, pagerEntry, "0170 2222222");
      clock.advance(Duration.ofMinutes(1));
      changed = engine.sync("4711", recordId);
    }

    JsonNode phones = crmSim.record(recordId).orElseThrow().get("phoneNumberData");
    assertThat(first.outcome()).as(first.reasonText().orElse("")).isEqualTo(RunOutcome.SUCCESS);
    assertThat(changed.outcome()).as(changed.reasonText().orElse("")).isEqualTo(RunOutcome.SUCCESS);
    assertThat(phones.findValuesAsText("phoneNumber"))
        .containsExactly("+491702222222", "+49511123456");
    assertThat(phones.get(0).get("type").asText()).isEqualTo("Pager");
    assertThat(phones.get(0).get("primary").asBoolean()).isTrue();
  }
}
