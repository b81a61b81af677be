package de.kommsync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.RemoteCallException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

  private static RemoteCallException failed(String message, int status, String reason) {
    return new RemoteCallException(message, status, false, false, reason, null);
  }

  @Test
  void aMessageThatNamesTheStatusDoesNotGetItTwice() {
    RemoteCallException e = failed("GET party 300000 failed with status 500", 500, null);

    String text = ErrorText.of("reading the party", e);

    assertThat(text).isEqualTo("reading the party: GET party 300000 failed with status 500");
  }

  @Test
  void aMessageThatNamesTheHttpStatusDoesNotGetItTwice() {
    RemoteCallException e = failed("EspoCRM read of record x failed with HTTP 503", 503, null);

    String text = ErrorText.of("reading the CRM record", e);

    assertThat(text).containsOnlyOnce("503").doesNotContain("(status");
  }

  @Test
  void aReasonTheMessageHoldsIsNotRepeated() {
    RemoteCallException e =
        failed(
            "GET party 1 failed with status 500: internal server error",
            500,
            "internal server error");

    String text = ErrorText.of("reading the party", e);

    assertThat(text).containsOnlyOnce("internal server error").containsOnlyOnce("500");
  }

  @Test
  void aMessageWithoutTheStatusGetsItOnce() {
    RemoteCallException e = failed("read of record x failed", 500, "Bad things");

    String text = ErrorText.of("reading the CRM record", e);

    assertThat(text)
        .isEqualTo("reading the CRM record: read of record x failed (status 500) [Bad things]");
  }

  @Test
  void anIdThatLooksLikeAnotherStatusDoesNotHideTheStatus() {
    RemoteCallException e = failed("GET party 500 failed", 502, null);

    String text = ErrorText.of("reading the party", e);

    assertThat(text).endsWith("(status 502)");
  }

  @Test
  void aForeignExceptionIsNamedByItsTypeOnly() {
    String text = ErrorText.of("planning", new IllegalStateException("+49 511 123456"));

    assertThat(text).isEqualTo("planning: an unexpected error (IllegalStateException)");
  }

  @Test
  void aMalformedArgumentIsNamedInPlainWordsWithoutItsMessage() {
    String text = ErrorText.of("reading the CRM record", new IllegalArgumentException("../../etc"));

    assertThat(text)
        .isEqualTo(
            "reading the CRM record: refused as malformed (an id or value the adapter does not"
                + " accept)");
  }
}
