package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edge cases of the simulated value rules beyond the recorded vectors. */
class EspoCrmValueRulesTest {

  @Test
  void phpTrimKeepsTheNoBreakSpace() {
    // research/espocrm-api.md §3 "Phone rules": non-breaking spaces give 400 in off mode

    String trimmed = EspoCrmValueRules.phpTrim("\t 0511 123456\u00a0 \n");

    assertThat(trimmed).isEqualTo("0511 123456\u00a0");
  }

  @Test
  void ipLiteralsPassAsPhpsFilterLetsThem() {
    // research/espocrm-api.md §8 item 6: IP-literal domains pass

    assertThat(EspoCrmValueRules.isValidEmail("a@[IPv6:2001:db8::1]")).isTrue();
    assertThat(EspoCrmValueRules.isValidEmail("a@[IPv6:1:2:3:4:5:6:7:8]")).isTrue();
    assertThat(EspoCrmValueRules.isValidEmail("a@[256.0.0.1]")).isFalse();
    assertThat(EspoCrmValueRules.isValidEmail("a@[IPv6:1::2::3]")).isFalse();
  }

  @Test
  void anEmailOver254CharactersIsRefused() {
    // research/espocrm-api.md §8 item 6
    String domain = "d".repeat(60) + "." + "d".repeat(60) + "." + "d".repeat(60) + ".de";

    assertThat(EspoCrmValueRules.isValidEmail("a".repeat(64) + "@" + domain)).isTrue();
    assertThat(EspoCrmValueRules.isValidEmail("a".repeat(64) + "@" + "d".repeat(63) + "." + domain))
        .isFalse();
  }

  @Test
  void extensionsAreKeptOnlyWhenEnabled() {
    // research/espocrm-api.md §6 item 6: "… ext. 543" with international mode and extensions on

    String dropped = EspoCrmValueRules.sanitizePhone("+49 4333 633333 x543", true, false);
    String kept = EspoCrmValueRules.sanitizePhone("+49 4333 633333 x543", true, true);

    assertThat(dropped).isEqualTo("+494333633333");
    assertThat(kept).isEqualTo("+494333633333 ext. 543");
    assertThat(EspoCrmValueRules.phoneFailure(kept, true)).isEmpty();
  }

  @Test
  void offModeRefusesLongValuesAsMaxLength() {
    // research/espocrm-api.md §3 "Limits": 36 characters per phone

    assertThat(EspoCrmValueRules.phoneFailure("1".repeat(37), false)).contains("maxLength");
    assertThat(EspoCrmValueRules.phoneFailure("1".repeat(36), false)).isEmpty();
  }
}
