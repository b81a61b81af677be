package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.AuthenticationException;
import de.kommsync.MalformedResponseException;
import de.kommsync.NoSuchRecordException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.StaleRecordException;
import de.kommsync.espocrm.DuplicateRecordException;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmConnection;
import de.kommsync.espocrm.EspoCrmCredentials;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.retry.RetryPolicy;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpEspoCrm} against {@link FakeEspoCrmServer}: auth, writes, rules, retries, errors. */
class HttpEspoCrmTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "6b12deaa5bccce130";
  private static final String PATH = "/CBeteiligte/" + ID;
  private static final RetryPolicy FAST_RETRY =
      new RetryPolicy(3, Duration.ofMillis(5), 2.0, 0.0, Duration.ofSeconds(2));

  private EspoCrmSimulation simulation;
  private FakeEspoCrmServer server;

  @BeforeEach
  void startServerWithTheRealRecord() throws IOException {
    simulation = EspoCrmSimulation.builder().build();
    try (InputStream in = getClass().getResourceAsStream("/espocrm-cbeteiligte-real-9.3.4.json")) {
      simulation.load(JSON.readTree(in));
    }
    server = FakeEspoCrmServer.start(simulation);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpEspoCrm adapter(EspoCrmCredentials credentials) {
    return adapter(credentials, b -> b, EspoCrmConfig.defaults());
  }

  private HttpEspoCrm adapter() {
    return adapter(server.hmacCredentials());
  }

  private HttpEspoCrm adapter(
      EspoCrmCredentials credentials,
      UnaryOperator<EspoCrmConnection.Builder> tweak,
      EspoCrmConfig config) {
    EspoCrmConnection.Builder builder = server.connection(credentials).retryPolicy(FAST_RETRY);
    return new HttpEspoCrm(tweak.apply(builder).build(), config);
  }

  // ------------------------------------------------------------------ auth and headers

  @Test
  void readsRecordWithApiKey() {
    CrmRecord record = adapter(server.apiKeyCredentials()).readRecord(ID);

    assertThat(record.partyId()).isEqualTo("104860");
    assertThat(record.emails())
        .extracting(CrmValue::value)
        .containsExactly("max.mueller@kanzlei-beispiel.de", "Post@Mueller-Privat.de");
    assertThat(record.version()).isEqualTo(1L);
    assertThat(server.requests().get(0).header("X-Api-Key")).contains(FakeEspoCrmServer.API_KEY);
    assertThat(server.requests().get(0).header("X-Hmac-Authorization")).isEmpty();
  }

  @Test
  void readsRecordWithHmac() {
    CrmRecord record = adapter(server.hmacCredentials()).readRecord(ID);

    assertThat(record.phones())
        .extracting(CrmValue::type)
        .containsExactly(PhoneType.BUSINESS, PhoneType.FAX, PhoneType.MOBILE);
    assertThat(server.requests().get(0).header("X-Hmac-Authorization")).isPresent();
    assertThat(server.requests().get(0).header("X-Api-Key")).isEmpty();
  }

  @Test
  void refusedApiKeyFailsWithAuthenticationExceptionWithoutRetry() {
    HttpEspoCrm crm = adapter(EspoCrmCredentials.apiKey("wrong-key"));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> crm.readRecord(ID));

    assertThat(e.status()).hasValue(401);
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains(ID).doesNotContain("wrong-key");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void refusesHmacWithWrongSecretAndHmacOfAnApiKeyUser() {
    HttpEspoCrm wrongSecret =
        adapter(EspoCrmCredentials.hmac(FakeEspoCrmServer.HMAC_KEY, "not-the-secret"));
    HttpEspoCrm wrongMethod =
        adapter(EspoCrmCredentials.hmac(FakeEspoCrmServer.API_KEY, FakeEspoCrmServer.HMAC_SECRET));
    HttpEspoCrm hmacKeyAsApiKey = adapter(EspoCrmCredentials.apiKey(FakeEspoCrmServer.HMAC_KEY));

    assertThatThrownBy(() -> wrongSecret.readRecord(ID))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> wrongMethod.readRecord(ID))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> hmacKeyAsApiKey.readRecord(ID))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void sendsJsonContentTypeOnEveryRequest() {
    HttpEspoCrm crm = adapter();
    crm.rules();
    crm.readRecord(ID);
    crm.listSettled(null, 10);
    crm.updateRecord(ID, hashChange("0000000000000001"), 1L);

    assertThat(server.requests()).hasSize(5);
    assertThat(server.requests())
        .allSatisfy(r -> assertThat(r.header("Content-Type")).contains("application/json"));
  }

  // ------------------------------------------------------------------ updates

  @Test
  void updateSendsOnlyWhatTheChangeCarries() throws IOException {
    List<CrmValue> phones =
        List.of(
            CrmValue.phone("+49511123456", PhoneType.BUSINESS, true, false, false),
            CrmValue.phone("+49301234567", PhoneType.HOME, false, true, false));
    SyncState state =
        new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, "00000000000000aa");
    CrmChange change =
        new CrmChange(null, phones, state, EnumSet.of(SyncField.STATUS, SyncField.HASH));

    adapter().updateRecord(ID, change, 1L);

    RecordedRequest put = server.requests("PUT", PATH).get(0);
    JsonNode body = JSON.readTree(put.body());
    assertThat(names(body))
        .containsExactlyInAnyOrder(
            "phoneNumber", "phoneNumberData", "syncStatus", "kommunikationHash");
    assertThat(body.get("phoneNumber").asText()).isEqualTo("+49511123456");
    assertThat(put.header("X-Version-Number")).contains("1");
    for (JsonNode item : body.get("phoneNumberData")) {
      assertThat(item.get("type").isTextual()).isTrue();
      assertThat(item.get("primary").isBoolean()).isTrue();
      assertThat(item.get("optOut").isBoolean()).isTrue();
      assertThat(item.get("invalid").isBoolean()).isTrue();
    }
    assertThat(body.get("phoneNumberData").get(1).get("type").asText()).isEqualTo("Home");
  }

  @Test
  void flagsSentWithEveryItemKeepTheStoredOptOut() {
    HttpEspoCrm crm = adapter();
    CrmRecord before = crm.readRecord(ID);
    List<CrmValue> emails = new ArrayList<>(before.emails());
    emails.add(CrmValue.email("neu@example.org", false, false, false));

    crm.updateRecord(ID, new CrmChange(emails, null, before.state(), Set.of()), 1L);

    CrmRecord after = crm.readRecord(ID);
    assertThat(after.emails())
        .filteredOn(v -> v.value().equals("Post@Mueller-Privat.de"))
        .singleElement()
        .satisfies(v -> assertThat(v.optOut()).isTrue());
    assertThat(after.emails()).extracting(CrmValue::value).contains("neu@example.org");
  }

  @Test
  void updateWithoutExpectedVersionSendsNoVersionHeader() {
    adapter().updateRecord(ID, hashChange("0000000000000002"), null);

    assertThat(server.requests("PUT", PATH).get(0).header("X-Version-Number")).isEmpty();
  }

  @Test
  void updateReturnsTheNewVersion() {
    UpdateReceipt receipt = adapter().updateRecord(ID, hashChange("0000000000000003"), 1L);

    assertThat(receipt.version()).isEqualTo(2L);
  }

  @Test
  void phoneTheCrmRefusesFailsWithRejectedWriteNamingFieldAndCheck() {
    List<CrmValue> phones =
        List.of(CrmValue.phone("0511/123456", PhoneType.BUSINESS, true, false, false));
    CrmChange change = new CrmChange(null, phones, SyncState.EMPTY, Set.of());

    RejectedWriteException e =
        catchThrowableOfType(
            RejectedWriteException.class, () -> adapter().updateRecord(ID, change, 1L));

    assertThat(e.field()).contains("phoneNumber");
    assertThat(e.validation()).contains("valid");
    assertThat(e.reason())
        .contains(
            "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.");
    assertThat(e.getMessage()).doesNotContain("0511");
    assertThat(server.requests("PUT", PATH)).hasSize(1);
    assertThat(simulation.record(ID).orElseThrow().get("phoneNumber").asText())
        .isEqualTo("+49511123456");
  }

  @Test
  void staleVersionFailsWithStaleRecordWithoutRetry() {
    HttpEspoCrm crm = adapter();
    crm.updateRecord(ID, hashChange("0000000000000004"), 1L);

    assertThatThrownBy(() -> crm.updateRecord(ID, hashChange("0000000000000005"), 1L))
        .isInstanceOf(StaleRecordException.class)
        .hasMessageContaining(ID);
    assertThat(server.requests("PUT", PATH)).hasSize(2);
  }

  @Test
  void duplicateConflictFailsWithItsOwnException() {
    server.inject("PUT", ".*", 1, HttpFault.status(409, "duplicate", null));

    assertThatThrownBy(() -> adapter().updateRecord(ID, hashChange("0000000000000006"), 1L))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  void refusesToSendAnEmptyChange() {
    CrmChange empty = new CrmChange(null, null, SyncState.EMPTY, Set.of());

    assertThatThrownBy(() -> adapter().updateRecord(ID, empty, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  // ------------------------------------------------------------------ rules

  @Test
  void readsRulesOnceAndCachesThem() throws Exception {
    HttpEspoCrm crm = adapter();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<CrmRules>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(CompletableFuture.supplyAsync(crm::rules, pool));
    }
    pool.shutdown();

    List<CrmRules> rules = new ArrayList<>();
    for (CompletableFuture<CrmRules> call : calls) {
      rules.add(call.get());
    }

    assertThat(rules).allSatisfy(r -> assertThat(r).isEqualTo(rules.get(0)));
    assertThat(rules.get(0).phoneInternational()).isTrue();
    assertThat(rules.get(0).allowedPhoneTypes()).isEqualTo(EnumSet.allOf(PhoneType.class));
    assertThat(rules.get(0).maxEmails()).isEqualTo(10);
    assertThat(server.requests("GET", "/Settings")).hasSize(1);
    assertThat(server.requests("GET", "/Metadata")).hasSize(1);
    assertThat(decoded(server.requests("GET", "/Metadata").get(0)))
        .isEqualTo("key=entityDefs.CBeteiligte.fields.phoneNumber");
  }

  @Test
  void configuredTypeListSkipsTheMetadataCall() {
    EspoCrmConfig config =
        EspoCrmConfig.builder()
            .typeList(List.of("Office", "Fax"))
            .phoneNumberInternational(false)
            .build();
    HttpEspoCrm crm = adapter(server.hmacCredentials(), b -> b, config);

    CrmRules rules = crm.rules();

    assertThat(rules.allowedPhoneTypes())
        .containsExactlyInAnyOrder(PhoneType.BUSINESS, PhoneType.FAX);
    assertThat(rules.phoneInternational()).isFalse();
    assertThat(server.requests("GET", "/Metadata")).isEmpty();
    assertThat(server.requests("GET", "/Settings")).hasSize(1);
  }

  @Test
  void failedRulesReadIsNotCached() {
    server.inject("GET", "/Settings", 1, HttpFault.status(500));
    HttpEspoCrm crm = adapter();

    assertThatThrownBy(crm::rules).isInstanceOf(RemoteCallException.class);
    CrmRules rules = crm.rules();

    assertThat(rules.maxPhones()).isEqualTo(10);
  }

  // ------------------------------------------------------------------ retries and timeouts

  @Test
  void retriesRateLimitedReadAfterTheWaitTheServerAsked() {
    server.inject("GET", PATH, 1, HttpFault.status(429, null, "1"));

    CrmRecord record = adapter().readRecord(ID);

    assertThat(record.id()).isEqualTo(ID);
    assertThat(server.requests("GET", PATH)).hasSize(2);
  }

  @Test
  void givesUpWhenTheServerAsksForALongerWaitThanAllowed() {
    server.inject("GET", PATH, 1, HttpFault.status(429, null, "120"));

    RemoteCallException e =
        catchThrowableOfType(RemoteCallException.class, () -> adapter().readRecord(ID));

    assertThat(e.status()).hasValue(429);
    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(server.requests("GET", PATH)).hasSize(1);
  }

  @Test
  void retriesUnavailableServiceUntilItAnswers() {
    server.inject("GET", PATH, 2, HttpFault.status(503));

    assertThat(adapter().readRecord(ID).id()).isEqualTo(ID);
    assertThat(server.requests("GET", PATH)).hasSize(3);
  }

  @Test
  void retriesUpdateRefusedWith503AndAppliesItOnce() {
    server.inject("PUT", PATH, 1, HttpFault.status(503));

    adapter().updateRecord(ID, hashChange("0000000000000007"), 1L);

    assertThat(server.requests("PUT", PATH)).hasSize(2);
    assertThat(simulation.record(ID).orElseThrow().get("versionNumber").asLong()).isEqualTo(2);
  }

  @Test
  void stopsAfterTheLastAttemptWithARetryableFailure() {
    server.inject("GET", PATH, 10, HttpFault.status(503));

    RemoteCallException e =
        catchThrowableOfType(RemoteCallException.class, () -> adapter().readRecord(ID));

    assertThat(e.status()).hasValue(503);
    assertThat(e.retryable()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(server.requests("GET", PATH)).hasSize(3);
  }

  @Test
  void neverRepeatsUpdateWhoseAnswerWasLost() {
    server.inject("PUT", PATH, 1, HttpFault.applyThenDrop());

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> adapter().updateRecord(ID, hashChange("0000000000000008"), 1L));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(server.requests("PUT", PATH)).hasSize(1);
    assertThat(simulation.record(ID).orElseThrow().get("kommunikationHash").asText())
        .isEqualTo("0000000000000008");
  }

  @Test
  void neverRepeatsUpdateCutOffBeforeItsAnswer() {
    server.inject("PUT", PATH, 1, HttpFault.reset());

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> adapter().updateRecord(ID, hashChange("0000000000000009"), 1L));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(server.requests("PUT", PATH)).hasSize(1);
  }

  @Test
  void gatewayErrorsOnUpdateAreRetriedThenReportedAsUnknownOutcome() {
    server.inject("PUT", PATH, 10, HttpFault.status(504));

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> adapter().updateRecord(ID, hashChange("000000000000000a"), 1L));

    assertThat(e.status()).hasValue(504);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(server.requests("PUT", PATH)).hasSize(3);
  }

  @Test
  void readCutOffIsRetried() {
    server.inject("GET", PATH, 1, HttpFault.reset());

    assertThat(adapter().readRecord(ID).id()).isEqualTo(ID);
  }

  @Test
  void readThatTimesOutIsRetried() {
    server.inject("GET", PATH, 1, HttpFault.delay(Duration.ofSeconds(10)));
    HttpEspoCrm crm =
        adapter(
            server.hmacCredentials(),
            b -> b.requestTimeout(Duration.ofSeconds(1)),
            EspoCrmConfig.defaults());

    assertThat(crm.readRecord(ID).id()).isEqualTo(ID);
    assertThat(server.requests("GET", PATH)).hasSize(2);
  }

  @Test
  void updateThatTimesOutHasAnUnknownOutcomeAndIsNotRepeated() {
    server.inject("PUT", PATH, 1, HttpFault.delay(Duration.ofSeconds(10)));
    HttpEspoCrm crm =
        adapter(
            server.hmacCredentials(),
            b -> b.requestTimeout(Duration.ofSeconds(1)),
            EspoCrmConfig.defaults());

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> crm.updateRecord(ID, hashChange("000000000000000b"), 1L));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).contains("timed out").contains(ID);
    assertThat(server.requests("PUT", PATH)).hasSize(1);
  }

  @Test
  void refusedConnectionIsRetryableAndNothingWasSent() {
    FakeEspoCrmServer closed = FakeEspoCrmServer.start(EspoCrmSimulation.builder().build());
    EspoCrmConnection connection =
        closed.connection(closed.hmacCredentials()).retryPolicy(FAST_RETRY).build();
    closed.close();
    HttpEspoCrm crm = new HttpEspoCrm(connection, EspoCrmConfig.defaults());

    RemoteCallException read =
        catchThrowableOfType(RemoteCallException.class, () -> crm.readRecord(ID));
    RemoteCallException write =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> crm.updateRecord(ID, hashChange("000000000000000c"), 1L));

    assertThat(read.status()).isEmpty();
    assertThat(read.retryable()).isTrue();
    assertThat(read.getMessage()).contains("no connection");
    assertThat(write.outcomeUnknown()).isFalse();
  }

  // ------------------------------------------------------------------ lists

  @Test
  void listsDueRecordsInPagesOrderedByIdWithSelectedFields() {
    List<String> due = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      due.add(load(i % 2 == 0 ? "dirty" : "pending_sync"));
    }
    load("clean");
    HttpEspoCrm crm =
        adapter(server.hmacCredentials(), b -> b.pageSize(2), EspoCrmConfig.defaults());

    List<String> seen = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String token = null;
    do {
      CrmPage page = crm.listDue(Instant.parse("2030-01-01T00:00:00Z"), Instant.EPOCH, token);
      page.rows().forEach(row -> seen.add(row.id()));
      token = page.next();
      tokens.add(token);
    } while (token != null);

    assertThat(seen).isEqualTo(due.stream().sorted().toList());
    assertThat(tokens).hasSize(3);
    List<RecordedRequest> lists = server.requests("GET", "/CBeteiligte");
    assertThat(lists).hasSize(3);
    assertThat(decoded(lists.get(0)))
        .contains("maxSize=2", "orderBy=id", "order=asc", "select=id,betnr,syncStatus")
        .contains("where[0][type]=or");
    assertThat(decoded(lists.get(1))).contains("[type]=greaterThan", "[attribute]=id");
  }

  @Test
  void settledListTakesAtMost200RowsACall() {
    HttpEspoCrm crm = adapter();

    assertThat(crm.listSettled(null, 200).rows()).extracting(r -> r.id()).containsExactly(ID);
    assertThatThrownBy(() -> crm.listSettled(null, 201))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(decoded(server.requests().get(0))).contains("maxSize=200");
  }

  // ------------------------------------------------------------------ error mapping

  @Test
  void missingRecordFailsWithNoSuchRecord() {
    HttpEspoCrm crm = adapter();

    assertThatThrownBy(() -> crm.readRecord("0000000000000000x"))
        .isInstanceOf(NoSuchRecordException.class)
        .hasMessageContaining("0000000000000000x");
    assertThatThrownBy(() -> crm.updateRecord("0000000000000000x", hashChange("1"), null))
        .isInstanceOf(NoSuchRecordException.class);
  }

  @Test
  void deniedAccessFailsWithAuthenticationKeepingTheReason() {
    server.inject("GET", PATH, 1, HttpFault.status(403, "No read access.", null));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> adapter().readRecord(ID));

    assertThat(e.status()).hasValue(403);
    assertThat(e.reason()).contains("No read access.");
  }

  @Test
  void serverErrorOnReadIsNotRetried() {
    server.inject("GET", PATH, 1, HttpFault.status(500));

    RemoteCallException e =
        catchThrowableOfType(RemoteCallException.class, () -> adapter().readRecord(ID));

    assertThat(e.retryable()).isFalse();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(server.requests("GET", PATH)).hasSize(1);
  }

  @Test
  void garbledReadFailsAsMalformedResponse() {
    server.inject("GET", PATH, 1, HttpFault.garbledBody());

    assertThatThrownBy(() -> adapter().readRecord(ID))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageNotContaining("6b12deaa5bc\"");
  }

  @Test
  void garbledAnswerToAnUpdateIsAnUnknownOutcome() {
    server.inject("PUT", PATH, 1, HttpFault.garbledBody());

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> adapter().updateRecord(ID, hashChange("000000000000000d"), 1L));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(server.requests("PUT", PATH)).hasSize(1);
  }

  @Test
  void htmlPageAnsweredToAReadFailsAsMalformedWithoutQuotingIt() {
    server.inject("GET", PATH, 1, HttpFault.htmlPage());

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> adapter().readRecord(ID));

    assertThat(e.getMessage())
        .contains(ID, "HTML or XML page")
        .doesNotContain("Anmeldung", "portal-support", "text/html");
    assertThat(e.retryable()).isFalse();
    assertThat(server.requests("GET", PATH)).hasSize(1);
  }

  @Test
  void jsonLabelledPlainTextIsReadAsJson() {
    server.inject("GET", PATH, 1, HttpFault.jsonAsPlainText());

    CrmRecord record = adapter().readRecord(ID);

    assertThat(record.partyId()).isEqualTo("104860");
    assertThat(record.emails()).hasSize(2);
  }

  @Test
  void htmlPageAnsweredToAnUpdateIsAnUnknownOutcome() {
    server.inject("PUT", PATH, 1, HttpFault.htmlPage());

    RemoteCallException e =
        catchThrowableOfType(
            RemoteCallException.class,
            () -> adapter().updateRecord(ID, hashChange("000000000000000d"), 1L));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).doesNotContain("Anmeldung", "portal-support");
    assertThat(simulation.record(ID).orElseThrow().path("kommunikationHash").asText())
        .isEqualTo("000000000000000d");
    assertThat(server.requests("PUT", PATH)).hasSize(1);
  }

  @Test
  void refusesIdsThatWouldLeaveTheRecordPath() {
    HttpEspoCrm crm = adapter();

    assertThatThrownBy(() -> crm.readRecord("../Settings"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> crm.readRecord("abc?select=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private String load(String status) {
    return simulation.load(
        JSON.createObjectNode().put("syncStatus", status).put("betnr", 7).put("name", "x"));
  }

  private static CrmChange hashChange(String hash) {
    SyncState state = new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, hash);
    return new CrmChange(null, null, state, Set.of(SyncField.HASH));
  }

  private static String decoded(RecordedRequest request) {
    return URLDecoder.decode(request.query(), UTF_8);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }
}
