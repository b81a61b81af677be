package de.kommsync.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncException;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.marker.ParsedRemark;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartyEntry;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.InMemoryAdvoware;
import de.kommsync.testkit.InMemoryEspoCrm;
import de.kommsync.value.ValueKeys;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile input corpus (malformed markers and remarks, values no system should hold, JSON
 * bodies with missing fields, nulls, wrong types, huge strings, control characters, bytes that are
 * not UTF-8 and deep nesting) through the marker codec, the value keys, both JSON mappers and whole
 * runs on the simulations: no crash, no hang, a clear error or a reported skip, nothing written
 * that should not be. The timeouts detect hangs; they assert no speed.
 */
class HostileInputTest {

  private static final Duration HANG = Duration.ofSeconds(60);
  private static final String HUGE_PART = HostileCorpus.HUGE.substring(0, 64);

  static Stream<String> remarks() {
    return HostileCorpus.remarks().stream();
  }

  static Stream<String> values() {
    return HostileCorpus.values().stream();
  }

  static Stream<String> crmBodies() {
    return HostileCorpus.crmBodies().stream();
  }

  static Stream<String> partyBodies() {
    return HostileCorpus.partyBodies().stream();
  }

  @Test
  void theCorpusHoldsAtLeastTwoHundredCases() {
    int cases =
        HostileCorpus.remarks().size() * 2
            + HostileCorpus.values().size() * 2
            + HostileCorpus.crmBodies().size()
            + HostileCorpus.partyBodies().size();

    assertThat(cases).isGreaterThanOrEqualTo(200);
  }

  @Test
  void aNullRemarkIsUserTextWithoutMarker() {
    ParsedRemark parsed = MarkerCodec.parse(null);

    assertThat(parsed.marker()).isNull();
    assertThat(parsed.userText()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("remarks")
  void everyRemarkParsesAsTheGrammarSays(String remark) {
    ParsedRemark parsed = assertTimeoutPreemptively(HANG, () -> MarkerCodec.parse(remark));

    OwnMarkers.Read own = OwnMarkers.read(remark);
    assertThat(parsed.marker() != null).as("marker found").isEqualTo(own.marked());
    assertThat(parsed.userText()).isEqualTo(own.userText());
    if (parsed.marker() instanceof Marker.Value value) {
      assertThat(value.syncedValue()).isEqualTo(own.value());
    }
    if (parsed.marker() != null) {
      assertThat(parsed.marker().kind().code()).isEqualTo(own.kind());
    }
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyValueGetsAKeyOrNone(String value) {
    ValueKeys keys = new ValueKeys("DE");

    assertTimeoutPreemptively(
        HANG,
        () -> {
          keys.key(Channel.PHONE, value);
          keys.key(Channel.EMAIL, value);
        });
  }

  @ParameterizedTest
  @MethodSource("crmBodies")
  void everyCrmBodyIsReadOrRefusedWithAClearError(String body) {
    EspoCrmJson json = new EspoCrmJson(EspoCrmConfig.defaults());

    String error =
        assertTimeoutPreemptively(
            HANG, () -> refusal(() -> json.readRecord(EspoCrmJson.parse(body, "CRM record x"))));

    assertClear(error);
  }

  @ParameterizedTest
  @MethodSource("partyBodies")
  void everyPartyBodyIsReadOrRefusedWithAClearError(String body) {
    String error =
        assertTimeoutPreemptively(
            HANG, () -> refusal(() -> AdvowareJson.readParty(AdvowareJson.parse(body, "party"))));

    assertClear(error);
  }

  @ParameterizedTest
  @MethodSource("remarks")
  void aRunOverAnEntryWithAHostileRemarkSyncsTheRestAndKeepsTheText(String remark) {
    RunOutcomeAndParty run = assertTimeoutPreemptively(HANG, () -> runWith("0511 123456", remark));

    assertThat(run.result.outcome()).isIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
    assertThat(run.crmPhones).contains("+49304455667");
    assertThat(OwnMarkers.read(run.hostile.remark()).userText())
        .isEqualTo(OwnMarkers.read(remark).userText());
    assertThat(run.hostile.value()).isEqualTo("0511 123456");
  }

  @ParameterizedTest
  @MethodSource("values")
  void aRunOverAnEntryWithAHostileValueSyncsTheRestAndLeavesTheValue(String value) {
    RunOutcomeAndParty run = assertTimeoutPreemptively(HANG, () -> runWith(value, "Notiz"));

    assertThat(run.result.outcome()).isIn(RunOutcome.SUCCESS, RunOutcome.NOTHING_TO_DO);
    assertThat(run.crmPhones).contains("+49304455667");
    assertThat(run.hostile.value()).isEqualTo(value);
    assertThat(OwnMarkers.read(run.hostile.remark()).userText()).isEqualTo("Notiz");
  }

  private record RunOutcomeAndParty(RunResult result, PartyEntry hostile, List<String> crmPhones) {}

  private static RunOutcomeAndParty runWith(String value, String remark) {
    AdvowareSimulation party = AdvowareSimulation.builder().build();
    EspoCrmSimulation crm = EspoCrmSimulation.builder().build();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode().put("betNr", 4711);
    json.putArray("kommunikation")
        .add(
            nodes
                .objectNode()
                .put("id", 1)
                .put("kommKz", 1)
                .put("tlf", value)
                .put("bemerkung", remark))
        .add(nodes.objectNode().put("id", 2).put("kommKz", 1).put("tlf", "030 4455667"));
    party.load(json);
    crm.load(nodes.objectNode().put("id", Sandbox.RECORD_ID).put("betnr", 4711));
    InMemoryAdvoware partySystem = new InMemoryAdvoware(party);
    InMemoryEspoCrm espo = new InMemoryEspoCrm(crm);
    try (SyncEngine engine =
        SyncEngine.builder().partySystem(partySystem).crm(espo).executor(Player.POOL).build()) {
      RunResult result = engine.sync("4711", Sandbox.RECORD_ID);
      PartyEntry hostile = partySystem.entry("4711", 1).orElseThrow();
      List<String> phones =
          espo.record(Sandbox.RECORD_ID).phones().stream().map(CrmValue::value).toList();
      return new RunOutcomeAndParty(result, hostile, phones);
    }
  }

  private static @Nullable String refusal(Runnable read) {
    try {
      read.run();
      return null;
    } catch (SyncException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static void assertClear(@Nullable String error) {
    if (error != null) {
      assertThat(error).isNotBlank().hasSizeLessThan(400).doesNotContain(HUGE_PART);
    }
  }
}
