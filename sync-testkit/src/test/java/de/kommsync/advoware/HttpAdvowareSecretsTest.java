package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.RemoteCallException;
import de.kommsync.model.Kind;
import de.kommsync.spi.EntryWrite;
import de.kommsync.testkit.FakeAdvowareServer.Credentials;
import de.kommsync.testkit.FakeAdvowareServer.Fault;
import de.kommsync.testkit.FakeAdvowareServer.LoggedRequest;
import de.kommsync.testlogging.KnownSecrets;
import de.kommsync.testlogging.LeakDetector;
import de.kommsync.testlogging.LogAudit;
import de.kommsync.testlogging.LogEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the adapter through success, renewal, refusal and fault paths, then looks for every secret
 * in the log (as the audit provider kept it) and in every exception: the password, the API key (as
 * text and decoded), every token the gateway issued and every signature the adapter computed; and
 * for any unmasked phone number or e-mail address in the log and the exceptions' messages.
 */
class HttpAdvowareSecretsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG_KEY = "d3Jvbmcta2V5LXdyb25nLWtleQ==";

  private final AdvowareFixture fixture = new AdvowareFixture();
  private final String party =
      fixture.party(
          104860, List.of(new EntryWrite("0511/123456", "Zentrale", Kind.BUSINESS_PHONE, false)));
  private final List<String> failures = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void keepsPasswordApiKeyTokensAndSignaturesOutOfLogsAndExceptions() {
    KnownSecrets.add(WRONG_KEY);

    runEveryPath();

    String log = String.join("\n", LogAudit.events().stream().map(LogEvent::text).toList());
    List<String> secrets = secrets();
    String exceptions = String.join("\n", failures);
    assertThat(log).contains("answered 401").contains("obtained an Advoware token");
    assertThat(failures).hasSize(12).doesNotContain("no failure");
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
    for (String secret : secrets) {
      assertThat(log).doesNotContain(secret);
      assertThat(exceptions).doesNotContain(secret);
    }
    assertThat(LeakDetector.find(log)).as("log output").isEmpty();
    assertThat(messages).as("exception messages").hasSizeGreaterThanOrEqualTo(6);
    assertThat(messages).as("exception messages").noneMatch(LeakDetector::leaks);
  }

  private void runEveryPath() {
    Credentials credentials = fixture.server.credentials();
    HttpAdvoware adapter = fixture.adapter();
    long id = adapter.readParty(party).entries().get(0).id();
    adapter.createEntry(party, new EntryWrite("max@kanzlei.de", "", Kind.BUSINESS_EMAIL, true));
    adapter.updateEntry(
        party, id, new EntryWrite("", "[ESPOCRM-SLOT:1]", Kind.BUSINESS_PHONE, false));
    fixture.server.revokeTokens();
    adapter.readParty(party);
    String token = lastBearer();
    String echo = "Fehler " + credentials.password() + " " + credentials.apiKey() + " " + token;
    fixture.server.inject("GET", ".*/Beteiligte/.*", 1, Fault.status(500, echo));
    record(() -> adapter.readParty(party));
    fixture.server.inject("GET", ".*/Beteiligte/.*", 1, Fault.status(401, echo));
    fixture.server.inject("POST", ".*/Token", 1, Fault.status(401, echo));
    record(() -> adapter.readParty(party));
    fixture.server.inject("POST", ".*/Kommunikationen", 1, Fault.applyThenDrop());
    record(
        () -> adapter.createEntry(party, new EntryWrite("0511/1", "", Kind.BUSINESS_PHONE, false)));
    AdvowareConfig wrongKey = fixture.server.config().apiKey(WRONG_KEY.toCharArray()).build();
    record(() -> fixture.adapter(wrongKey).readParty(party));
    AdvowareConfig notBase64 =
        fixture.server.config().apiKey("kein base64 ?!".toCharArray()).build();
    record(() -> fixture.adapter(notBase64).readParty(party));
    fixture.server.inject("POST", ".*/Token", 5, Fault.status(503, echo));
    record(() -> fixture.adapter().readParty(party));
    String personal = echo + " max@kanzlei.de 0511/123456";
    for (int status : List.of(400, 403, 404, 409)) {
      fixture.server.inject("POST", ".*/Kommunikationen", 1, Fault.status(status, personal));
      record(
          () ->
              adapter.createEntry(
                  party, new EntryWrite("0511/7654321", "", Kind.BUSINESS_PHONE, false)));
    }
    fixture.server.inject("GET", ".*/Beteiligte/.*", 1, Fault.garbledBody());
    record(() -> adapter.readParty(party));
    failures.add(fixture.server.config().build().toString());
  }

  private void record(Runnable call) {
    try {
      call.run();
      failures.add("no failure");
    } catch (RemoteCallException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.add(trace + " reason=" + e.reason().orElse(""));
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
      }
    }
  }

  private String lastBearer() {
    List<LoggedRequest> requests = fixture.server.requests();
    return requests.get(requests.size() - 1).header("Authorization").orElseThrow().substring(7);
  }

  private List<String> secrets() {
    Credentials credentials = fixture.server.credentials();
    List<String> secrets = new ArrayList<>();
    secrets.add(credentials.password());
    secrets.add(credentials.apiKey());
    secrets.add(
        new String(Base64.getDecoder().decode(credentials.apiKey()), StandardCharsets.UTF_8));
    for (LoggedRequest request : fixture.server.requests()) {
      request.header("Authorization").map(h -> h.substring(7)).ifPresent(secrets::add);
      if (request.isTokenRequest()) {
        secrets.add(signatureOf(request));
      }
    }
    return secrets.stream().distinct().toList();
  }

  private static String signatureOf(LoggedRequest request) {
    try {
      return JSON.readTree(request.body()).path("HMAC512Signature").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
