package de.kommsync.advoware;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.MalformedResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains and caches the bearer token of the security gateway (research/advoware-api.md §1.3).
 * Concurrent callers share one token request; a token is renewed once the clock reaches its renewal
 * time (its expiry less the safety margin, the margin capped at half the lifetime), and dropped
 * when a call answered 401 with it. Thread-safe. Never logs the token, password, key or signature.
 */
final class TokenCache {

  private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);
  private static final String WHAT = "Advoware token request";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * A token and when to renew it.
   *
   * @param value the access token, a secret
   * @param renewAt when the token is due for renewal
   */
  record Token(String value, Instant renewAt) {

    /** Returns the renewal time only: the token is a secret. */
    @Override
    public String toString() {
      return "Token[renewAt=" + renewAt + "]";
    }
  }

  private final AdvowareConfig config;
  private final Endpoints endpoints;
  private final Wire wire;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Supplier<String> nonces;
  private final ReentrantLock lock = new ReentrantLock();
  private @Nullable Token current;

  TokenCache(
      AdvowareConfig config,
      Endpoints endpoints,
      Wire wire,
      ObjectMapper mapper,
      Clock clock,
      Supplier<String> nonces) {
    this.config = config;
    this.endpoints = endpoints;
    this.wire = wire;
    this.mapper = mapper;
    this.clock = clock;
    this.nonces = nonces;
  }

  /** Returns a valid token, requesting a new one when none is cached or it is due for renewal. */
  String token() {
    lock.lock();
    try {
      Token token = current;
      if (token == null || !clock.instant().isBefore(token.renewAt())) {
        token = fetch();
        current = token;
      }
      return token.value();
    } finally {
      lock.unlock();
    }
  }

  /** Drops the cached token if it is the given one (a call answered 401 with it). */
  void invalidate(String token) {
    lock.lock();
    try {
      if (current != null && current.value().equals(token)) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  private Token fetch() {
    Instant now = clock.instant();
    HttpResponse<byte[]> response = send(nonces.get(), TIMESTAMP.format(now));
    if (!Statuses.success(response.statusCode())) {
      throw Statuses.failure(WHAT, response, CallKind.READ, clock.instant());
    }
    Token token =
        parse(
            mapper,
            response.body(),
            now,
            config.tokenSafetyMargin(),
            config.fallbackTokenLifetime());
    LOG.debug("obtained an Advoware token, renewal due at {}", token.renewAt());
    return token;
  }

  private HttpResponse<byte[]> send(String nonce, String timestamp) {
    WipeableBuffer body = body(nonce, timestamp);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoints.securityGateway().resolve("api/v1/Token"))
              .timeout(config.requestTimeout())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes(), 0, body.size()))
              .build();
      return wire.send(request, CallKind.READ, WHAT);
    } finally {
      body.wipe();
    }
  }

  private WipeableBuffer body(String nonce, String timestamp) {
    WipeableBuffer buffer = new WipeableBuffer();
    char[] password = config.password().get();
    char[] apiKey = config.apiKey().get();
    try (JsonGenerator json = mapper.getFactory().createGenerator(buffer)) {
      String message = TokenSigner.message(config.product(), config.appId(), nonce, timestamp);
      json.writeStartObject();
      json.writeStringField("AppID", config.appId());
      json.writeStringField("Kanzlei", config.kanzlei());
      json.writeStringField("Database", config.database());
      json.writeStringField("User", config.user());
      json.writeNumberField("Role", config.role());
      json.writeNumberField("Product", config.product());
      json.writeFieldName("Password");
      json.writeString(password, 0, password.length);
      json.writeStringField("Nonce", nonce);
      json.writeStringField("HMAC512Signature", TokenSigner.sign(apiKey, message));
      json.writeStringField("RequestTimeStamp", timestamp);
      json.writeEndObject();
    } catch (IOException e) {
      buffer.wipe();
      throw new UncheckedIOException("could not write the token request", e);
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(apiKey, '\0');
    }
    return buffer;
  }

  /**
   * Reads a token response: {@code access_token} and the lifetime (see {@link #lifetime}, else the
   * fallback); the token is due for renewal the margin before it expires, the margin capped at half
   * the lifetime.
   */
  static Token parse(
      ObjectMapper mapper, byte[] body, Instant now, Duration margin, Duration fallback) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (IOException e) {
      throw malformed("is not JSON");
    }
    JsonNode access = node.path("access_token");
    if (!access.isTextual() || access.asText().isBlank()) {
      throw malformed("carries no access_token");
    }
    Duration lifetime = lifetime(node, now).orElse(fallback);
    Duration half = lifetime.dividedBy(2);
    return new Token(
        access.asText(), now.plus(lifetime).minus(margin.compareTo(half) < 0 ? margin : half));
  }

  /**
   * Returns the lifetime the response states: {@code expires_in} (seconds, immune to clock skew)
   * when present, else {@code expiration_utc} against the local clock; empty when neither gives a
   * positive lifetime.
   */
  private static Optional<Duration> lifetime(JsonNode node, Instant now) {
    JsonNode expiresIn = node.path("expires_in");
    if (expiresIn.isNumber() || (expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,9}"))) {
      long seconds = expiresIn.asLong();
      return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }
    JsonNode expiration = node.path("expiration_utc");
    if (expiration.isTextual()) {
      return utc(expiration.asText())
          .map(at -> Duration.between(now, at))
          .filter(d -> !d.isNegative() && !d.isZero());
    }
    return Optional.empty();
  }

  private static Optional<Instant> utc(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static MalformedResponseException malformed(String problem) {
    return new MalformedResponseException("the answer of the " + WHAT + " " + problem, 200);
  }

  /** A byte buffer whose content can be overwritten after use. */
  private static final class WipeableBuffer extends ByteArrayOutputStream {
    WipeableBuffer() {
      super(1024);
    }

    byte[] bytes() {
      return buf;
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
      count = 0;
    }
  }
}
