package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.MalformedResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenResponseTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Duration MARGIN = Duration.ofMinutes(2);
  private static final Duration FALLBACK = Duration.ofMinutes(55);

  private static TokenCache.Token parse(String json) {
    return TokenCache.parse(MAPPER, json.getBytes(StandardCharsets.UTF_8), NOW, MARGIN, FALLBACK);
  }

  @Test
  void renewsTheMarginBeforeExpiresIn() {
    TokenCache.Token token = parse("{\"access_token\":\"t-1\",\"expires_in\":3600}");

    assertThat(token.value()).isEqualTo("t-1");
    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:58:00Z"));
  }

  @Test
  void readsExpiresInGivenAsText() {
    TokenCache.Token token = parse("{\"access_token\":\"t\",\"expires_in\":\"600\"}");

    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:08:00Z"));
  }

  @Test
  void readsExpirationUtcWithSevenFractionDigitsAndNoZone() {
    TokenCache.Token token =
        parse("{\"access_token\":\"t\",\"expiration_utc\":\"2026-12-04T10:30:00.1234567\"}");

    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:28:00.1234567Z"));
  }

  @Test
  void readsExpirationUtcWithZone() {
    TokenCache.Token token =
        parse("{\"access_token\":\"t\",\"expiration_utc\":\"2026-12-04T10:30:00Z\"}");

    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:28:00Z"));
  }

  @Test
  void prefersExpiresInBecauseItIsImmuneToClockSkew() {
    TokenCache.Token token =
        parse(
            "{\"access_token\":\"t\",\"expires_in\":600,"
                + "\"expiration_utc\":\"2026-12-04T09:00:00.0000000\"}");

    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:08:00Z"));
  }

  @Test
  void assumesTheFallbackLifetimeWhenNoneIsStatedOrItIsOver() {
    TokenCache.Token none = parse("{\"access_token\":\"t\"}");
    TokenCache.Token past =
        parse("{\"access_token\":\"t\",\"expiration_utc\":\"2026-12-04T09:00:00\"}");
    TokenCache.Token zero = parse("{\"access_token\":\"t\",\"expires_in\":0}");

    Instant expected = Instant.parse("2026-12-04T10:53:00Z");
    assertThat(none.renewAt()).isEqualTo(expected);
    assertThat(past.renewAt()).isEqualTo(expected);
    assertThat(zero.renewAt()).isEqualTo(expected);
  }

  @Test
  void capsTheMarginAtHalfTheLifetime() {
    TokenCache.Token token = parse("{\"access_token\":\"t\",\"expires_in\":60}");

    assertThat(token.renewAt()).isEqualTo(Instant.parse("2026-12-04T10:00:30Z"));
  }

  @Test
  void refusesAnAnswerWithoutAccessToken() {
    assertThatThrownBy(() -> parse("{\"token_type\":\"bearer\",\"expires_in\":60}"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("access_token");
  }

  @Test
  void refusesAnAnswerThatIsNotJsonWithoutQuotingIt() {
    assertThatThrownBy(() -> parse("access_token=geheim-123"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageNotContaining("geheim-123");
  }

  @Test
  void keepsTheTokenOutOfToString() {
    TokenCache.Token token = parse("{\"access_token\":\"geheim-456\",\"expires_in\":60}");

    assertThat(token.toString()).doesNotContain("geheim-456");
  }
}
