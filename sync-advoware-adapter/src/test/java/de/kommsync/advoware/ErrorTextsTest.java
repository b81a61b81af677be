package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {

  @Test
  void reportsAKnownVendorPhraseWithoutTheRestOfTheBody() {
    String body = "Der Benutzer Max Mustermann (max@kanzlei.de, 0511 123456) ist nicht angemeldet.";

    Optional<String> reason = ErrorTexts.reason(body);

    assertThat(reason).hasValue("firm or database not logged on (nicht angemeldet)");
  }

  @Test
  void reportsEveryKnownPhraseOnce() {
    String body =
        "Falscher Name oder falsches Kennwort. falscher name oder falsches kennwort. Forbidden";

    Optional<String> reason = ErrorTexts.reason(body);

    assertThat(reason).hasValue("wrong name or password; forbidden");
  }

  @Test
  void withholdsABodyWithoutAKnownPhrase() {
    String body = "Beteiligter Müller, Hauptstraße 5, max.mueller@example.org, Tel. 0171 2345678";

    Optional<String> reason = ErrorTexts.reason(body);

    assertThat(reason).isEmpty();
  }

  @Test
  void neverCopiesBodyTextIntoTheReason() {
    String body = "Bearer eyJhbGciOi.secret-token Not Found for 0511/987654 jane@doe.example";

    String reason = ErrorTexts.reason(body).orElseThrow();

    assertThat(reason)
        .isEqualTo("not found")
        .doesNotContain("eyJ")
        .doesNotContain("0511")
        .doesNotContain("@");
  }

  @Test
  void findsNothingInAnEmptyBody() {
    assertThat(ErrorTexts.reason("")).isEmpty();
  }
}
