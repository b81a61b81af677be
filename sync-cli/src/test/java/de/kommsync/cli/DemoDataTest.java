package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartySnapshot;
import de.kommsync.testkit.SampleParties;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  @Test
  void cyclesThroughEveryScenario() {
    List<DemoParty> parties = DemoData.parties(64);

    assertThat(parties).hasSize(64);
    assertThat(parties.stream().map(DemoParty::scenario).distinct())
        .containsExactlyElementsOf(DemoData.scenarios());
  }

  @Test
  void givesEveryPartyItsOwnIds() {
    List<DemoParty> parties = DemoData.parties(64);

    assertThat(parties.stream().map(DemoParty::betNr)).doesNotHaveDuplicates();
    assertThat(parties.stream().map(DemoParty::recordId))
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).hasSize(17));
  }

  @Test
  void isDeterministic() {
    assertThat(DemoData.parties(20)).isEqualTo(DemoData.parties(20));
  }

  @Test
  void linksBothPayloadsAndGivesEveryEntryItsRealKind() {
    DemoParty party = DemoData.parties(1).get(0);

    assertThat(party.espocrm().get("betnr").asLong()).isEqualTo(party.betNr());
    assertThat(party.advoware().get("betNr").asLong()).isEqualTo(party.betNr());
    assertThat(party.advoware().get("kommunikation"))
        .allSatisfy(entry -> assertThat(entry.get("kommKz").asInt()).isBetween(1, 12));
  }

  @Test
  void staysClearOfTheSampleParties() {
    Set<String> sampleIds =
        SampleParties.all().stream().map(SampleParties.Pair::recordId).collect(Collectors.toSet());
    Set<String> sampleParties =
        SampleParties.all().stream().map(SampleParties.Pair::partyId).collect(Collectors.toSet());

    assertThat(DemoData.parties(64))
        .allSatisfy(
            party -> {
              assertThat(sampleIds).doesNotContain(party.recordId());
              assertThat(sampleParties).doesNotContain(Long.toString(party.betNr()));
            });
  }

  @Test
  void writesMarkersThatParseExceptInTheMalformedScenario() {
    for (DemoParty party : DemoData.parties(16)) {
      for (JsonNode entry : party.advoware().get("kommunikation")) {
        String remark = entry.get("bemerkung").isNull() ? null : entry.get("bemerkung").asText();
        boolean marked = MarkerCodec.parse(remark).markerIfAny().isPresent();
        boolean looksMarked = remark != null && remark.contains(MarkerCodec.PREFIX);

        assertThat(marked || !looksMarked || party.scenario().equals("malformed-markers"))
            .as("%s entry %s", party.scenario(), entry.get("id"))
            .isTrue();
      }
    }
  }

  @Test
  void everyPayloadReadsThroughTheAdapterMappers() {
    EspoCrmJson mapper = new EspoCrmJson(EspoCrmConfig.defaults());

    for (DemoParty party : DemoData.parties(16)) {
      PartySnapshot snapshot = AdvowareJson.readParty(party.advoware());
      CrmRecord record = mapper.readRecord(party.espocrm());

      assertThat(snapshot.partyId()).isEqualTo(Long.toString(party.betNr()));
      assertThat(record.partyId()).isEqualTo(snapshot.partyId());
    }
  }

  @Test
  void refusesAnEmptyDataSet() {
    assertThatThrownBy(() -> DemoData.parties(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
