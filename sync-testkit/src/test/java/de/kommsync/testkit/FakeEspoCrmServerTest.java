package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the exchanges recorded from EspoCRM 9.3.4 (samples/espocrm-exchanges-9.3.4.md) against
 * the fake server with a plain HTTP client and checks status, reason header and body shape.
 */
class FakeEspoCrmServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "6b12deaa5bccce130";
  private static final String REJECTED_PHONE =
      "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.";

  private EspoCrmSimulation simulation;
  private FakeEspoCrmServer server;
  private RawHttp http;
  private JsonNode realRecord;

  @BeforeEach
  void startServerWithTheRealRecord() throws IOException {
    simulation = EspoCrmSimulation.builder().build();
    try (InputStream in = getClass().getResourceAsStream("/espocrm-cbeteiligte-real-9.3.4.json")) {
      realRecord = JSON.readTree(in);
    }
    simulation.load(realRecord);
    server = FakeEspoCrmServer.start(simulation);
    http = new RawHttp(server.site());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.site().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.site().getPort()).isPositive();
  }

  @Test
  void servesRecordShapedLikeTheRealGetResponse() throws IOException {
    HttpResponse<String> response = http.get("/CBeteiligte/" + ID);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    JsonNode served = JSON.readTree(response.body());
    assertThat(names(served)).isEqualTo(names(realRecord));
    assertThat(served.get("emailAddressData")).isEqualTo(realRecord.get("emailAddressData"));
    assertThat(served.get("phoneNumberData")).isEqualTo(realRecord.get("phoneNumberData"));
    assertThat(served.get("versionNumber")).isEqualTo(realRecord.get("versionNumber"));
  }

  @Test
  void refusesPhoneLikeTheRecordedExchange() throws IOException {
    String body =
        "{\"phoneNumber\":\"0511/123456\",\"phoneNumberData\":[{\"phoneNumber\":\"0511/123456\","
            + "\"type\":\"Office\",\"primary\":true,\"optOut\":false,\"invalid\":false}]}";

    HttpResponse<String> response = http.put("/CBeteiligte/" + ID, body, "1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Status-Reason")).contains(REJECTED_PHONE);
    assertThat(JSON.readTree(response.body()))
        .isEqualTo(
            JSON.readTree(
                "{\"messageTranslation\":{\"label\":\"validationFailure\",\"scope\":null,"
                    + "\"data\":{\"field\":\"phoneNumber\",\"type\":\"valid\"}}}"));
  }

  @Test
  void answersStaleVersionLikeTheRecordedExchange() throws IOException {
    http.put("/CBeteiligte/" + ID, "{\"kommunikationHash\":\"b000000000000001\"}", "1");

    HttpResponse<String> response =
        http.put("/CBeteiligte/" + ID, "{\"kommunikationHash\":\"c000000000000002\"}", "1");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("X-Status-Reason")).contains("modified");
    assertThat(JSON.readTree(response.body()))
        .isEqualTo(
            JSON.readTree(
                "{\"values\":{\"kommunikationHash\":\"b000000000000001\"},\"versionNumber\":2}"));
  }

  @Test
  void echoesWriteArraysButStoresCollapsedItemsLikeTheRecordedExchange() throws IOException {
    String items =
        "[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\",\"primary\":true,\"optOut\":false,"
            + "\"invalid\":false},{\"emailAddress\":\"POST@mueller-privat.de\",\"primary\":false,"
            + "\"optOut\":true,\"invalid\":false},{\"emailAddress\":\"post@mueller-privat.de\","
            + "\"primary\":false,\"optOut\":true,\"invalid\":false}]";
    String body =
        "{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\",\"emailAddressData\":" + items + "}";

    HttpResponse<String> response = http.put("/CBeteiligte/" + ID, body, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("emailAddressData"))
        .isEqualTo(JSON.readTree(items));
    JsonNode stored = JSON.readTree(http.get("/CBeteiligte/" + ID).body());
    assertThat(stored.get("emailAddressData"))
        .isEqualTo(
            JSON.readTree(
                "[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\","
                    + "\"lower\":\"max.mueller@kanzlei-beispiel.de\",\"primary\":true,"
                    + "\"optOut\":false,\"invalid\":false},"
                    + "{\"emailAddress\":\"post@mueller-privat.de\","
                    + "\"lower\":\"post@mueller-privat.de\",\"primary\":false,\"optOut\":true,"
                    + "\"invalid\":false}]"));
  }

  @Test
  void servesSettingsAndPhoneMetadataLikeTheRecordedExchanges() throws IOException {
    JsonNode settings = JSON.readTree(http.get("/Settings").body());
    JsonNode metadata =
        JSON.readTree(http.get("/Metadata?key=entityDefs.CBeteiligte.fields.phoneNumber").body());

    assertThat(settings.get("phoneNumberInternational").asBoolean()).isTrue();
    assertThat(settings.get("emailAddressMaxCount").asInt()).isEqualTo(10);
    assertThat(settings.get("phoneNumberMaxCount").asInt()).isEqualTo(10);
    assertThat(metadata)
        .isEqualTo(
            JSON.readTree(
                "{\"type\":\"phone\",\"typeList\":[\"Mobile\",\"Office\",\"Home\",\"Fax\","
                    + "\"Other\"],\"defaultType\":\"Mobile\",\"isPersonalData\":true}"));
  }

  @Test
  void listsSelectedAttributesWithoutArraysLikeTheRecordedExchange() throws IOException {
    String query =
        "?select="
            + enc("id,betnr,syncStatus,modifiedAt,advowareLastSync,kommunikationHash")
            + "&"
            + enc("where[0][type]")
            + "=in&"
            + enc("where[0][attribute]")
            + "=syncStatus"
            + "&"
            + enc("where[0][value][]")
            + "=clean&"
            + enc("where[0][value][]")
            + "=dirty"
            + "&maxSize=2";

    HttpResponse<String> response = http.get("/CBeteiligte" + query);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = JSON.readTree(response.body());
    assertThat(answer.get("total").asInt()).isEqualTo(1);
    JsonNode row = answer.get("list").get(0);
    assertThat(names(row))
        .containsExactlyInAnyOrder(
            "id",
            "createdAt",
            "modifiedAt",
            "betnr",
            "syncStatus",
            "advowareLastSync",
            "kommunikationHash",
            "createdById",
            "assignedUserId");
    assertThat(row.get("id").asText()).isEqualTo(ID);
  }

  @Test
  void filtersDueListWithNestedGroupsLikeTheRecordedExchange() throws IOException {
    String failedDue = load("failed", "2026-12-04 15:00:00");
    String failedLater = load("failed", "2026-12-04 16:00:00");
    String pending = load("pending_sync", null);
    String query =
        "?select="
            + enc("id,syncStatus,syncNextRetry")
            + "&maxSize=5&orderBy=id&order=asc"
            + param("where[0][type]", "or")
            + param("where[0][value][0][type]", "in")
            + param("where[0][value][0][attribute]", "syncStatus")
            + param("where[0][value][0][value][]", "dirty")
            + param("where[0][value][0][value][]", "pending_sync")
            + param("where[0][value][1][type]", "and")
            + param("where[0][value][1][value][0][type]", "equals")
            + param("where[0][value][1][value][0][attribute]", "syncStatus")
            + param("where[0][value][1][value][0][value]", "failed")
            + param("where[0][value][1][value][1][type]", "lessThanOrEquals")
            + param("where[0][value][1][value][1][attribute]", "syncNextRetry")
            + param("where[0][value][1][value][1][value]", "2026-12-04 15:30:00");

    JsonNode answer = JSON.readTree(http.get("/CBeteiligte" + query).body());

    List<String> ids = new ArrayList<>();
    answer.get("list").forEach(row -> ids.add(row.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(new TreeSet<>(List.of(failedDue, pending)));
    assertThat(ids).doesNotContain(failedLater, ID);
    assertThat(answer.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void answersUnknownRecordLikeTheRecordedExchange() {
    HttpResponse<String> response = http.get("/CBeteiligte/0000000000000000x");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Status-Reason"))
        .contains("Record 0000000000000000x does not exist.");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void refusesWrongApiKeyLikeTheRecordedExchange() {
    HttpRequest request =
        http.request("/CBeteiligte/" + ID).header("X-Api-Key", "wrong").GET().build();

    HttpResponse<String> response = http.sendUnchecked(request);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("X-Status-Reason")).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
  }

  @Test
  void refusesElevenEmailsLikeTheRecordedExchange() throws IOException {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i <= 10; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"emailAddress\":\"a")
          .append(i)
          .append("@example.com\",\"primary\":")
          .append(i == 0)
          .append(",\"optOut\":false,")
          .append("\"invalid\":false}");
    }
    String body = "{\"emailAddress\":\"a0@example.com\",\"emailAddressData\":[" + items + "]}";

    HttpResponse<String> response = http.put("/CBeteiligte/" + ID, body, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Status-Reason"))
        .contains(
            "Field validation failure; entityType: CBeteiligte, field: emailAddress,"
                + " type: maxCount.");
    assertThat(JSON.readTree(response.body()).at("/messageTranslation/data/type").asText())
        .isEqualTo("maxCount");
  }

  @Test
  void acceptsHmacSignedOverUpperCaseMethodAndPathWithoutQuery() {
    String signature =
        RawHttp.hmac(
            FakeEspoCrmServer.HMAC_KEY, FakeEspoCrmServer.HMAC_SECRET, "GET /Metadata", false);
    HttpRequest request =
        http.request("/Metadata?key=entityDefs.CBeteiligte.fields.phoneNumber")
            .header("X-Hmac-Authorization", signature)
            .GET()
            .build();

    assertThat(http.sendUnchecked(request).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesHmacVariantsTheProductRefuses() {
    String key = FakeEspoCrmServer.HMAC_KEY;
    String secret = FakeEspoCrmServer.HMAC_SECRET;
    String path = "/CBeteiligte/" + ID;
    List<String> refused =
        List.of(
            RawHttp.hmac(key, secret, "GET " + path, true),
            RawHttp.hmac(key, secret, "get " + path, false),
            RawHttp.hmac(key, secret, "GET /api/v1" + path, false),
            RawHttp.hmac(key, "wrong-secret", "GET " + path, false),
            RawHttp.hmac(FakeEspoCrmServer.API_KEY, secret, "GET " + path, false),
            "not base64 at all");

    for (String header : refused) {
      HttpRequest request = http.request(path).header("X-Hmac-Authorization", header).GET().build();

      HttpResponse<String> response = http.sendUnchecked(request);

      assertThat(response.statusCode()).as(header).isEqualTo(401);
      assertThat(response.body()).isEmpty();
    }
  }

  @Test
  void hmacUserCannotUseApiKeyHeader() {
    HttpRequest request =
        http.request("/CBeteiligte/" + ID)
            .header("X-Api-Key", FakeEspoCrmServer.HMAC_KEY)
            .GET()
            .build();

    assertThat(http.sendUnchecked(request).statusCode()).isEqualTo(401);
  }

  @Test
  void readsBodyWithOtherContentTypeAsEmptyAndSavesNothing() throws IOException {
    HttpRequest request =
        http.request("/CBeteiligte/" + ID)
            .header("X-Api-Key", FakeEspoCrmServer.API_KEY)
            .header("Content-Type", "text/plain")
            .PUT(
                HttpRequest.BodyPublishers.ofString("{\"kommunikationHash\":\"ffffffffffffffff\"}"))
            .build();

    HttpResponse<String> response = http.send(request);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(simulation.record(ID).orElseThrow().get("kommunikationHash").asText())
        .isEqualTo("a3f5d2e8b1c4f6a9");
  }

  @Test
  void patchWritesLikePut() throws IOException {
    HttpRequest request =
        http.request("/CBeteiligte/" + ID)
            .header("X-Api-Key", FakeEspoCrmServer.API_KEY)
            .header("Content-Type", "application/json; charset=UTF-8")
            .method(
                "PATCH",
                HttpRequest.BodyPublishers.ofString("{\"kommunikationHash\":\"4444444444444444\"}"))
            .build();

    HttpResponse<String> response = http.send(request);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(simulation.record(ID).orElseThrow().get("kommunikationHash").asText())
        .isEqualTo("4444444444444444");
  }

  @Test
  void answersMalformedJsonWith500() {
    HttpResponse<String> response = http.put("/CBeteiligte/" + ID, "{\"syncStatus\":", null);

    assertThat(response.statusCode()).isEqualTo(500);
  }

  @Test
  void refusesPagesAbove200RowsWith403() {
    assertThat(http.get("/CBeteiligte?maxSize=201").statusCode()).isEqualTo(403);
    assertThat(http.get("/CBeteiligte?maxSize=200").statusCode()).isEqualTo(200);
  }

  @Test
  void injectedStatusAnswersInsteadOfTheSimulationForTheGivenCount() {
    server.inject("GET", "/CBeteiligte/.*", 2, HttpFault.status(503, "maintenance", "7"));

    HttpResponse<String> first = http.get("/CBeteiligte/" + ID);
    HttpResponse<String> second = http.get("/CBeteiligte/" + ID);
    HttpResponse<String> third = http.get("/CBeteiligte/" + ID);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("Retry-After")).contains("7");
    assertThat(first.headers().firstValue("X-Status-Reason")).contains("maintenance");
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(200);
  }

  @Test
  void injectedFaultAppliesOnlyToMatchingMethodAndPath() {
    server.inject("PUT", "/CBeteiligte/.*", 1, HttpFault.status(502));

    assertThat(http.get("/CBeteiligte/" + ID).statusCode()).isEqualTo(200);
    assertThat(http.get("/Settings").statusCode()).isEqualTo(200);
    assertThat(http.put("/CBeteiligte/" + ID, "{}", null).statusCode()).isEqualTo(502);
  }

  @Test
  void injectedResetClosesTheConnectionWithoutSaving() {
    server.inject("PUT", ".*", 1, HttpFault.reset());

    assertThatThrownBy(
            () ->
                http.put(
                    "/CBeteiligte/" + ID, "{\"kommunikationHash\":\"1111111111111111\"}", null))
        .hasRootCauseInstanceOf(IOException.class);

    assertThat(simulation.record(ID).orElseThrow().get("kommunikationHash").asText())
        .isEqualTo("a3f5d2e8b1c4f6a9");
  }

  @Test
  void injectedApplyThenDropSavesTheWriteButSendsNoAnswer() {
    server.inject("PUT", ".*", 1, HttpFault.applyThenDrop());

    assertThatThrownBy(
            () ->
                http.put(
                    "/CBeteiligte/" + ID, "{\"kommunikationHash\":\"2222222222222222\"}", null))
        .hasRootCauseInstanceOf(IOException.class);

    assertThat(simulation.record(ID).orElseThrow().get("kommunikationHash").asText())
        .isEqualTo("2222222222222222");
  }

  @Test
  void injectedGarbledBodyIsNoJson() {
    server.inject("GET", ".*", 1, HttpFault.garbledBody());

    HttpResponse<String> response = http.get("/CBeteiligte/" + ID);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(IOException.class);
  }

  @Test
  void injectedHtmlPageKeepsTheStatusAndLabelsThePageHtml() {
    server.inject("GET", ".*", 1, HttpFault.htmlPage());

    HttpResponse<String> response = http.get("/CBeteiligte/" + ID);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
    assertThat(response.body()).isEqualTo(HttpFault.HTML_PAGE);
  }

  @Test
  void injectedPlainTextLabelKeepsTheJsonBodyAndAppliesTheWrite() throws IOException {
    server.inject("PUT", ".*", 1, HttpFault.jsonAsPlainText());

    HttpResponse<String> response =
        http.put("/CBeteiligte/" + ID, "{\"kommunikationHash\":\"4444444444444444\"}", "1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
    assertThat(JSON.readTree(response.body()).path("id").asText()).isEqualTo(ID);
    assertThat(simulation.record(ID).orElseThrow().path("kommunikationHash").asText())
        .isEqualTo("4444444444444444");
  }

  @Test
  void injectedDelayStillAnswers() {
    server.inject("GET", ".*", 1, HttpFault.delay(Duration.ofMillis(50)));

    assertThat(http.get("/CBeteiligte/" + ID).statusCode()).isEqualTo(200);
  }

  @Test
  void recordsEveryRequestWithHeadersAndBody() {
    http.put("/CBeteiligte/" + ID, "{\"kommunikationHash\":\"3333333333333333\"}", "1");

    List<RecordedRequest> requests = server.requests();

    assertThat(requests).hasSize(1);
    RecordedRequest request = requests.get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.path()).isEqualTo("/CBeteiligte/" + ID);
    assertThat(request.header("x-version-number")).contains("1");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.body()).contains("3333333333333333");
    assertThat(request.toString()).doesNotContain(FakeEspoCrmServer.API_KEY);
  }

  private String load(String status, @Nullable String nextRetry) {
    ObjectNode record = JSON.createObjectNode();
    record.put("syncStatus", status).put("syncNextRetry", nextRetry).put("betnr", 1);
    return simulation.load(record);
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, UTF_8);
  }

  private static String param(String key, String value) {
    return "&" + enc(key) + "=" + enc(value);
  }
}
