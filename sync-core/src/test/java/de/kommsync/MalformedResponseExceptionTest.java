package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedResponseExceptionTest {

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Anmeldung</title></head>"
          + "<body>max@kanzlei-beispiel.de</body></html>";
  private static final String JSON = "{\"betNr\":104860,\"kommunikation\":[]}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/html",
        "text/html; charset=UTF-8",
        "TEXT/HTML;charset=iso-8859-1",
        "application/xhtml+xml",
        "text/xml",
        "application/xml",
        "application/problem+xml"
      })
  void refusesABodyLabelledAsMarkupWithoutParsingIt(String contentType) {
    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> MalformedResponseException.parseJson(JSON, contentType, "party 104860"));

    assertThat(e.getMessage())
        .isEqualTo("party 104860: the answer is an HTML or XML page, not JSON")
        .doesNotContain(contentType);
    assertThat(e.retryable()).isFalse();
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"application/json", "text/plain; charset=utf-8", "application/octet-stream"})
  void refusesAMarkupBodyUnderAnyOtherLabelWithoutQuotingIt(String contentType) {
    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> MalformedResponseException.parseJson("\n  " + PAGE, contentType, "record abc"));

    assertThat(e.getMessage())
        .isEqualTo("record abc: the answer looks like markup, not JSON")
        .doesNotContain("Anmeldung", "kanzlei-beispiel");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "application/vnd.api+json",
        "text/plain",
        "text/plain; charset=utf-8",
        "application/octet-stream"
      })
  void readsWellFormedJsonUnderAnyLabelThatIsNotMarkup(String contentType) {
    JsonNode json = MalformedResponseException.parseJson(JSON, contentType, "party 104860");

    assertThat(json.path("betNr").asLong()).isEqualTo(104860L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/json"})
  void refusesTextThatIsNotJsonWhateverItsLabelWithoutQuotingIt(String contentType) {
    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () ->
                MalformedResponseException.parseJson(
                    "Fehler: 0511/123456", contentType, "party 104860"));

    assertThat(e.getMessage()).startsWith("party 104860: body is not JSON").doesNotContain("0511");
  }
}
