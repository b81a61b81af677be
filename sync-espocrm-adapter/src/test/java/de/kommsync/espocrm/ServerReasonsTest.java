package de.kommsync.espocrm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerReasonsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "modified",
        "duplicate",
        "second-step-required",
        "No edit access.",
        "No read access.",
        "Record 6b12deaa5bccce130 not found.",
        "Record 0000000000000000x does not exist.",
        "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.",
      })
  void keepsEspoCrmsOwnFixedTexts(String reason) {
    String kept = ServerReasons.safe(reason);

    assertThat(kept).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Duplicate entry 'max.mueller@example.de' for key 'UNIQ_EMAIL'",
        "Phone 0511/123456 is not allowed",
        "Field validation failure; entityType: CBeteiligte, field: max@example.de, type: valid.",
        "Hook refused Max Mueller",
      })
  void withholdsFreeTextThatMayQuoteValues(String reason) {
    String kept = ServerReasons.safe(reason);

    assertThat(kept).isEqualTo(ServerReasons.WITHHELD);
  }

  @Test
  void keepsNoReasonAsNone() {
    assertThat(ServerReasons.safe(null)).isNull();
    assertThat(ServerReasons.safe("  ")).isNull();
  }

  @Test
  void withholdsAnEchoingReasonInTheExceptionOfEveryStatus() {
    Call update =
        Call.put("update of CBeteiligte record r1", "/CBeteiligte/r1", new byte[0], 3L, "r1");
    String echo = "Duplicate entry 'max.mueller@example.de' / 0511/123456";

    for (int status : new int[] {400, 401, 403, 409, 500, 503}) {
      assertThat(EspoCrmErrors.forStatus(update, status, echo, null, new byte[0]).reason())
          .as("status %s", status)
          .contains(ServerReasons.WITHHELD);
    }
  }
}
