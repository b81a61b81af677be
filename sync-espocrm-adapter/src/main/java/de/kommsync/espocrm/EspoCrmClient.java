package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.RemoteCallException;
import de.kommsync.retry.RetryAfter;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls to the EspoCRM API: authenticates each request, always declares JSON, applies the
 * timeouts, retries transient faults by the connection's {@link de.kommsync.retry.RetryPolicy} and
 * turns every failure into a core exception. Thread-safe.
 *
 * <p>Logs one DEBUG line per attempt with method, path (ids only), status and duration; never
 * headers, bodies, query values or credentials.
 */
final class EspoCrmClient {

  private static final Logger LOG = LoggerFactory.getLogger(EspoCrmClient.class);

  /** A 2xx answer: the status, the raw body and its {@code Content-Type}, null when it had none. */
  record Reply(int status, byte[] body, @Nullable String contentType) {

    /**
     * Parses the body as JSON, refusing an HTML or XML page unread ({@link
     * MalformedResponseException#parseJson(String, String, String)}).
     */
    JsonNode json(String what) {
      return MalformedResponseException.parseJson(new String(body, UTF_8), contentType, what);
    }
  }

  private final HttpClient http;
  private final URI apiBase;
  private final EspoCrmCredentials credentials;
  private final Duration requestTimeout;
  private final Retry retry;
  private final Clock clock;

  EspoCrmClient(EspoCrmConnection connection, Clock clock) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connection.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.apiBase = connection.apiBase();
    this.credentials = connection.credentials();
    this.requestTimeout = connection.requestTimeout();
    this.retry = connection.retryPolicy().newRetry("espocrm");
    this.clock = Objects.requireNonNull(clock, "clock");
    retry
        .getEventPublisher()
        .onRetry(
            event ->
                LOG.debug(
                    "retrying after {} ms, attempt {}: {}",
                    event.getWaitInterval().toMillis(),
                    event.getNumberOfRetryAttempts() + 1,
                    event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage()));
  }

  /**
   * Sends a call, retrying transient faults, and returns its 2xx answer.
   *
   * @throws RemoteCallException for every failure, mapped by {@link EspoCrmErrors}
   */
  Reply send(Call call) {
    try {
      return retry.executeSupplier(() -> attempt(call));
    } catch (RemoteCallException e) {
      throw EspoCrmErrors.afterRetries(call, e);
    }
  }

  private Reply attempt(Call call) {
    HttpRequest request = request(call);
    long started = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      LOG.debug(
          "{} {} -> no answer ({})", call.method(), call.path(), e.getClass().getSimpleName());
      throw EspoCrmErrors.forTransport(call, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw EspoCrmErrors.forInterrupt(call, e);
    }
    int status = response.statusCode();
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.debug("{} {} -> {} in {} ms", call.method(), call.path(), status, millis);
    if (status >= 200 && status < 300) {
      return new Reply(
          status, response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }
    String reason = response.headers().firstValue("X-Status-Reason").orElse(null);
    Duration wait =
        response
            .headers()
            .firstValue("Retry-After")
            .flatMap(value -> RetryAfter.parse(value, clock.instant()))
            .orElse(null);
    throw EspoCrmErrors.forStatus(call, status, reason, wait, response.body());
  }

  private HttpRequest request(Call call) {
    String target = call.path().substring(1) + (call.query().isEmpty() ? "" : "?" + call.query());
    Signatures.Header auth = Signatures.authHeader(credentials, call.method(), call.path());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(apiBase.resolve(target))
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header(auth.name(), auth.value());
    if (call.version() != null) {
      builder.header("X-Version-Number", String.valueOf(call.version()));
    }
    byte[] body = call.body();
    return body == null
        ? builder.GET().build()
        : builder.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }
}
