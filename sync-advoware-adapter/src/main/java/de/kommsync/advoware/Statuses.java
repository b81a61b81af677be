package de.kommsync.advoware;

import de.kommsync.AuthenticationException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.retry.RetryAfter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps an HTTP error status of Advoware to the core's exceptions: whether a retry may help, whether
 * the call may have taken effect, the server's {@code Retry-After} hint and a reason free of
 * personal data and secrets. Stateless.
 *
 * <p>Transient statuses are 429, 502, 503 and 504 (SPEC section 9). A 429 means the server did not
 * take the call, so even a create may be repeated. After 502, 503 or 504 a read or an update (which
 * sets absolute values, so repeating it is harmless) may be repeated; a create may have taken
 * effect and is never repeated: its outcome is unknown, as after any other 5xx of a write.
 */
final class Statuses {

  private Statuses() {}

  /** Returns whether the status is a success (2xx). */
  static boolean success(int status) {
    return status >= 200 && status < 300;
  }

  /**
   * Returns the exception for an error answer.
   *
   * @param what what was called, with ids only
   * @param response the answer, not 2xx; its body is never copied into the exception
   * @param kind how the call may be repeated
   * @param now the current time, to read a {@code Retry-After} date
   * @return the exception to throw
   */
  static RemoteCallException failure(
      String what, HttpResponse<byte[]> response, CallKind kind, Instant now) {
    Duration retryAfter =
        RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now)
            .orElse(null);
    return failure(what, response.statusCode(), response.body(), kind, retryAfter);
  }

  /** Returns the exception for an error status and the server's {@code Retry-After} hint. */
  static RemoteCallException failure(
      String what, int status, byte[] body, CallKind kind, @Nullable Duration retryAfter) {
    Optional<String> reason = ErrorTexts.reason(new String(body, StandardCharsets.UTF_8));
    String message = what + " failed with status " + status + reason.map(r -> ": " + r).orElse("");
    String why = reason.orElse(null);
    if (status == 401 || (status == 403 && !kind.write())) {
      return new AuthenticationException(message, status);
    }
    if (kind.write() && (status == 400 || status == 403 || status == 409 || status == 422)) {
      return new RejectedWriteException(message, status, why, null, null);
    }
    if (status == 429) {
      return new RemoteCallException(message, status, true, false, why, retryAfter, null);
    }
    boolean transientFault = status == 502 || status == 503 || status == 504;
    if (transientFault && kind.repeatable()) {
      return new RemoteCallException(message, status, true, false, why, retryAfter, null);
    }
    if (status >= 500 || status < 400) {
      return new RemoteCallException(message, status, false, kind.write(), why, null);
    }
    return new RemoteCallException(message, status, false, false, why, null);
  }
}
