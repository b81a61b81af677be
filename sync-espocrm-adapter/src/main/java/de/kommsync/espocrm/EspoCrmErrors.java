package de.kommsync.espocrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.AuthenticationException;
import de.kommsync.NoSuchRecordException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.StaleRecordException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps EspoCRM's answers and transport failures to the core's exceptions (research/espocrm-api.md
 * §2: the reason travels in {@code X-Status-Reason}, a 401 has none). Messages name the call and
 * ids; the server's reason is kept apart in {@code reason()}, and only in a shape known to hold no
 * values ({@link ServerReasons}).
 */
final class EspoCrmErrors {

  /** Statuses after which the same call may succeed (SPEC section 9). */
  static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

  private static final ObjectMapper JSON = new ObjectMapper();

  private EspoCrmErrors() {}

  /**
   * Returns the exception for an answer that is not 2xx.
   *
   * @param call the call
   * @param status the HTTP status
   * @param reason the {@code X-Status-Reason} header, or null
   * @param retryAfter the server's {@code Retry-After} hint, or null
   * @param body the response body, possibly empty
   */
  static RemoteCallException forStatus(
      Call call, int status, @Nullable String reason, @Nullable Duration retryAfter, byte[] body) {
    String failed = "EspoCRM " + call.what() + " failed with HTTP " + status;
    return switch (status) {
      case 400 -> rejected(call, ServerReasons.safe(reason), body);
      case 401 ->
          new AuthenticationException(
              failed + ": credentials refused", 401, ServerReasons.safe(reason));
      case 403 ->
          new AuthenticationException(failed + ": access denied", 403, ServerReasons.safe(reason));
      case 404 ->
          call.recordId() != null
              ? new NoSuchRecordException(call.recordId())
              : new RemoteCallException(
                  failed, 404, false, false, ServerReasons.safe(reason), null);
      case 409 -> conflict(call, failed, reason);
      default -> other(call, failed, status, ServerReasons.safe(reason), retryAfter);
    };
  }

  private static RemoteCallException rejected(Call call, @Nullable String reason, byte[] body) {
    String[] fieldAndType = validation(reason).or(() -> validation(body)).orElse(null);
    String field = fieldAndType == null ? null : fieldAndType[0];
    String type = fieldAndType == null ? null : fieldAndType[1];
    String message =
        "EspoCRM refused the "
            + call.what()
            + (field == null ? ": bad request" : ": field " + field + " failed check " + type);
    return new RejectedWriteException(message, 400, reason, field, type);
  }

  private static RemoteCallException conflict(Call call, String failed, @Nullable String reason) {
    String id = call.recordId() == null ? "?" : call.recordId();
    if ("modified".equals(reason)) {
      return new StaleRecordException(id);
    }
    if ("duplicate".equals(reason)) {
      return new DuplicateRecordException(id);
    }
    return new RemoteCallException(failed, 409, false, false, ServerReasons.safe(reason), null);
  }

  private static RemoteCallException other(
      Call call, String failed, int status, @Nullable String reason, @Nullable Duration wait) {
    if (TRANSIENT.contains(status)) {
      return new RemoteCallException(failed, status, true, false, reason, wait, null);
    }
    // a 500 on a write may come after part of the save (research §6 item 17): outcome unknown
    boolean unknown = call.writes() && status >= 500;
    return new RemoteCallException(failed, status, false, unknown, reason, null);
  }

  /**
   * Returns the exception for a call that got no answer.
   *
   * @param call the call
   * @param failure what the HTTP client threw
   */
  static RemoteCallException forTransport(Call call, IOException failure) {
    if (isConnectFailure(failure)) {
      return new RemoteCallException(
          "EspoCRM " + call.what() + " failed: no connection", 0, true, false, null, failure);
    }
    String what = failure instanceof HttpTimeoutException ? "timed out" : "lost its answer";
    // a read is safe to repeat; a write may have been applied, so it is never repeated blindly
    return new RemoteCallException(
        "EspoCRM " + call.what() + " " + what, 0, true, call.writes(), null, failure);
  }

  /** Returns the exception for a call interrupted while it waited. */
  static RemoteCallException forInterrupt(Call call, InterruptedException failure) {
    return new RemoteCallException(
        "EspoCRM " + call.what() + " was interrupted", 0, false, call.writes(), null, failure);
  }

  /**
   * Returns the exception for a 2xx answer whose body is not the JSON expected. The parser's
   * exception is not kept as the cause: its message may quote the body.
   */
  static RemoteCallException forUnreadableBody(Call call, int status) {
    return new RemoteCallException(
        "EspoCRM " + call.what() + " returned an unreadable body",
        status,
        true,
        call.writes(),
        null,
        null);
  }

  /**
   * Returns what a write's final failure means once retries are spent: a gateway error (502, 504)
   * does not tell whether the server applied the write, so its outcome is unknown.
   */
  static RemoteCallException afterRetries(Call call, RemoteCallException failure) {
    int status = failure.status().orElse(0);
    if (!call.writes() || failure.outcomeUnknown() || (status != 502 && status != 504)) {
      return failure;
    }
    return new RemoteCallException(
        failure.getMessage(),
        status,
        true,
        true,
        failure.reason().orElse(null),
        failure.retryAfter().orElse(null),
        failure);
  }

  private static boolean isConnectFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String[]> validation(@Nullable String reason) {
    return EspoCrmJson.parseValidationReason(reason).map(f -> new String[] {f.field(), f.type()});
  }

  private static Optional<String[]> validation(byte[] body) {
    try {
      JsonNode data = JSON.readTree(body).path("messageTranslation").path("data");
      if (data.path("field").isTextual() && data.path("type").isTextual()) {
        return Optional.of(new String[] {data.get("field").asText(), data.get("type").asText()});
      }
    } catch (IOException | RuntimeException e) {
      // the body is optional; the reason header was not readable either
    }
    return Optional.empty();
  }
}
