package de.kommsync.advoware;

import de.kommsync.RemoteCallException;
import io.github.resilience4j.retry.Retry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends API calls with the bearer token: renews the token and repeats the call once when it answers
 * 401, maps error statuses to the core's exceptions and repeats calls on transient faults as far as
 * their kind allows. Thread-safe.
 */
final class Transport {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final Wire wire;
  private final Retry retry;
  private final Endpoints endpoints;
  private final TokenCache tokens;
  private final Duration requestTimeout;
  private final Clock clock;

  Transport(
      Wire wire,
      Retry retry,
      Endpoints endpoints,
      TokenCache tokens,
      Duration requestTimeout,
      Clock clock) {
    this.wire = wire;
    this.retry = retry;
    this.endpoints = endpoints;
    this.tokens = tokens;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  /**
   * Makes a call, repeating the whole attempt (discovery, token and request) on failures the retry
   * policy deems safe and transient.
   *
   * @param call the call
   * @return the successful (2xx) response
   * @throws RemoteCallException when the call failed
   */
  HttpResponse<byte[]> call(ApiCall call) {
    return retry.executeSupplier(() -> attempt(call));
  }

  private HttpResponse<byte[]> attempt(ApiCall call) {
    String token = tokens.token();
    HttpResponse<byte[]> response = send(call, token);
    if (response.statusCode() == 401) {
      LOG.debug("{} answered 401; renewing the token and repeating once", call.what());
      tokens.invalidate(token);
      response = send(call, tokens.token());
    }
    int status = response.statusCode();
    LOG.debug("{} answered {}", call.what(), status);
    if (Statuses.success(status)) {
      return response;
    }
    if (status == 404 && call.notFound() != null) {
      throw call.notFound().get();
    }
    throw Statuses.failure(call.what(), response, call.kind(), clock.instant());
  }

  private HttpResponse<byte[]> send(ApiCall call, String token) {
    URI uri = endpoints.baseUrl().resolve(call.path());
    byte[] body = call.body();
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .method(call.method(), publisher);
    if (body != null) {
      request.header("Content-Type", "application/json; charset=utf-8");
    }
    return wire.send(request.build(), call.kind(), call.what());
  }
}
