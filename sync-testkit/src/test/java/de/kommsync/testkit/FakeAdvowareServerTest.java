package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.testkit.FakeAdvowareServer.Credentials;
import de.kommsync.testkit.FakeAdvowareServer.Fault;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks the fake server at the HTTP level, with a plain JDK client and a hand-made token. */
class FakeAdvowareServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOW = "2026-12-04T10:00:00.0000000Z";

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-04T10:00:00Z"));
  private final AdvowareSimulation simulation = AdvowareSimulation.builder().clock(clock).build();
  private final FakeAdvowareServer server =
      FakeAdvowareServer.builder(simulation)
          .clock(clock)
          .tokenLifetime(Duration.ofMinutes(5))
          .start();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  FakeAdvowareServerTest() throws IOException {
    simulation.load(
        JSON.readTree(
            "{\"betNr\":104860,\"rowId\":\"FBAB\",\"kommunikation\":[{\"id\":88001,"
                + "\"kommKz\":1,\"tlf\":\"0511/123456\",\"bemerkung\":null,\"online\":false}]}"));
  }

  @AfterEach
  void close() {
    server.close();
  }

  private ObjectNode tokenRequest(String nonce) throws Exception {
    Credentials c = server.credentials();
    ObjectNode body = JSON.createObjectNode();
    body.put("AppID", c.appId()).put("Kanzlei", c.kanzlei()).put("Database", c.database());
    body.put("User", c.user()).put("Role", 2).put("Product", 64).put("Password", c.password());
    body.put("Nonce", nonce).put("RequestTimeStamp", NOW);
    body.put("HMAC512Signature", sign("64:" + c.appId() + ":" + nonce + ":" + NOW));
    return body;
  }

  private String sign(String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA512");
    byte[] key = Base64.getDecoder().decode(server.credentials().apiKey());
    mac.init(new SecretKeySpec(key, "HmacSHA512"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String token() throws Exception {
    HttpResponse<String> answer =
        post(tokenUri(), tokenRequest(UUID.randomUUID().toString()).toString());
    return JSON.readTree(answer.body()).path("access_token").asText();
  }

  private URI tokenUri() {
    return server.securityGatewayUrl().resolve("api/v1/Token");
  }

  private HttpResponse<String> api(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.connectorUrl().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.connectorUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.securityGatewayUrl().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void issuesATokenWithLifetimeAndExpiryForACorrectlySignedRequest() throws Exception {
    HttpResponse<String> answer = post(tokenUri(), tokenRequest("n-1").toString());

    JsonNode token = JSON.readTree(answer.body());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(token.path("access_token").asText()).isNotBlank();
    assertThat(token.path("expires_in").asLong()).isEqualTo(300);
    assertThat(token.path("expiration_utc").asText()).isEqualTo("2026-12-04T10:05:00.0000000");
  }

  @Test
  void refusesASignatureOverOtherValues() throws Exception {
    ObjectNode request = tokenRequest("n-2");
    request.put("RequestTimeStamp", "2026-12-04T10:00:01.0000000Z");

    HttpResponse<String> answer = post(tokenUri(), request.toString());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("Falscher Name oder falsches Kennwort");
  }

  @Test
  void refusesASignatureMadeWithAnotherKey() throws Exception {
    ObjectNode request = tokenRequest("n-3");
    request.put("HMAC512Signature", Base64.getEncoder().encodeToString(new byte[64]));

    assertThat(post(tokenUri(), request.toString()).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesAnUnknownAppId() throws Exception {
    ObjectNode request = tokenRequest("n-4");
    request.put("AppID", "FREMDE_APP");

    HttpResponse<String> answer = post(tokenUri(), request.toString());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("nicht freigeschaltet");
  }

  @Test
  void refusesAWrongPassword() throws Exception {
    ObjectNode request = tokenRequest("n-5");
    request.put("Password", "falsch");

    assertThat(post(tokenUri(), request.toString()).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesANonceUsedBefore() throws Exception {
    String body = tokenRequest("n-6").toString();
    post(tokenUri(), body);

    HttpResponse<String> replay = post(tokenUri(), body);

    assertThat(replay.statusCode()).isEqualTo(401);
  }

  @Test
  void refusesATimestampWithoutUtcMarker() throws Exception {
    Credentials c = server.credentials();
    ObjectNode request = tokenRequest("n-7");
    request.put("RequestTimeStamp", "2026-12-04T10:00:00");
    request.put("HMAC512Signature", sign("64:" + c.appId() + ":n-7:2026-12-04T10:00:00"));

    assertThat(post(tokenUri(), request.toString()).statusCode()).isEqualTo(401);
  }

  @Test
  void answers401WithoutTokenAndWithAnExpiredOne() throws Exception {
    String token = token();
    HttpResponse<String> fresh = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    clock.advance(Duration.ofMinutes(5));
    HttpResponse<String> expired = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");
    HttpResponse<String> none = api("GET", "api/v1/advonet/Beteiligte/104860", "", "");

    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(none.statusCode()).isEqualTo(401);
  }

  @Test
  void servesThePartyWithKindZeroAsTheProductDoes() throws Exception {
    HttpResponse<String> answer = api("GET", "api/v1/advonet/Beteiligte/104860", token(), "");

    JsonNode party = JSON.readTree(answer.body());
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(party.path("kommunikation").get(0).path("tlf").asText()).isEqualTo("0511/123456");
    assertThat(party.path("kommunikation").get(0).path("kommKz").asInt()).isZero();
  }

  @Test
  void answers404WithATextBodyForAnUnknownParty() throws Exception {
    HttpResponse<String> answer = api("GET", "api/v1/advonet/Beteiligte/1", token(), "");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
  }

  @Test
  void answers403ToADeleteAndKeepsTheEntry() throws Exception {
    String token = token();

    HttpResponse<String> answer =
        api("DELETE", "api/v1/advonet/Beteiligte/104860/Kommunikationen/88001", token, "");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(api("GET", "api/v1/advonet/Beteiligte/104860", token, "").body()).contains("88001");
  }

  @Test
  void refusesAWriteWhoseBodyIsNotDeclaredAsJson() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                server.connectorUrl().resolve("api/v1/advonet/Beteiligte/104860/Kommunikationen"))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"tlf\":\"1\",\"kommKz\":1}"))
            .build();

    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(415);
  }

  @Test
  void refusesAWriteWhoseBodyIsNotJson() throws Exception {
    HttpResponse<String> answer =
        api("POST", "api/v1/advonet/Beteiligte/104860/Kommunikationen", token(), "{\"tlf\":");

    assertThat(answer.statusCode()).isEqualTo(400);
  }

  @Test
  void servesTheSameApiUnderTheRelay() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.relayUrl().resolve("api/v1/advonet/Beteiligte/104860"))
            .header("Authorization", "Bearer " + token())
            .build();

    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void publishesTheConnectorRelayAndGatewayForTheTestFirm() throws Exception {
    URI uri = URI.create(server.configuratorUrl() + "?Kanzlei=TESTKANZLEI");

    JsonNode urls =
        JSON.readTree(
            client
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body());
    server.publishConnector(false);
    JsonNode withoutConnector =
        JSON.readTree(
            client
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body());

    assertThat(urls.path("connectorUrl").asText()).isEqualTo(server.connectorUrl().toString());
    assertThat(urls.path("relayUrl").asText()).isEqualTo(server.relayUrl().toString());
    assertThat(urls.path("securityGateway").asText())
        .isEqualTo(server.securityGatewayUrl().toString());
    assertThat(withoutConnector.path("connectorUrl").isNull()).isTrue();
  }

  @Test
  void appliesTheWriteThenDropsTheAnswerWhenAsked() throws Exception {
    String token = token();
    server.inject("POST", ".*/Kommunikationen", 1, Fault.applyThenDrop());

    assertThatThrownBy(
            () ->
                api(
                    "POST",
                    "api/v1/advonet/Beteiligte/104860/Kommunikationen",
                    token,
                    "{\"tlf\":\"0171 1\",\"bemerkung\":null,\"kommKz\":3,\"online\":false}"))
        .isInstanceOf(IOException.class);

    assertThat(simulation.party(104860).orElseThrow().path("kommunikation")).hasSize(2);
  }

  @Test
  void resetsWithoutApplyingWhenAsked() throws Exception {
    String token = token();
    server.inject("POST", ".*/Kommunikationen", 1, Fault.reset());

    assertThatThrownBy(
            () ->
                api(
                    "POST",
                    "api/v1/advonet/Beteiligte/104860/Kommunikationen",
                    token,
                    "{\"tlf\":\"0171 1\",\"bemerkung\":null,\"kommKz\":3,\"online\":false}"))
        .isInstanceOf(IOException.class);

    assertThat(simulation.party(104860).orElseThrow().path("kommunikation")).hasSize(1);
  }

  @Test
  void answersAnInjectedStatusWithRetryAfterAndThenNormallyAgain() throws Exception {
    String token = token();
    server.inject("GET", ".*/Beteiligte/104860", 1, Fault.statusWithRetryAfter(503, 7));

    HttpResponse<String> faulted = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");
    HttpResponse<String> normal = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    assertThat(faulted.statusCode()).isEqualTo(503);
    assertThat(faulted.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(normal.statusCode()).isEqualTo(200);
  }

  @Test
  void garblesTheBodyWhenAsked() throws Exception {
    String token = token();
    server.inject(null, ".*/Beteiligte/104860", 1, Fault.garbledBody());

    HttpResponse<String> answer = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> JSON.readTree(answer.body())).isInstanceOf(IOException.class);
  }

  @Test
  void answersAnHtmlPageWithTheNormalStatusWhenAsked() throws Exception {
    String token = token();
    server.inject("GET", ".*/Beteiligte/104860", 1, Fault.htmlPage());

    HttpResponse<String> answer = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(answer.body()).isEqualTo(HttpFault.HTML_PAGE);
  }

  @Test
  void labelsTheNormalJsonAsPlainTextWhenAsked() throws Exception {
    String token = token();
    server.inject("GET", ".*/Beteiligte/104860", 1, Fault.jsonAsPlainText());

    HttpResponse<String> answer = api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(JSON.readTree(answer.body()).path("betNr").asLong()).isEqualTo(104860);
  }

  @Test
  void logsEveryRequestWithItsAnswer() throws Exception {
    String token = token();
    api("GET", "api/v1/advonet/Beteiligte/104860", token, "");

    assertThat(server.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.status())
        .containsExactly(
            "POST /gateway/api/v1/Token 200",
            "GET /connector/api/v1/advonet/Beteiligte/104860 200");
    assertThat(server.requests().get(1).header("authorization")).hasValue("Bearer " + token);
    assertThat(server.tokenRequestCount()).isEqualTo(1);
  }
}
