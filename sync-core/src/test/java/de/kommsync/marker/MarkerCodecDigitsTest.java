package de.kommsync.marker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kinds in markers are ASCII digits only; anything else leaves the remark as the user's text. */
class MarkerCodecDigitsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"[ESPOCRM:MDUxMQ==:\u0661]", "[ESPOCRM:MDUxMQ==:\uFF11]", "[ESPOCRM-SLOT:\u0661]"})
  void readsAKindOfNonAsciiDigitsAsUserText(String remark) {
    ParsedRemark parsed = MarkerCodec.parse(remark);

    assertThat(parsed.marker()).isNull();
    assertThat(parsed.userText()).isEqualTo(remark);
  }
}
