package de.kommsync;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A call to the party system or the CRM failed. It says whether a retry may help and whether the
 * call may have taken effect although no answer arrived (an unknown outcome: a run stops on it and
 * the next run re-reads).
 */
public class RemoteCallException extends SyncException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final boolean retryable;
  private final boolean outcomeUnknown;
  private final @Nullable String reason;
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param message what failed, with ids, without values or secrets
   * @param status the HTTP status, or 0 when no answer arrived
   * @param retryable whether repeating the same call may succeed
   * @param outcomeUnknown whether the call may have taken effect on the server
   * @param reason the server's short reason text (for example EspoCRM's {@code X-Status-Reason}),
   *     free of personal data, or null
   * @param cause the underlying exception, or null
   */
  public RemoteCallException(
      String message,
      int status,
      boolean retryable,
      boolean outcomeUnknown,
      @Nullable String reason,
      @Nullable Throwable cause) {
    this(message, status, retryable, outcomeUnknown, reason, null, cause);
  }

  /**
   * Creates an exception that carries the server's hint how long to wait before a retry (an HTTP
   * {@code Retry-After} header, for example on 429 or 503).
   *
   * @param message what failed, with ids, without values or secrets
   * @param status the HTTP status, or 0 when no answer arrived
   * @param retryable whether repeating the same call may succeed
   * @param outcomeUnknown whether the call may have taken effect on the server
   * @param reason the server's short reason text, free of personal data, or null
   * @param retryAfter how long the server asked to wait, not negative, or null when it did not say
   * @param cause the underlying exception, or null
   */
  public RemoteCallException(
      String message,
      int status,
      boolean retryable,
      boolean outcomeUnknown,
      @Nullable String reason,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(message, cause);
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    this.status = status;
    this.retryable = retryable;
    this.outcomeUnknown = outcomeUnknown;
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  /** Returns the HTTP status, or empty when no answer arrived. */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** Returns whether repeating the same call may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** Returns whether the call may have taken effect although it failed. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** Returns the server's short reason text, if it sent one. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Returns how long the server asked the caller to wait before a retry, if it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
