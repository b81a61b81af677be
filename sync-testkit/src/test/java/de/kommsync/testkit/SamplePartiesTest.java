package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplePartiesTest {

  @Test
  void holdsAtLeastTwelveDistinctPairsWithLinkedIds() {

    List<SampleParties.Pair> pairs = SampleParties.all();

    assertThat(pairs).hasSizeGreaterThanOrEqualTo(12);
    Set<String> names = new HashSet<>();
    Set<String> records = new HashSet<>();
    for (SampleParties.Pair pair : pairs) {
      assertThat(names.add(pair.name())).isTrue();
      assertThat(records.add(pair.recordId())).isTrue();
      assertThat(pair.espocrm().get("betnr").asText()).isEqualTo(pair.partyId());
    }
  }

  @Test
  void everyPairLoadsAndReadsThroughTheFakes() {
    AdvowareSimulation advowareSimulation = AdvowareSimulation.builder().build();
    EspoCrmSimulation crmSimulation = EspoCrmSimulation.builder().build();
    SampleParties.loadAll(advowareSimulation, crmSimulation);
    InMemoryAdvoware advoware = new InMemoryAdvoware(advowareSimulation);
    InMemoryEspoCrm crm = new InMemoryEspoCrm(crmSimulation);

    for (SampleParties.Pair pair : SampleParties.all()) {
      PartySnapshot party = advoware.readParty(pair.partyId());
      assertThat(party.entries()).as(pair.name()).isNotEmpty();
      assertThat(crm.readRecord(pair.recordId()).partyId()).isEqualTo(pair.partyId());
    }
  }

  @Test
  void theInSyncPairsMarkersParseBackToTheirValuesAndKinds() {
    PartySnapshot party = loadedParty("in-sync");

    for (PartyEntry entry : party.entries()) {
      Marker marker = MarkerCodec.parse(entry.remark()).markerIfAny().orElseThrow();
      assertThat(marker).isInstanceOf(Marker.Value.class);
      assertThat(((Marker.Value) marker).syncedValue()).isEqualTo(entry.value());
      assertThat(marker.kind().code()).isEqualTo(entry.kindCode());
    }
  }

  @Test
  void theMalformedMarkersPairHoldsNoWellFormedMarker() {
    PartySnapshot party = loadedParty("malformed-markers");

    assertThat(party.entries())
        .allSatisfy(entry -> assertThat(MarkerCodec.parse(entry.remark()).marker()).isNull());
  }

  @Test
  void returnsFreshCopies() {
    SampleParties.named("in-sync").advoware().put("name", "changed");

    assertThat(SampleParties.named("in-sync").advoware().get("name").textValue())
        .isEqualTo("Schäfer");
  }

  private static PartySnapshot loadedParty(String name) {
    AdvowareSimulation simulation = AdvowareSimulation.builder().build();
    SampleParties.Pair pair = SampleParties.named(name);
    pair.loadInto(simulation, EspoCrmSimulation.builder().build());
    return new InMemoryAdvoware(simulation).party(pair.partyId());
  }
}
