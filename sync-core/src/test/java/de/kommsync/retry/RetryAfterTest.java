package de.kommsync.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-12-04T15:30:00Z");

  @Test
  void readsDelayInSeconds() {
    assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsHttpDateAsWaitFromNow() {
    assertThat(RetryAfter.parse("Fri, 04 Dec 2026 15:31:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void readsDateInThePastAsNoWait() {
    assertThat(RetryAfter.parse("Fri, 04 Dec 2026 15:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void readsHugeNumberAsVeryLongWait() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW))
        .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365)));
  }

  @Test
  void ignoresMissingOrUnreadableValue() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
  }
}
