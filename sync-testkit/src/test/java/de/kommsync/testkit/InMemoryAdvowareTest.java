package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.NoSuchPartyException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryAdvowareTest {

  private final AdvowareSimulation simulation = AdvowareSimulation.builder().build();
  private final InMemoryAdvoware advoware = new InMemoryAdvoware(simulation);

  private void loadSample() {
    simulation.load(AdvowareSimulationTest.sampleParty());
  }

  @Test
  void readsThePartyWithKindsReportedAsZero() {
    // SPEC section 2: GET reports kommKz 0
    loadSample();

    PartySnapshot party = advoware.readParty("104860");

    assertThat(party.entries()).hasSize(5).allMatch(e -> e.kindCode() == 0);
    assertThat(party.contactFields()).containsEntry("mobil", "0171 2345678");
    assertThat(advoware.calls(CallKind.PARTY_READ)).isEqualTo(1);
  }

  @Test
  void anUnknownOrNonNumericPartyIsNoSuchParty() {
    // research/advoware-api.md §4.6: 404 means deleted in Advoware

    assertThatThrownBy(() -> advoware.readParty("104860")).isInstanceOf(NoSuchPartyException.class);
    assertThatThrownBy(() -> advoware.readParty("abc")).isInstanceOf(NoSuchPartyException.class);
    assertThatThrownBy(() -> advoware.createEntry("1", new EntryWrite("x", "", Kind.OTHER, false)))
        .isInstanceOf(NoSuchPartyException.class);
  }

  @Test
  void createsAnEntryAndAnswersItWithItsKind() {
    loadSample();

    PartyEntry created =
        advoware.createEntry(
            "104860",
            new EntryWrite("0511 777", "[ESPOCRM:MDUxMSA3Nzc=:2]", Kind.BUSINESS_FAX, false));

    assertThat(created.kindCode()).isEqualTo(2);
    assertThat(created.id()).isEqualTo(90001);
    assertThat(advoware.entry("104860", created.id())).contains(created);
    assertThat(advoware.calls(CallKind.ENTRY_CREATE)).isEqualTo(1);
  }

  @Test
  void updateKeepsTheKindWhateverIsSent() {
    // research/advoware-api.md §4.3
    loadSample();

    PartyEntry updated =
        advoware.updateEntry(
            "104860", 88004, new EntryWrite("0511 1", "[ESPOCRM:eA==:3]", Kind.MOBILE, false));

    assertThat(updated.value()).isEqualTo("0511 1");
    assertThat(advoware.entry("104860", 88004).orElseThrow().kindCode()).isZero();
  }

  @Test
  void anUpdateOfAnUnknownEntryIsA404RemoteCallException() {
    loadSample();

    assertThatThrownBy(
            () -> advoware.updateEntry("104860", 1, new EntryWrite("", "", Kind.OTHER, false)))
        .isInstanceOfSatisfying(
            RemoteCallException.class,
            e -> {
              assertThat(e).isNotInstanceOf(NoSuchPartyException.class);
              assertThat(e.status()).hasValue(404);
            });
  }

  @Test
  void aTooLongRemarkIsARejectedWrite() {
    loadSample();

    assertThatThrownBy(
            () ->
                advoware.updateEntry(
                    "104860", 88001, new EntryWrite("x", "y".repeat(256), Kind.OTHER, false)))
        .isInstanceOf(RejectedWriteException.class);
  }

  @Test
  void aCreateWhoseAnswerIsLostIsAppliedWithUnknownOutcome() {
    loadSample();
    advoware.faults().loseResponse(CallKind.ENTRY_CREATE, 0);

    assertThatThrownBy(
            () ->
                advoware.createEntry(
                    "104860", new EntryWrite("0511 777", "m", Kind.BUSINESS_FAX, false)))
        .isInstanceOfSatisfying(
            RemoteCallException.class,
            e -> {
              assertThat(e.outcomeUnknown()).isTrue();
              assertThat(e.retryable()).isFalse();
            });
    assertThat(advoware.party("104860").entries()).hasSize(6);
  }

  @Test
  void aCreateFailedBeforeTheCallCreatesNothing() {
    loadSample();
    advoware.faults().failBefore(call -> call.kind() == CallKind.ENTRY_CREATE);

    assertThatThrownBy(
            () ->
                advoware.createEntry(
                    "104860", new EntryWrite("0511 777", "m", Kind.BUSINESS_FAX, false)))
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    assertThat(advoware.party("104860").entries()).hasSize(5);
  }

  @Test
  void anUpdateWhoseAnswerIsLostIsApplied() {
    loadSample();
    advoware.setFaults(new FaultPlan().loseResponse(CallKind.ENTRY_UPDATE, 0));

    assertThatThrownBy(
            () ->
                advoware.updateEntry(
                    "104860",
                    88004,
                    new EntryWrite("0511 2", "[ESPOCRM:eA==:2]", Kind.BUSINESS_FAX, false)))
        .isInstanceOfSatisfying(
            RemoteCallException.class,
            e -> {
              assertThat(e.outcomeUnknown()).isTrue();
              assertThat(e.retryable()).isTrue();
            });
    assertThat(advoware.entry("104860", 88004).orElseThrow().value()).isEqualTo("0511 2");
    assertThat(advoware.callLog()).extracting(FakeCall::target).containsExactly("104860/88004");
  }

  @Test
  void userEditsChangeTheStoredParty() {
    loadSample();

    long id = advoware.addEntry("104860", Kind.PRIVATE_EMAIL, "privat@example.de", "privat");
    advoware.setValue("104860", 88004, "0511 555");
    advoware.setRemark("104860", 88002, "Handy");
    advoware.removeEntry("104860", 88005);
    advoware.setPartyField("104860", "mobil", "0171 0000000");

    PartySnapshot party = advoware.party("104860");
    assertThat(party.entries())
        .extracting(PartyEntry::id)
        .containsExactly(88001L, 88002L, 88003L, 88004L, id);
    assertThat(advoware.entry("104860", id).orElseThrow().kindCode()).isEqualTo(8);
    assertThat(advoware.entry("104860", 88004).orElseThrow().value()).isEqualTo("0511 555");
    assertThat(advoware.entry("104860", 88002).orElseThrow().remark()).isEqualTo("Handy");
    assertThat(party.contactFields()).containsEntry("mobil", "0171 0000000");
    assertThat(advoware.calls(CallKind.PARTY_READ)).isZero();
  }

  @Test
  void readWriteReadOfEverySampleEntryGivesEqualValues() {
    for (SampleParties.Pair pair : SampleParties.all()) {
      simulation.load(pair.advoware());
      for (PartyEntry entry : advoware.party(pair.partyId()).entries()) {
        Kind kind = Kind.ofCode(entry.kindCode()).orElse(Kind.OTHER);
        EntryWrite write =
            new EntryWrite(entry.valueOrEmpty(), entry.remarkOrEmpty(), kind, entry.online());

        advoware.updateEntry(pair.partyId(), entry.id(), write);
        PartyEntry again = advoware.entry(pair.partyId(), entry.id()).orElseThrow();

        assertThat(again.valueOrEmpty()).as(pair.name()).isEqualTo(entry.valueOrEmpty());
        assertThat(again.remarkOrEmpty()).as(pair.name()).isEqualTo(entry.remarkOrEmpty());
        assertThat(again.online()).isEqualTo(entry.online());
        assertThat(again.kindCode()).isEqualTo(entry.kindCode());
      }
    }
  }

  @Test
  void parallelCreatesGetDistinctIdsAndAreAllCounted() throws Exception {
    loadSample();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<PartyEntry>> futures = new ArrayList<>();

    for (int i = 0; i < 40; i++) {
      String value = "0511 " + (1000 + i);
      futures.add(
          pool.submit(
              () -> advoware.createEntry("104860", new EntryWrite(value, "", Kind.OTHER, false))));
    }
    Set<Long> ids = new HashSet<>();
    for (Future<PartyEntry> future : futures) {
      ids.add(future.get().id());
    }
    pool.shutdown();

    assertThat(ids).hasSize(40);
    assertThat(advoware.calls(CallKind.ENTRY_CREATE)).isEqualTo(40);
    assertThat(advoware.party("104860").entries()).hasSize(45);
  }
}
