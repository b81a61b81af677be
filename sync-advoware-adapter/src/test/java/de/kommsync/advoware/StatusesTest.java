package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.AuthenticationException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatusesTest {

  private static RemoteCallException failure(int status, CallKind kind) {
    return Statuses.failure("call", status, new byte[0], kind, null);
  }

  @Test
  void letsReadsAndUpdatesRepeatTransientStatusesWithAKnownOutcome() {
    for (int status : new int[] {429, 502, 503, 504}) {
      for (CallKind kind : new CallKind[] {CallKind.READ, CallKind.IDEMPOTENT_WRITE}) {
        RemoteCallException failure = failure(status, kind);

        assertThat(failure.retryable()).as("%s %s", kind, status).isTrue();
        assertThat(failure.outcomeUnknown()).as("%s %s", kind, status).isFalse();
      }
    }
  }

  @Test
  void letsACreateRepeatOnlyA429() {
    RemoteCallException refused = failure(429, CallKind.CREATE);

    assertThat(refused.retryable()).isTrue();
    assertThat(refused.outcomeUnknown()).isFalse();
    for (int status : new int[] {500, 502, 503, 504}) {
      RemoteCallException failure = failure(status, CallKind.CREATE);

      assertThat(failure.retryable()).as("%s", status).isFalse();
      assertThat(failure.outcomeUnknown()).as("%s", status).isTrue();
    }
  }

  @Test
  void reportsAnUpdateThatFailedWith500AsUnknownAndNotRepeatable() {
    RemoteCallException failure = failure(500, CallKind.IDEMPOTENT_WRITE);

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.outcomeUnknown()).isTrue();
  }

  @Test
  void mapsRefusalsOfWritesToRejectedWrites() {
    for (int status : new int[] {400, 403, 409, 422}) {
      assertThat(failure(status, CallKind.CREATE)).isInstanceOf(RejectedWriteException.class);
      assertThat(failure(status, CallKind.IDEMPOTENT_WRITE))
          .isInstanceOf(RejectedWriteException.class);
    }
  }

  @Test
  void mapsUnauthorisedAndForbiddenReadsToAuthenticationFailures() {
    assertThat(failure(401, CallKind.READ)).isInstanceOf(AuthenticationException.class);
    assertThat(failure(401, CallKind.CREATE)).isInstanceOf(AuthenticationException.class);
    assertThat(failure(403, CallKind.READ)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void carriesTheRetryAfterHintOfTransientStatuses() {
    RemoteCallException failure =
        Statuses.failure("call", 503, new byte[0], CallKind.READ, Duration.ofSeconds(7));

    assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(7));
  }

  @Test
  void namesTheCallTheStatusAndKnownPhrasesOnly() {
    byte[] body = "Max Mustermann ist nicht angemeldet".getBytes(StandardCharsets.UTF_8);

    RemoteCallException failure = Statuses.failure("GET party 7", 503, body, CallKind.READ, null);

    assertThat(failure.getMessage())
        .isEqualTo(
            "GET party 7 failed with status 503: firm or database not logged on (nicht angemeldet)");
    assertThat(failure.reason()).hasValue("firm or database not logged on (nicht angemeldet)");
  }

  @Test
  void treatsOtherClientErrorsAsFinalWithAKnownOutcome() {
    RemoteCallException failure = failure(404, CallKind.IDEMPOTENT_WRITE);

    assertThat(failure.retryable()).isFalse();
    assertThat(failure.outcomeUnknown()).isFalse();
  }
}
