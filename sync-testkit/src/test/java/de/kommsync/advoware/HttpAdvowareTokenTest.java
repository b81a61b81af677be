package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.AuthenticationException;
import de.kommsync.model.Kind;
import de.kommsync.spi.EntryWrite;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeAdvowareServer.Fault;
import de.kommsync.testkit.FakeAdvowareServer.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAdvowareTokenTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AdvowareFixture fixture =
      new AdvowareFixture(b -> b.tokenLifetime(Duration.ofMinutes(10)));
  private final String party =
      fixture.party(
          104860, List.of(new EntryWrite("0511/123456", "Zentrale", Kind.BUSINESS_PHONE, false)));

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<LoggedRequest> tokenRequests() {
    return fixture.server.requests().stream().filter(LoggedRequest::isTokenRequest).toList();
  }

  private List<LoggedRequest> apiRequests() {
    return fixture.server.requests().stream().filter(r -> !r.isTokenRequest()).toList();
  }

  @Test
  void requestsATokenWithEveryFieldAndAnIndependentlyVerifiableSignature() throws Exception {
    FakeAdvowareServer.Credentials credentials = fixture.server.credentials();

    fixture.adapter().readParty(party);

    JsonNode body = JSON.readTree(tokenRequests().get(0).body());
    assertThat(body.path("AppID").asText()).isEqualTo(credentials.appId());
    assertThat(body.path("Kanzlei").asText()).isEqualTo(credentials.kanzlei());
    assertThat(body.path("Database").asText()).isEqualTo(credentials.database());
    assertThat(body.path("User").asText()).isEqualTo(credentials.user());
    assertThat(body.path("Password").asText()).isEqualTo(credentials.password());
    assertThat(body.path("Role").asInt()).isEqualTo(2);
    assertThat(body.path("Product").asInt()).isEqualTo(64);
    assertThat(UUID.fromString(body.path("Nonce").asText())).isNotNull();
    assertThat(body.path("RequestTimeStamp").asText()).isEqualTo("2026-12-04T10:00:00.0000000Z");
    String message =
        "64:"
            + credentials.appId()
            + ":"
            + body.path("Nonce").asText()
            + ":"
            + body.path("RequestTimeStamp").asText();
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(credentials.apiKey()), "HmacSHA512"));
    String expected =
        Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    assertThat(body.path("HMAC512Signature").asText()).isEqualTo(expected);
  }

  @Test
  void sendsTheTokenAsBearerOnEveryCall() {
    HttpAdvoware adapter = fixture.adapter();

    adapter.readParty(party);
    adapter.readParty(party);

    String token = accessTokenOf(apiRequests().get(0));
    assertThat(token).isNotBlank();
    assertThat(apiRequests()).extracting(LoggedRequest::status).containsOnly(200);
    assertThat(apiRequests())
        .extracting(r -> r.header("Authorization").orElse(""))
        .containsOnly("Bearer " + token);
  }

  @Test
  void requestsOneTokenForManyCalls() {
    HttpAdvoware adapter = fixture.adapter();

    for (int i = 0; i < 5; i++) {
      adapter.readParty(party);
    }
    adapter.createEntry(party, new EntryWrite("0511/2", "", Kind.BUSINESS_PHONE, false));

    assertThat(fixture.server.tokenRequestCount()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(6);
  }

  @Test
  void requestsOneTokenForConcurrentCallers() throws Exception {
    HttpAdvoware adapter = fixture.adapter();
    fixture.server.inject("POST", ".*/api/v1/Token", 1, Fault.delay(Duration.ofMillis(300)));

    readConcurrently(adapter, 8);

    assertThat(fixture.server.tokenRequestCount()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(8).allMatch(r -> r.status() == 200);
  }

  @Test
  void renewsOnceForConcurrentCallersThatAllGot401() throws Exception {
    HttpAdvoware adapter = fixture.adapter();
    adapter.readParty(party);
    fixture.server.revokeTokens();
    fixture.server.inject("POST", ".*/api/v1/Token", 1, Fault.delay(Duration.ofMillis(300)));

    readConcurrently(adapter, 8);

    assertThat(fixture.server.tokenRequestCount()).isEqualTo(2);
    assertThat(apiRequests()).filteredOn(r -> r.status() == 200).hasSize(9);
  }

  private void readConcurrently(HttpAdvoware adapter, int callers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return adapter.readParty(party);
                }));
      }
      start.countDown();
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void renewsTheTokenOnceTheSafetyMarginBeforeExpiryIsReached() {
    HttpAdvoware adapter = fixture.adapter();
    adapter.readParty(party);

    fixture.clock.advance(Duration.ofMinutes(7).plusSeconds(59));
    adapter.readParty(party);
    long beforeMargin = fixture.server.tokenRequestCount();
    fixture.clock.advance(Duration.ofSeconds(2));
    adapter.readParty(party);

    assertThat(beforeMargin).isEqualTo(1);
    assertThat(fixture.server.tokenRequestCount()).isEqualTo(2);
    assertThat(apiRequests()).extracting(LoggedRequest::status).containsOnly(200);
  }

  @Test
  void capsTheSafetyMarginAtHalfTheTokensLifetime() {
    fixture.server.tokenLifetime(Duration.ofSeconds(60));
    HttpAdvoware adapter = fixture.adapter();
    adapter.readParty(party);

    fixture.clock.advance(Duration.ofSeconds(29));
    adapter.readParty(party);
    long beforeHalf = fixture.server.tokenRequestCount();
    fixture.clock.advance(Duration.ofSeconds(1));
    adapter.readParty(party);

    assertThat(beforeHalf).isEqualTo(1);
    assertThat(fixture.server.tokenRequestCount()).isEqualTo(2);
  }

  @Test
  void renewsTheTokenOnceOn401AndRepeatsTheCall() {
    HttpAdvoware adapter = fixture.adapter();
    adapter.readParty(party);
    fixture.server.revokeTokens();
    fixture.server.clearRequests();

    adapter.readParty(party);

    assertThat(fixture.server.requests())
        .extracting(r -> r.method() + " " + r.status())
        .containsExactly("GET 401", "POST 200", "GET 200");
  }

  @Test
  void neverSendsATokenPastItsExpiry() {
    HttpAdvoware adapter = fixture.adapter();
    adapter.readParty(party);
    fixture.clock.advance(Duration.ofMinutes(10));
    fixture.server.clearRequests();

    adapter.readParty(party);

    // the client renews before expiry, so the server never sees the expired token
    assertThat(fixture.server.requests())
        .extracting(r -> r.method() + " " + r.status())
        .containsExactly("POST 200", "GET 200");
  }

  @Test
  void givesUpWhenTheRenewedTokenIsRefusedToo() {
    HttpAdvoware adapter = fixture.adapter();
    fixture.server.inject("GET", ".*/Beteiligte/.*", 2, Fault.status(401, "Unauthorized"));

    assertThatThrownBy(() -> adapter.readParty(party))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(((AuthenticationException) e).retryable()).isFalse());
    assertThat(fixture.server.tokenRequestCount()).isEqualTo(2);
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void refusesAWrongApiKeyWithoutCallingTheApi() {
    AdvowareConfig config =
        fixture.server.config().apiKey("d3Jvbmcta2V5LXdyb25nLWtleQ==".toCharArray()).build();

    assertThatThrownBy(() -> fixture.adapter(config).readParty(party))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("wrong name or password");
    assertThat(apiRequests()).isEmpty();
    assertThat(fixture.server.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownAppId() {
    AdvowareConfig config = fixture.server.config().appId("OTHER_APP").build();

    assertThatThrownBy(() -> fixture.adapter(config).readParty(party))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("not enabled");
  }

  @Test
  void refusesAWrongPassword() {
    AdvowareConfig config = fixture.server.config().password("falsch".toCharArray()).build();

    assertThatThrownBy(() -> fixture.adapter(config).readParty(party))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void retriesATokenRequestTheGatewayAnswered503() {
    fixture.server.inject("POST", ".*/api/v1/Token", 1, Fault.status(503, "Service Unavailable"));

    fixture.adapter().readParty(party);

    assertThat(tokenRequests()).extracting(LoggedRequest::status).containsExactly(503, 200);
    Set<String> nonces = tokenRequests().stream().map(r -> nonceOf(r)).collect(Collectors.toSet());
    assertThat(nonces).hasSize(2);
  }

  private static String nonceOf(LoggedRequest request) {
    try {
      return JSON.readTree(request.body()).path("Nonce").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String accessTokenOf(LoggedRequest request) {
    return request.header("Authorization").orElse("").substring("Bearer ".length());
  }
}
