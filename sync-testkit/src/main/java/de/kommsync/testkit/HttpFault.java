package de.kommsync.testkit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fault a fake HTTP server injects into a request instead of (or around) its normal handling.
 * Faults are given to a server with a method, a path pattern and a count (see {@link
 * FakeEspoCrmServer#inject}).
 */
public sealed interface HttpFault {

  /**
   * The page {@link #htmlPage()} answers: the log-in page of a portal in front of the API, with an
   * e-mail address in it, so tests can check that no text of it reaches a message or a log.
   */
  String HTML_PAGE =
      "<!DOCTYPE html>\n<html lang=\"de\"><head><title>Anmeldung erforderlich</title></head>"
          + "<body><h1>Bitte melden Sie sich an</h1>"
          + "<p>Fragen an portal-support@kanzlei.example</p></body></html>\n";

  /** Returns a fault that waits before the request is handled normally. */
  static HttpFault delay(Duration duration) {
    return new Delay(duration);
  }

  /** Returns a fault that answers with a status without handling the request (nothing saved). */
  static HttpFault status(int status) {
    return new Status(status, null, null);
  }

  /**
   * Returns a fault that answers with a status, a reason header and a {@code Retry-After} header,
   * without handling the request (nothing saved).
   *
   * @param status the HTTP status
   * @param reason the {@code X-Status-Reason} header, or null for none
   * @param retryAfter the {@code Retry-After} header value, or null for none
   */
  static HttpFault status(int status, @Nullable String reason, @Nullable String retryAfter) {
    return new Status(status, reason, retryAfter);
  }

  /** Returns a fault that closes the connection without an answer and without handling it. */
  static HttpFault reset() {
    return new Reset();
  }

  /** Returns a fault that handles the request, then answers 200 with a body that is no JSON. */
  static HttpFault garbledBody() {
    return new GarbledBody();
  }

  /**
   * Returns a fault that handles the request (a write is saved), then answers its normal status
   * with {@link #HTML_PAGE} labelled {@code text/html; charset=UTF-8}, as a reverse proxy or a
   * log-in portal in front of the API would.
   */
  static HttpFault htmlPage() {
    return new WrongContentType("text/html; charset=UTF-8", HTML_PAGE);
  }

  /**
   * Returns a fault that handles the request (a write is saved), then answers its normal status and
   * JSON body labelled {@code text/plain; charset=UTF-8} instead of {@code application/json}.
   */
  static HttpFault jsonAsPlainText() {
    return new WrongContentType("text/plain; charset=UTF-8", null);
  }

  /**
   * Returns a fault that handles the request (a write is saved), then closes the connection without
   * an answer: the client cannot tell whether the write happened.
   */
  static HttpFault applyThenDrop() {
    return new ApplyThenDrop();
  }

  /**
   * Waits, then handles the request normally.
   *
   * @param duration how long to wait, not negative
   */
  record Delay(Duration duration) implements HttpFault {
    /** Checks the duration. */
    public Delay {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative");
      }
    }
  }

  /**
   * Answers with a status and empty body without handling the request.
   *
   * @param status the HTTP status, 100 to 599
   * @param reason the {@code X-Status-Reason} header, or null
   * @param retryAfter the {@code Retry-After} header value, or null
   */
  record Status(int status, @Nullable String reason, @Nullable String retryAfter)
      implements HttpFault {
    /** Checks the status. */
    public Status {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must lie in 100..599");
      }
    }
  }

  /** Closes the connection without an answer; the request is not handled. */
  record Reset() implements HttpFault {}

  /** Handles the request, then answers 200 with a truncated JSON body. */
  record GarbledBody() implements HttpFault {}

  /**
   * Handles the request, then answers its normal status with another content type.
   *
   * @param contentType the {@code Content-Type} header to send
   * @param body the body to send instead of the normal one, or null to send the normal body
   */
  record WrongContentType(String contentType, @Nullable String body) implements HttpFault {
    /** Checks the content type. */
    public WrongContentType {
      Objects.requireNonNull(contentType, "contentType");
    }
  }

  /** Handles the request, then closes the connection without an answer. */
  record ApplyThenDrop() implements HttpFault {}
}
