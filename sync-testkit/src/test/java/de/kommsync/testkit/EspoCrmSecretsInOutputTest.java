package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmCredentials;
import de.kommsync.espocrm.EspoCrmWebhooks;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.retry.RetryPolicy;
import de.kommsync.spi.CrmChange;
import de.kommsync.testlogging.KnownSecrets;
import de.kommsync.testlogging.LeakDetector;
import de.kommsync.testlogging.LogAudit;
import de.kommsync.testlogging.LogEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the EspoCRM adapter through success and every failure path with DEBUG logging on, and finds
 * no credential, signature, webhook secret or personal value in what it logs (as kept by the audit
 * provider) nor in the full text of any exception, causes included.
 */
class EspoCrmSecretsInOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "6b12deaa5bccce130";
  private static final String WRONG_KEY = "wrong-api-key-5e1d";
  private static final String WRONG_SECRET = "wrong-hmac-secret-0c3b";

  /** A reason header that echoes personal data and a credential, as a careless server might. */
  private static final String ECHO =
      "Duplicate: max.mueller@example.de, 0511/123456, key " + FakeEspoCrmServer.API_KEY;

  private final List<Throwable> failures = new ArrayList<>();

  @Test
  void logsAndExceptionTextsRevealNoSecretAndNoValue() throws IOException {
    JsonNode webhook = resource("/espocrm-webhook-delivery-9.3.4.json");
    List.of(
            WRONG_KEY,
            WRONG_SECRET,
            webhook.get("secretKey").asText(),
            webhook.get("headers").get("Signature").asText())
        .forEach(KnownSecrets::add);

    List<String> signatures = runEveryPath(webhook);

    List<String> logs = LogAudit.events().stream().map(LogEvent::text).toList();
    String exceptions = exceptionTexts();
    assertThat(logs)
        .anyMatch(line -> line.contains("GET /CBeteiligte/" + ID))
        .anyMatch(line -> line.contains("PUT /CBeteiligte/" + ID));
    assertThat(failures).hasSizeGreaterThanOrEqualTo(18);
    List<String> forbidden = new ArrayList<>(signatures);
    forbidden.addAll(KnownSecrets.all());
    forbidden.addAll(
        List.of("max.mueller", "Mueller-Privat", "+49511123456", "511987654", "0511/123456"));
    for (String secret : forbidden) {
      assertThat(logs).as("log output").noneMatch(line -> line.contains(secret));
      assertThat(exceptions).as("exception texts").doesNotContain(secret);
    }
    assertThat(logs).as("log output").noneMatch(LeakDetector::leaks);
    assertThat(messageChains()).as("exception messages").noneMatch(LeakDetector::leaks);
  }

  private List<String> runEveryPath(JsonNode webhook) throws IOException {
    EspoCrmSimulation simulation = EspoCrmSimulation.builder().build();
    simulation.load(resource("/espocrm-cbeteiligte-real-9.3.4.json"));
    try (FakeEspoCrmServer server = FakeEspoCrmServer.start(simulation)) {
      RetryPolicy fast = new RetryPolicy(2, Duration.ofMillis(1), 2, 0, Duration.ofSeconds(1));
      HttpEspoCrm hmac =
          new HttpEspoCrm(
              server.connection(server.hmacCredentials()).retryPolicy(fast).build(),
              EspoCrmConfig.defaults());
      HttpEspoCrm apiKey =
          new HttpEspoCrm(
              server.connection(server.apiKeyCredentials()).retryPolicy(fast).build(),
              EspoCrmConfig.defaults());
      succeed(hmac, apiKey);
      failAuthentication(server, fast);
      failWrites(server, hmac);
      failTransport(server, hmac);
      failWebhook(webhook);
      return server.requests().stream()
          .flatMap(r -> r.header("X-Hmac-Authorization").stream())
          .toList();
    }
  }

  private void succeed(HttpEspoCrm hmac, HttpEspoCrm apiKey) {
    hmac.rules();
    hmac.readRecord(ID);
    apiKey.readRecord(ID);
    hmac.listDue(Instant.parse("2030-01-01T00:00:00Z"), Instant.EPOCH, null);
    hmac.updateRecord(ID, hash("00000000000000e1"), null);
  }

  private void failAuthentication(FakeEspoCrmServer server, RetryPolicy fast) {
    for (EspoCrmCredentials wrong :
        List.of(
            EspoCrmCredentials.apiKey(WRONG_KEY),
            EspoCrmCredentials.hmac(FakeEspoCrmServer.HMAC_KEY, WRONG_SECRET),
            EspoCrmCredentials.apiKey(FakeEspoCrmServer.HMAC_KEY))) {
      HttpEspoCrm crm =
          new HttpEspoCrm(
              server.connection(wrong).retryPolicy(fast).build(), EspoCrmConfig.defaults());
      attempt(() -> crm.readRecord(ID));
      attempt(() -> crm.updateRecord(ID, hash("00000000000000e2"), 1L));
    }
  }

  private void failWrites(FakeEspoCrmServer server, HttpEspoCrm hmac) {
    List<CrmValue> refused =
        List.of(CrmValue.phone("0511/123456", PhoneType.BUSINESS, true, false, false));
    attempt(
        () -> hmac.updateRecord(ID, new CrmChange(null, refused, SyncState.EMPTY, Set.of()), null));
    attempt(() -> hmac.updateRecord(ID, hash("00000000000000e3"), 1L));
    attempt(() -> hmac.readRecord("0000000000000000x"));
    server.inject("PUT", ".*", 1, HttpFault.status(409, "duplicate", null));
    attempt(() -> hmac.updateRecord(ID, hash("00000000000000e4"), null));
    server.inject("GET", ".*", 1, HttpFault.status(403, "No read access.", null));
    attempt(() -> hmac.readRecord(ID));
    for (int status : List.of(400, 403, 409, 500)) {
      server.inject("PUT", ".*", 1, HttpFault.status(status, ECHO, null));
      attempt(() -> hmac.updateRecord(ID, hash("00000000000000e7"), null));
      server.inject("GET", ".*", 3, HttpFault.status(status, ECHO, null));
      attempt(() -> hmac.readRecord(ID));
    }
  }

  private void failTransport(FakeEspoCrmServer server, HttpEspoCrm hmac) {
    server.inject("GET", ".*", 5, HttpFault.status(503, null, "0"));
    attempt(() -> hmac.readRecord(ID));
    server.inject("PUT", ".*", 1, HttpFault.applyThenDrop());
    attempt(() -> hmac.updateRecord(ID, hash("00000000000000e5"), null));
    server.inject("PUT", ".*", 1, HttpFault.garbledBody());
    attempt(() -> hmac.updateRecord(ID, hash("00000000000000e6"), null));
    server.inject("GET", ".*", 1, HttpFault.garbledBody());
    attempt(() -> hmac.readRecord(ID));
    server.inject("GET", ".*", 1, HttpFault.status(500));
    attempt(hmac::rules);
  }

  private void failWebhook(JsonNode webhook) {
    EspoCrmWebhooks hooks =
        new EspoCrmWebhooks(webhook.get("webhookId").asText(), webhook.get("secretKey").asText());
    byte[] tampered = webhook.get("rawBody").asText().replace("retry", "RETRY").getBytes(UTF_8);
    String signature = webhook.get("headers").get("Signature").asText();
    attempt(() -> hooks.recordIds(tampered, signature));
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }

  private List<String> messageChains() {
    List<String> messages = new ArrayList<>();
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
      }
    }
    return messages;
  }

  private String exceptionTexts() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      for (Throwable failure : failures) {
        out.println(failure);
        failure.printStackTrace(out);
      }
    }
    return text.toString();
  }

  private static CrmChange hash(String value) {
    SyncState state = new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, value);
    return new CrmChange(null, null, state, Set.of(SyncField.HASH));
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = EspoCrmSecretsInOutputTest.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    }
  }
}
