package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

class EspoCrmErrorsTest {

  private static final Call READ =
      Call.get("read of CBeteiligte record r1", "/CBeteiligte/r1", "", "r1");
  private static final Call UPDATE =
      Call.put("update of CBeteiligte record r1", "/CBeteiligte/r1", new byte[0], 3L, "r1");
  private static final Call LIST =
      Call.get("list of due CBeteiligte records", "/CBeteiligte", "", null);
  private static final byte[] NONE = new byte[0];

  @Test
  void mapsValidationFailureToRejectedWriteWithFieldAndType() {
    String reason =
        "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.";

    RemoteCallException e = EspoCrmErrors.forStatus(UPDATE, 400, reason, null, NONE);

    assertThat(e).isInstanceOf(RejectedWriteException.class);
    RejectedWriteException rejected = (RejectedWriteException) e;
    assertThat(rejected.field()).contains("phoneNumber");
    assertThat(rejected.validation()).contains("valid");
    assertThat(rejected.reason()).contains(reason);
    assertThat(rejected.retryable()).isFalse();
    assertThat(rejected.outcomeUnknown()).isFalse();
    assertThat(rejected.getMessage()).contains("r1").contains("phoneNumber");
  }

  @Test
  void readsFieldFromBodyWhenReasonLacksIt() {
    byte[] body =
        ("{\"messageTranslation\":{\"label\":\"validationFailure\",\"scope\":null,"
                + "\"data\":{\"field\":\"emailAddress\",\"type\":\"maxCount\"}}}")
            .getBytes(UTF_8);

    RejectedWriteException e =
        (RejectedWriteException) EspoCrmErrors.forStatus(UPDATE, 400, null, null, body);

    assertThat(e.field()).contains("emailAddress");
    assertThat(e.validation()).contains("maxCount");
  }

  @Test
  void mapsBadRequestWithoutDetailsToRejectedWrite() {
    RejectedWriteException e =
        (RejectedWriteException) EspoCrmErrors.forStatus(UPDATE, 400, null, null, NONE);

    assertThat(e.field()).isEmpty();
    assertThat(e.status()).hasValue(400);
  }

  @Test
  void mapsRefusedCredentialsAndDeniedAccessToAuthentication() {
    RemoteCallException unauthorized = EspoCrmErrors.forStatus(READ, 401, null, null, NONE);
    RemoteCallException forbidden =
        EspoCrmErrors.forStatus(UPDATE, 403, "No edit access.", null, NONE);

    assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
    assertThat(unauthorized.retryable()).isFalse();
    assertThat(forbidden).isInstanceOf(AuthenticationException.class);
    assertThat(forbidden.reason()).contains("No edit access.");
  }

  @Test
  void mapsNotFoundOnRecordToNoSuchRecord() {
    RemoteCallException e =
        EspoCrmErrors.forStatus(READ, 404, "Record r1 does not exist.", null, NONE);
    RemoteCallException onList = EspoCrmErrors.forStatus(LIST, 404, null, null, NONE);

    assertThat(e).isInstanceOf(NoSuchRecordException.class).hasMessageContaining("r1");
    assertThat(onList).isNotInstanceOf(NoSuchRecordException.class);
    assertThat(onList.retryable()).isFalse();
  }

  @Test
  void mapsConflictsByReason() {
    assertThat(EspoCrmErrors.forStatus(UPDATE, 409, "modified", null, NONE))
        .isInstanceOf(StaleRecordException.class);
    assertThat(EspoCrmErrors.forStatus(UPDATE, 409, "duplicate", null, NONE))
        .isInstanceOf(DuplicateRecordException.class);
    RemoteCallException locked =
        EspoCrmErrors.forStatus(UPDATE, 409, "cannotModifyLockedRecord", null, NONE);
    assertThat(locked)
        .isNotInstanceOf(StaleRecordException.class)
        .isNotInstanceOf(DuplicateRecordException.class);
    assertThat(locked.retryable()).isFalse();
  }

  @Test
  void marksTransientStatusesRetryableWithTheirHint() {
    for (int status : new int[] {429, 502, 503, 504}) {
      RemoteCallException e =
          EspoCrmErrors.forStatus(UPDATE, status, null, Duration.ofSeconds(2), NONE);

      assertThat(e.retryable()).as("status %d", status).isTrue();
      assertThat(e.outcomeUnknown()).as("status %d", status).isFalse();
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    }
  }

  @Test
  void treatsServerErrorOnWriteAsUnknownOutcomeButNotOnRead() {
    RemoteCallException write = EspoCrmErrors.forStatus(UPDATE, 500, null, null, NONE);
    RemoteCallException read = EspoCrmErrors.forStatus(READ, 500, null, null, NONE);

    assertThat(write.outcomeUnknown()).isTrue();
    assertThat(write.retryable()).isFalse();
    assertThat(read.outcomeUnknown()).isFalse();
  }

  @Test
  void gatewayErrorOnWriteBecomesUnknownOutcomeOnceRetriesAreSpent() {
    RemoteCallException gateway = EspoCrmErrors.forStatus(UPDATE, 504, null, null, NONE);
    RemoteCallException busy = EspoCrmErrors.forStatus(UPDATE, 503, null, null, NONE);

    assertThat(EspoCrmErrors.afterRetries(UPDATE, gateway).outcomeUnknown()).isTrue();
    assertThat(EspoCrmErrors.afterRetries(UPDATE, busy).outcomeUnknown()).isFalse();
    assertThat(EspoCrmErrors.afterRetries(READ, gateway).outcomeUnknown()).isFalse();
  }

  @Test
  void connectFailureIsRetryableWithKnownOutcomeEvenForWrites() {
    RemoteCallException refused =
        EspoCrmErrors.forTransport(UPDATE, new ConnectException("Connection refused"));
    RemoteCallException slow =
        EspoCrmErrors.forTransport(UPDATE, new HttpConnectTimeoutException("timed out"));

    assertThat(refused.retryable()).isTrue();
    assertThat(refused.outcomeUnknown()).isFalse();
    assertThat(slow.outcomeUnknown()).isFalse();
    assertThat(refused.status()).isEmpty();
  }

  @Test
  void lostAnswerOfWriteIsUnknownOutcomeAndOfReadIsNot() {
    RemoteCallException write =
        EspoCrmErrors.forTransport(UPDATE, new HttpTimeoutException("request timed out"));
    RemoteCallException read = EspoCrmErrors.forTransport(READ, new IOException("reset"));

    assertThat(write.outcomeUnknown()).isTrue();
    assertThat(write.getMessage()).contains("timed out");
    assertThat(read.outcomeUnknown()).isFalse();
    assertThat(read.retryable()).isTrue();
  }
}
