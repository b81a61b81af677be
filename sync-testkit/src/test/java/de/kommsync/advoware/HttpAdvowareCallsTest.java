package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.MalformedResponseException;
import de.kommsync.NoSuchPartyException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.testkit.FakeAdvowareServer.Fault;
import de.kommsync.testkit.FakeAdvowareServer.LoggedRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAdvowareCallsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENTRIES = ".*/Beteiligte/104860/Kommunikationen";
  private static final String ENTRY = ".*/Beteiligte/104860/Kommunikationen/[0-9]+";
  private static final String PARTY = ".*/Beteiligte/104860";

  private final AdvowareFixture fixture = new AdvowareFixture();
  private final String party =
      fixture.party(
          104860,
          List.of(
              new EntryWrite("0511/123456", "Zentrale", Kind.BUSINESS_PHONE, false),
              new EntryWrite("max@kanzlei-beispiel.de", "", Kind.BUSINESS_EMAIL, true)));
  private final HttpAdvoware adapter = fixture.adapter();
  private final EntryWrite mobile =
      new EntryWrite("0171 2345678", "[ESPOCRM:MDE3MSAyMzQ1Njc4:3]", Kind.MOBILE, false);

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<LoggedRequest> requests(String method) {
    return fixture.server.requests().stream().filter(r -> r.method().equals(method)).toList();
  }

  private long firstEntryId() {
    return adapter.readParty(party).entries().get(0).id();
  }

  private RemoteCallException failureOf(Runnable call) {
    try {
      call.run();
    } catch (RemoteCallException e) {
      return e;
    }
    throw new AssertionError("the call did not fail");
  }

  @Test
  void readsThePartyWithItsEntriesAndTheKindTheServerReports() {
    PartySnapshot snapshot = adapter.readParty(party);

    assertThat(snapshot.partyId()).isEqualTo("104860");
    assertThat(snapshot.rowId()).isEqualTo("FBABAAAANJFGABAAGJDOAEAPAAAAAPGFPDAFAAAA");
    assertThat(snapshot.changedAt()).isEqualTo(LocalDateTime.parse("2026-02-08T14:12:09"));
    assertThat(snapshot.entries())
        .extracting(PartyEntry::value, PartyEntry::kindCode, PartyEntry::remark)
        .containsExactly(
            tuple("0511/123456", 0, "Zentrale"), tuple("max@kanzlei-beispiel.de", 0, null));
  }

  @Test
  void reportsAPartyThatAnswers404AsDeleted() {
    assertThatThrownBy(() -> adapter.readParty("999999"))
        .isInstanceOf(NoSuchPartyException.class)
        .hasMessageContaining("999999");
    assertThat(requests("GET")).hasSize(1);
  }

  @Test
  void readsAPartyIdWrittenWithLeadingZeros() {
    PartySnapshot snapshot = adapter.readParty("0104860");

    assertThat(snapshot.partyId()).isEqualTo("104860");
    assertThat(requests("GET"))
        .singleElement()
        .satisfies(r -> assertThat(r.path()).endsWith("/Beteiligte/104860"));
  }

  @Test
  void refusesAPartyIdThatIsNotANumberBeforeAnyCall() {
    assertThatThrownBy(() -> adapter.readParty("104860/../../Token"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fixture.server.requests()).isEmpty();
  }

  @Test
  void createsAnEntryWithValueRemarkKindAndOnlineFlagAsJson() throws Exception {
    PartyEntry created = adapter.createEntry(party, mobile);

    LoggedRequest post = requests("POST").get(1);
    JsonNode body = JSON.readTree(post.body());
    assertThat(post.path())
        .isEqualTo("/connector/api/v1/advonet/Beteiligte/104860/Kommunikationen");
    assertThat(post.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(body.path("tlf").asText()).isEqualTo("0171 2345678");
    assertThat(body.path("bemerkung").asText()).isEqualTo("[ESPOCRM:MDE3MSAyMzQ1Njc4:3]");
    assertThat(body.path("kommKz").asInt()).isEqualTo(3);
    assertThat(body.path("online").isBoolean()).isTrue();
    assertThat(created.value()).isEqualTo("0171 2345678");
    assertThat(adapter.readParty(party).entries())
        .extracting(PartyEntry::id)
        .contains(created.id());
  }

  @Test
  void updatesAnEntryWithPutAndReturnsItAsStored() {
    long id = firstEntryId();

    PartyEntry updated =
        adapter.updateEntry(
            party, id, new EntryWrite("", "[ESPOCRM-SLOT:1] Zentrale", Kind.BUSINESS_PHONE, false));

    assertThat(requests("PUT"))
        .singleElement()
        .satisfies(r -> assertThat(r.path()).endsWith("/Kommunikationen/" + id));
    assertThat(updated.id()).isEqualTo(id);
    assertThat(updated.isBlank()).isTrue();
    assertThat(updated.remark()).isEqualTo("[ESPOCRM-SLOT:1] Zentrale");
  }

  @Test
  void neverSendsADeleteEvenWhenBlankingAnEntry() {
    long id = firstEntryId();

    adapter.updateEntry(
        party, id, new EntryWrite("", "[ESPOCRM-SLOT:1]", Kind.BUSINESS_PHONE, false));
    adapter.createEntry(party, mobile);

    assertThat(fixture.server.requests())
        .extracting(LoggedRequest::method)
        .doesNotContain("DELETE");
  }

  @Test
  void neverRepeatsACreateWhoseAnswerWasLost() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.applyThenDrop());

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.retryable()).isFalse();
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
    assertThat(adapter.readParty(party).entries()).hasSize(3);
  }

  @Test
  void neverRepeatsACreateThatAnswered502AfterTheWrite() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.applyThenStatus(502));

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.status()).hasValue(502);
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
  }

  @Test
  void neverRepeatsACreateThatTimedOut() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.delay(Duration.ofSeconds(5)));
    HttpAdvoware impatient =
        fixture.adapter(fixture.server.config().requestTimeout(Duration.ofSeconds(1)).build());

    RemoteCallException failure = failureOf(() -> impatient.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).contains("timed out");
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
  }

  @Test
  void reportsACreateWithAnUnreadableAnswerAsUnknownOutcome() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.garbledBody());

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
  }

  @Test
  void repeatsACreateTheServerRefusedWith429() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.statusWithRetryAfter(429, 0));

    adapter.createEntry(party, mobile);

    assertThat(requests("POST"))
        .filteredOn(r -> !r.isTokenRequest())
        .extracting(LoggedRequest::status)
        .containsExactly(429, 200);
    assertThat(adapter.readParty(party).entries()).hasSize(3);
  }

  @Test
  void neverRepeatsACreateWhoseConnectionWasResetAfterSending() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.reset());

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.retryable()).isFalse();
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
    assertThat(adapter.readParty(party).entries()).hasSize(2);
  }

  @Test
  void repeatsAReadOn503HonouringRetryAfter() {
    fixture.server.inject("GET", PARTY, 2, Fault.statusWithRetryAfter(503, 0));

    PartySnapshot snapshot = adapter.readParty(party);

    assertThat(snapshot.entries()).hasSize(2);
    assertThat(requests("GET")).extracting(LoggedRequest::status).containsExactly(503, 503, 200);
  }

  @Test
  void repeatsAReadOn429() {
    fixture.server.inject("GET", PARTY, 1, Fault.statusWithRetryAfter(429, 0));

    adapter.readParty(party);

    assertThat(requests("GET")).extracting(LoggedRequest::status).containsExactly(429, 200);
  }

  @Test
  void repeatsAReadWhoseConnectionWasReset() {
    fixture.server.inject("GET", PARTY, 1, Fault.reset());

    adapter.readParty(party);

    assertThat(requests("GET")).extracting(LoggedRequest::status).containsExactly(0, 200);
  }

  @Test
  void repeatsAReadThatTimedOut() {
    fixture.server.inject("GET", PARTY, 1, Fault.delay(Duration.ofSeconds(5)));
    HttpAdvoware impatient =
        fixture.adapter(fixture.server.config().requestTimeout(Duration.ofSeconds(1)).build());

    PartySnapshot snapshot = impatient.readParty(party);

    assertThat(snapshot.entries()).hasSize(2);
  }

  @Test
  void givesUpAReadAfterTheLastAttemptAndSaysARetryMayHelp() {
    fixture.server.inject("GET", PARTY, 5, Fault.status(503, "Service Unavailable"));

    RemoteCallException failure = failureOf(() -> adapter.readParty(party));

    assertThat(failure.retryable()).isTrue();
    assertThat(failure.status()).hasValue(503);
    assertThat(failure.reason()).hasValue("service unavailable");
    assertThat(requests("GET")).hasSize(AdvowareFixture.FAST_RETRY.maxAttempts());
  }

  @Test
  void stopsRetryingWhenRetryAfterAsksForMoreThanThePolicysLongestWait() {
    fixture.server.inject("GET", PARTY, 1, Fault.statusWithRetryAfter(503, 120));

    RemoteCallException failure = failureOf(() -> adapter.readParty(party));

    assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(120));
    assertThat(requests("GET")).hasSize(1);
  }

  @Test
  void repeatsAnUpdateOn503And429() {
    long id = firstEntryId();
    fixture.server.inject("PUT", ENTRY, 1, Fault.statusWithRetryAfter(503, 0));
    fixture.server.inject("PUT", ENTRY, 1, Fault.statusWithRetryAfter(429, 0));

    adapter.updateEntry(party, id, new EntryWrite("0511/9", "x", Kind.BUSINESS_PHONE, false));

    assertThat(requests("PUT")).extracting(LoggedRequest::status).containsExactly(503, 429, 200);
    assertThat(adapter.readParty(party).entries().get(0).value()).isEqualTo("0511/9");
  }

  @Test
  void reportsAnUpdateThatFailedWith500AsUnknownWithoutRepeating() {
    long id = firstEntryId();
    fixture.server.inject("PUT", ENTRY, 1, Fault.status(500, "Internal Server Error"));

    RemoteCallException failure =
        failureOf(
            () ->
                adapter.updateEntry(
                    party, id, new EntryWrite("0511/9", "", Kind.BUSINESS_PHONE, false)));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.retryable()).isFalse();
    assertThat(requests("PUT")).hasSize(1);
  }

  @Test
  void reportsAWriteTheServerRejectedWithoutItsValues() {
    String longRemark = "Bemerkung max@kanzlei-beispiel.de ".repeat(10);

    RemoteCallException failure =
        failureOf(
            () ->
                adapter.createEntry(
                    party, new EntryWrite("0511/7", longRemark, Kind.BUSINESS_PHONE, false)));

    assertThat(failure).isInstanceOf(RejectedWriteException.class);
    assertThat(failure.status()).hasValue(400);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.outcomeUnknown()).isFalse();
    assertThat(failure.getMessage()).doesNotContain("max@").doesNotContain("0511");
  }

  @Test
  void reportsAnUpdateOfAnUnknownEntryAsNotRetryable() {
    RemoteCallException failure =
        failureOf(
            () ->
                adapter.updateEntry(
                    party, 1, new EntryWrite("0511/9", "", Kind.BUSINESS_PHONE, false)));

    assertThat(failure.status()).hasValue(404);
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).contains("entry 1").contains("104860");
  }

  @Test
  void reportsACreateForADeletedPartyAsNoSuchParty() {
    fixture.simulation.deleteParty(104860);

    assertThatThrownBy(() -> adapter.createEntry(party, mobile))
        .isInstanceOf(NoSuchPartyException.class);
  }

  @Test
  void reportsAnUnreadableReadAsMalformed() {
    fixture.server.inject("GET", PARTY, 1, Fault.garbledBody());

    assertThatThrownBy(() -> adapter.readParty(party))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("104860");
  }

  @Test
  void reportsAnHtmlPageAnsweredToAReadAsMalformedWithoutQuotingIt() {
    fixture.server.inject("GET", PARTY, 1, Fault.htmlPage());

    assertThatThrownBy(() -> adapter.readParty(party))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("104860")
        .hasMessageContaining("HTML or XML page")
        .hasMessageNotContaining("Anmeldung")
        .hasMessageNotContaining("portal-support");
  }

  @Test
  void readsJsonLabelledPlainText() {
    fixture.server.inject("GET", PARTY, 1, Fault.jsonAsPlainText());

    PartySnapshot snapshot = adapter.readParty(party);

    assertThat(snapshot.entries()).extracting(PartyEntry::value).contains("0511/123456");
  }

  @Test
  void reportsAnUpdateAnsweredWithAnHtmlPageAsUnknownOutcome() {
    long id = firstEntryId();
    fixture.server.inject("PUT", ENTRY, 1, Fault.htmlPage());

    RemoteCallException failure =
        failureOf(
            () ->
                adapter.updateEntry(
                    party, id, new EntryWrite("0511/9", "", Kind.BUSINESS_PHONE, false)));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).contains("entry " + id).doesNotContain("Anmeldung");
    assertThat(requests("PUT")).hasSize(1);
    assertThat(adapter.readParty(party).entries().get(0).value()).isEqualTo("0511/9");
  }

  @Test
  void reportsACreateAnsweredWithAnHtmlPageAsUnknownOutcome() {
    fixture.server.inject("POST", ENTRIES, 1, Fault.htmlPage());

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.getMessage()).doesNotContain("Anmeldung", "portal-support");
    assertThat(requests("POST")).filteredOn(r -> !r.isTokenRequest()).hasSize(1);
    assertThat(adapter.readParty(party).entries()).hasSize(3);
  }

  @Test
  void reportsAnUnreachableServerAsRetryableWithKnownOutcome() {
    fixture.close();

    RemoteCallException failure = failureOf(() -> adapter.createEntry(party, mobile));

    assertThat(failure.status()).isEmpty();
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.outcomeUnknown()).isFalse();
  }
}
