package de.kommsync.advoware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.MalformedResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows the API base URL and the security gateway URL: configured ones as they are, missing ones
 * discovered once from the configurator ({@code connectorUrl} when set, else {@code relayUrl};
 * research/advoware-api.md §1.2) and cached. A failed discovery is not cached (the caller's retry
 * repeats it). Thread-safe.
 */
final class Endpoints {

  private static final Logger LOG = LoggerFactory.getLogger(Endpoints.class);
  private static final String WHAT = "Advoware URL discovery";

  /** The two URLs the adapter calls. */
  record Urls(URI baseUrl, URI securityGateway) {}

  private final AdvowareConfig config;
  private final Wire wire;
  private final ObjectMapper mapper;
  private final Clock clock;
  private @Nullable Urls urls;

  Endpoints(AdvowareConfig config, Wire wire, ObjectMapper mapper, Clock clock) {
    this.config = config;
    this.wire = wire;
    this.clock = clock;
    this.mapper = mapper;
    URI base = config.baseUrl();
    URI gateway = config.securityGateway();
    this.urls = base != null && gateway != null ? new Urls(base, gateway) : null;
  }

  /** Returns the API base URL, ending with a slash; discovers it on first use if needed. */
  URI baseUrl() {
    return urls().baseUrl();
  }

  /** Returns the security gateway URL, ending with a slash; discovers it if needed. */
  URI securityGateway() {
    return urls().securityGateway();
  }

  private synchronized Urls urls() {
    Urls known = urls;
    if (known == null) {
      known = discover();
      urls = known;
    }
    return known;
  }

  private Urls discover() {
    URI configurator = config.configurator().orElseThrow();
    String kanzlei = URLEncoder.encode(config.kanzlei(), StandardCharsets.UTF_8);
    URI uri = URI.create(configurator + "?Kanzlei=" + kanzlei);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<byte[]> response = wire.send(request, CallKind.READ, WHAT);
    if (!Statuses.success(response.statusCode())) {
      throw Statuses.failure(WHAT, response, CallKind.READ, clock.instant());
    }
    Urls found = parse(response.body());
    LOG.debug("discovered Advoware base URL {}", found.baseUrl());
    return found;
  }

  private Urls parse(byte[] body) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (IOException e) {
      throw malformed("is not JSON");
    }
    Optional<URI> connector = url(node, "connectorUrl");
    Optional<URI> relay = url(node, "relayUrl");
    Optional<URI> gateway = url(node, "securityGateway");
    URI base = config.baseUrl();
    if (base == null) {
      base = connector.or(() -> relay).orElseThrow(() -> malformed("names no API URL"));
    }
    URI securityGateway = config.securityGateway();
    if (securityGateway == null) {
      securityGateway = gateway.orElseThrow(() -> malformed("names no security gateway"));
    }
    return new Urls(base, securityGateway);
  }

  private Optional<URI> url(JsonNode node, String field) {
    JsonNode value = field(node, field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      String text = value.asText().trim();
      URI uri = URI.create(text.endsWith("/") ? text : text + "/");
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw malformed("has an invalid " + field);
      }
      return Optional.of(uri);
    } catch (IllegalArgumentException e) {
      throw malformed("has an invalid " + field);
    }
  }

  /** Finds a field by name, ignoring case (the configurator's casing is not documented). */
  private static @Nullable JsonNode field(JsonNode node, String name) {
    if (!node.isObject()) {
      return null;
    }
    for (var entry : node.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static MalformedResponseException malformed(String problem) {
    return new MalformedResponseException("the answer of " + WHAT + " " + problem, 200);
  }
}
