package de.kommsync.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import de.kommsync.model.Channel;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the canonical keys of SPEC section 5. */
class ValueKeysPropertiesTest {

  private static final ValueKeys KEYS = new ValueKeys("DE");

  /** A German area code without the trunk 0, and a subscriber number. */
  private static Gen<String[]> germanNumbers() {
    Gen<String> areas =
        Generate.pick(List.of("511", "30", "89", "40", "221", "171", "160", "6221"));
    Gen<String> subscribers = strings().numericBetween(100_000, 9_999_999);
    return areas.zip(subscribers, (area, subscriber) -> new String[] {area, subscriber});
  }

  private static Gen<String> localParts() {
    Gen<String> words = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    Gen<String> separators = Generate.pick(List.of("", ".", "_", "-", "+", "."));
    return words.zip(separators, words, (a, sep, b) -> sep.isEmpty() ? a : a + sep + b);
  }

  private static Gen<String> unicodeLabels() {
    return Generate.pick(
        List.of("müller", "straße", "köln", "bücher", "gänse", "örtlich", "mañana", "kanzlei"));
  }

  @Test
  void givesEveryFormattingOfAGermanNumberTheSameKey() {
    qt().forAll(germanNumbers())
        .checkAssert(
            parts -> {
              String area = parts[0];
              String subscriber = parts[1];
              List<String> variants =
                  List.of(
                      "0" + area + "/" + subscriber,
                      "0" + area + " " + subscriber,
                      "+49 (0)" + area + " " + subscriber,
                      "+49" + area + subscriber,
                      "0049 " + area + "-" + subscriber);

              List<Optional<String>> keys = variants.stream().map(KEYS::phoneKey).toList();

              assertThat(keys).allSatisfy(key -> assertThat(key).isPresent());
              assertThat(keys).containsOnly(Optional.of("+49" + area + subscriber));
            });
  }

  @Test
  void keepsAPhoneKeyFixedWhenKeyedAgain() {
    qt().forAll(germanNumbers(), Generate.pick(List.of("/", " ", "-", "")))
        .checkAssert(
            (parts, separator) -> {
              String key = KEYS.phoneKey("0" + parts[0] + separator + parts[1]).orElseThrow();

              assertThat(KEYS.phoneKey(key)).contains(key);
            });
  }

  @Test
  void neverReadsLettersAsDigits() {
    qt().forAll(germanNumbers(), strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 3))
        .checkAssert(
            (parts, letters) -> {
              String value = "0" + parts[0] + " " + parts[1] + letters;

              assertThat(KEYS.phoneKey(value)).isEmpty();
            });
  }

  private static Gen<String> domainLabels() {
    Gen<String> words = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
    return words.zip(words, Generate.booleans(), (a, b, join) -> join ? a + "-" + b : a);
  }

  @Test
  void givesCaseVariantsOfAnEmailTheSameKey() {
    qt().forAll(localParts(), domainLabels())
        .checkAssert(
            (local, domain) -> {
              String lower = local + "@" + domain + ".de";
              String upper = lower.toUpperCase(Locale.ROOT);

              String key = KEYS.emailKey(lower).orElseThrow();

              assertThat(KEYS.emailKey(upper)).contains(key);
              assertThat(KEYS.emailKey("  " + upper + " ")).contains(key);
              assertThat(KEYS.key(Channel.EMAIL, key)).contains(key);
            });
  }

  @Test
  void givesNfcAndNfdFormsOfAnEmailTheSameKey() {
    qt().forAll(localParts(), unicodeLabels())
        .checkAssert(
            (local, label) -> {
              String address = local + "ä@" + label + ".de";
              String nfc = Normalizer.normalize(address, Normalizer.Form.NFC);
              String nfd = Normalizer.normalize(address, Normalizer.Form.NFD);

              assertThat(KEYS.emailKey(nfd)).isPresent().isEqualTo(KEYS.emailKey(nfc));
            });
  }

  @Test
  void givesPunycodeAndUnicodeDomainsTheSameKeyAndKeepsSharpS() {
    qt().forAll(localParts(), unicodeLabels())
        .checkAssert(
            (local, label) -> {
              String unicode = local + "@" + label + ".de";

              String key = KEYS.emailKey(unicode).orElseThrow();
              String domain = key.substring(key.indexOf('@') + 1);

              assertThat(KEYS.emailKey(local + "@" + domain)).contains(key);
              assertThat(KEYS.emailKey(key)).contains(key);
              if (label.contains("ß")) {
                assertThat(domain).isNotEqualTo(label.replace("ß", "ss") + ".de");
                assertThat(KEYS.emailKey(local + "@" + label.replace("ß", "ss") + ".de"))
                    .isNotEqualTo(Optional.of(key));
              }
            });
  }
}
