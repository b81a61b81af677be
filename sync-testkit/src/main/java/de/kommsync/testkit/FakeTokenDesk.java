package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The security gateway of {@link FakeAdvowareServer}: checks token requests exactly (every field,
 * the HMAC-SHA512 signature over {@code Product:AppID:Nonce:RequestTimeStamp} keyed with the
 * Base64-decoded API key, a nonce used once), issues tokens with a configurable lifetime and
 * answers whether a bearer token is valid at the server's clock. Thread-safe.
 *
 * <p><b>Assumptions</b>, as nothing public documents them (research/advoware-api.md §1.3, §4.6): a
 * refused token request answers 401 with a text body that uses the vendor phrases clients look for;
 * a nonce is accepted once (stricter than any documented rule, so that a client reusing one is
 * caught); the timestamp must be UTC with a trailing {@code Z}, but no clock-skew window is
 * enforced; the token response carries both {@code expires_in} and {@code expiration_utc} (the
 * latter without zone and with seven fraction digits, as the public client code parses it).
 */
final class FakeTokenDesk {

  /** The answer to a token request. */
  record Answer(int status, String body) {}

  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS").withZone(ZoneOffset.UTC);

  private final FakeAdvowareServer.Credentials credentials;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Set<String> nonces = new HashSet<>();
  private Duration lifetime;

  FakeTokenDesk(
      FakeAdvowareServer.Credentials credentials,
      Clock clock,
      Duration lifetime,
      ObjectMapper mapper) {
    this.credentials = credentials;
    this.clock = clock;
    this.lifetime = lifetime;
    this.mapper = mapper;
  }

  synchronized void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /** Answers a token request body. */
  synchronized Answer request(byte[] body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      return new Answer(400, "Die Anfrage ist ungültig.");
    }
    if (request == null || !request.isObject()) {
      return new Answer(400, "Die Anfrage ist ungültig.");
    }
    if (!credentials.appId().equals(request.path("AppID").asText())) {
      return new Answer(401, "Die App ist für diese Kanzlei nicht freigeschaltet.");
    }
    if (!credentialsMatch(request) || !signatureMatches(request)) {
      return new Answer(401, "Falscher Name oder falsches Kennwort.");
    }
    return new Answer(200, issue());
  }

  /** Returns whether a bearer token was issued here and has not expired. */
  synchronized boolean valid(String token) {
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Forgets every token issued: the next call with any of them answers 401. */
  synchronized void revokeAll() {
    tokens.clear();
  }

  private boolean credentialsMatch(JsonNode request) {
    return credentials.kanzlei().equals(request.path("Kanzlei").asText())
        && credentials.database().equals(request.path("Database").asText())
        && credentials.user().equals(request.path("User").asText())
        && credentials.password().equals(request.path("Password").asText())
        && request.path("Role").canConvertToInt()
        && request.path("Product").canConvertToInt()
        && !request.path("Nonce").asText().isBlank();
  }

  private boolean signatureMatches(JsonNode request) {
    String nonce = request.path("Nonce").asText();
    String timestamp = request.path("RequestTimeStamp").asText();
    if (!isUtcTimestamp(timestamp) || nonces.contains(nonce)) {
      return false;
    }
    String message =
        request.path("Product").asText()
            + ":"
            + credentials.appId()
            + ":"
            + nonce
            + ":"
            + timestamp;
    byte[] expected = hmac(message);
    byte[] actual;
    try {
      actual = Base64.getDecoder().decode(request.path("HMAC512Signature").asText());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      return false;
    }
    nonces.add(nonce);
    return true;
  }

  private static boolean isUtcTimestamp(String timestamp) {
    try {
      return timestamp.endsWith("Z")
          && OffsetDateTime.parse(timestamp).getOffset().equals(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private byte[] hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(credentials.apiKey()), "HmacSHA512"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 unavailable", e);
    }
  }

  private String issue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiry = clock.instant().plus(lifetime);
    tokens.put(token, expiry);
    ObjectNode answer = mapper.createObjectNode();
    answer.put("access_token", token);
    answer.put("token_type", "bearer");
    answer.put("expires_in", lifetime.toSeconds());
    answer.put("expiration_utc", EXPIRATION.format(expiry));
    answer.put("refresh_token", "unused");
    return answer.toString();
  }
}
