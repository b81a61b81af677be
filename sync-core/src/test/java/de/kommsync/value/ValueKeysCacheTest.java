package de.kommsync.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueKeysCacheTest {

  @Test
  void remembersEachValueOnceWhenAskedRepeatedly() {
    ValueKeys keys = new ValueKeys("DE");

    for (int i = 0; i < 3; i++) {
      keys.phoneKey("0511/123456");
      keys.emailKey("Max@Example.COM");
    }

    assertThat(keys.cachedResults()).isEqualTo(2);
  }

  @Test
  void staysBoundedWhenAskedForManyDistinctValues() {
    ValueKeys keys = new ValueKeys("DE");

    for (int i = 0; i < 5 * ValueKeys.CACHE_LIMIT; i++) {
      keys.phoneKey("0511 " + (1_000_000 + i));
      keys.emailKey("person" + i + "@example.de");
    }

    assertThat(keys.cachedResults()).isLessThanOrEqualTo(2 * ValueKeys.CACHE_LIMIT);
  }

  @Test
  void answersFromMemoryLikeAFreshInstance() {
    ValueKeys warm = new ValueKeys("DE");

    qt().forAll(integers().between(0, 300), strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert(
            (number, text) -> {
              String phone = "0511 " + number;
              String email = text + "@b" + number + ".de";
              ValueKeys fresh = new ValueKeys("DE");
              assertThat(warm.phoneKey(phone)).isEqualTo(fresh.phoneKey(phone));
              assertThat(warm.phoneKey(text)).isEqualTo(fresh.phoneKey(text));
              assertThat(warm.emailKey(email)).isEqualTo(fresh.emailKey(email));
            });
  }

  @Test
  void handsOutACopyOfTheRememberedEmailParts() {
    ValueKeys keys = new ValueKeys("DE");
    Optional<String[]> first = keys.splitEmail("Max@Straße.de");

    first.orElseThrow()[0] = "changed";
    Optional<String[]> second = keys.splitEmail("Max@Straße.de");

    assertThat(second.orElseThrow()).containsExactly("Max", "xn--strae-oqa.de", "xn--strae-oqa.de");
  }
}
