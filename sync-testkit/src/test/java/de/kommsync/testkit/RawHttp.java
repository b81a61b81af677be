package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/** A plain HTTP client for the fake servers' own tests, independent of the adapters. */
final class RawHttp {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI site;

  RawHttp(URI site) {
    this.site = site;
  }

  /** Starts a request to {@code /api/v1} + the target (path and query, encoded). */
  HttpRequest.Builder request(String target) {
    return HttpRequest.newBuilder(site.resolve("api/v1" + target)).timeout(Duration.ofSeconds(10));
  }

  /** Sends a request and returns the answer as text. */
  HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a GET with the fake's API key. */
  HttpResponse<String> get(String target) {
    return sendUnchecked(
        request(target).header("X-Api-Key", FakeEspoCrmServer.API_KEY).GET().build());
  }

  /** Sends a JSON PUT with the fake's API key and an optional version header. */
  HttpResponse<String> put(String target, String json, @Nullable String version) {
    HttpRequest.Builder builder =
        request(target)
            .header("X-Api-Key", FakeEspoCrmServer.API_KEY)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (version != null) {
      builder.header("X-Version-Number", version);
    }
    return sendUnchecked(builder.build());
  }

  HttpResponse<String> sendUnchecked(HttpRequest request) {
    try {
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Computes an HMAC header value as the product documents it, independently of the adapter. */
  static String hmac(String key, String secret, String signed, boolean upperHex) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      HexFormat hex = upperHex ? HexFormat.of().withUpperCase() : HexFormat.of();
      String digest = hex.formatHex(mac.doFinal(signed.getBytes(UTF_8)));
      return Base64.getEncoder().encodeToString((key + ":" + digest).getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
