package de.kommsync.marker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.kommsync.model.Kind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Render then parse gives back marker and user text, for any user text (SPEC section 4). */
class MarkerCodecPropertiesTest {

  private static final List<Kind> SYNCED =
      Arrays.stream(Kind.values()).filter(Kind::synced).toList();

  /** Text of valid code points, without lone surrogates (they have no UTF-8 form). */
  private static Gen<String> text(int min, int max) {
    Gen<Integer> codePoints =
        integers()
            .between(0, 0x10FFFF - 0x800)
            .map(c -> c >= 0xD800 ? c + 0x800 : c)
            .mix(integers().between(0x20, 0x7E), 60);
    Gen<String> any =
        lists()
            .of(codePoints)
            .ofSizeBetween(min, max)
            .map(
                list -> {
                  StringBuilder out = new StringBuilder();
                  list.forEach(out::appendCodePoint);
                  return out.toString();
                });
    Gen<String> tricky =
        Generate.pick(
            List.of(
                "]",
                "[",
                " ",
                "  leading",
                "[ESPOCRM:MDUxMQ==:1]",
                "[ESPOCRM-SLOT:2] x",
                "ümlaut ß €",
                "\uD83D\uDE00 emoji",
                ":",
                "\n",
                "\t tab"));
    return any.mix(tricky.zip(any, (a, b) -> a + b), 30);
  }

  @Test
  void givesBackValueMarkerAndUserText() {
    qt().forAll(text(1, 40), Generate.pick(SYNCED), text(0, 60))
        .checkAssert(
            (value, kind, userText) -> {
              Marker marker = new Marker.Value(value, kind);

              ParsedRemark parsed = MarkerCodec.parse(MarkerCodec.render(marker, userText));

              assertThat(parsed.marker()).isEqualTo(marker);
              assertThat(parsed.userText()).isEqualTo(userText);
              assertThat(parsed.malformed()).isNull();
            });
  }

  @Test
  void givesBackSlotMarkerAndUserText() {
    qt().forAll(Generate.pick(SYNCED), text(0, 60))
        .checkAssert(
            (kind, userText) -> {
              Marker marker = new Marker.Slot(kind);

              ParsedRemark parsed = MarkerCodec.parse(MarkerCodec.render(marker, userText));

              assertThat(parsed.marker()).isEqualTo(marker);
              assertThat(parsed.userText()).isEqualTo(userText);
            });
  }

  @Test
  void parsesEveryRemarkWithoutFailing() {
    qt().forAll(text(0, 80))
        .checkAssert(
            remark -> {
              ParsedRemark parsed = MarkerCodec.parse(remark);

              if (parsed.marker() == null) {
                assertThat(parsed.userText()).isEqualTo(remark);
              } else {
                assertThat(remark).startsWith(MarkerCodec.render(parsed.marker()));
              }
            });
  }
}
