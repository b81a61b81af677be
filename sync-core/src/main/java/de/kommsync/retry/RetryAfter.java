package de.kommsync.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a server's hint how long to wait before a retry, in the two forms of RFC 9110 section
 * 10.2.3: a number of seconds ({@code 120}) or a date ({@code Fri, 04 Dec 2026 15:30:00 GMT}).
 * Stateless and thread-safe.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value the header value, may be null or anything
   * @param now the current time, to turn a date into a wait
   * @return the wait (zero for a date in the past), or empty when the value is missing or
   *     unreadable
   */
  public static Optional<Duration> parse(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return seconds(text);
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String digits) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(digits)));
    } catch (NumberFormatException e) {
      // more digits than a long holds: a wait no caller would sit out
      return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
    }
  }
}
