package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Personal data is masked for logs unless masking is switched off. */
class MaskingTest {

  @AfterEach
  void restoreDefault() {
    Masking.setEnabled(true);
  }

  @Test
  void masksAnEmailToFirstLettersAndTopLevelDomain() {
    assertThat(Masking.email("max.mustermann@example.de")).isEqualTo("m***@e***.de");
  }

  @Test
  void masksAnEmailWithoutADotInTheDomain() {
    assertThat(Masking.email("root@localhost")).isEqualTo("r***@l***");
  }

  @Test
  void masksSomethingThatIsNoEmailAtAll() {
    assertThat(Masking.email("@")).isEqualTo("***");
  }

  @Test
  void masksAnInternationalPhoneToCountryCodeAndLastTwoDigits() {
    assertThat(Masking.phone("+49 511 123456")).isEqualTo("+49 *** **56");
    assertThat(Masking.phone("+1 212 555 0199")).isEqualTo("+1 *** **99");
  }

  @Test
  void masksANationalPhoneToItsLastTwoDigits() {
    assertThat(Masking.phone("0511/123456")).isEqualTo("*** **56");
  }

  @Test
  void masksOneNumberAlikeWhateverItsSeparators() {
    List<String> international =
        List.of("+49 511 999999", "+49511999999", "+49 (0)511 999-999", "0049 511 999999");
    List<String> national = List.of("0511/999999", "0511 999999", "(0511) 99 99 99");

    assertThat(international)
        .allSatisfy(n -> assertThat(Masking.phone(n)).isEqualTo("+49 *** **99"));
    assertThat(national).allSatisfy(n -> assertThat(Masking.phone(n)).isEqualTo("*** **99"));
  }

  @Test
  void showsNoCountryCodeANumberDoesNotState() {
    assertThat(Masking.phone("+99 123 456789")).isEqualTo("*** **89");
    assertThat(Masking.phone("4930 1234567")).isEqualTo("*** **67");
  }

  @Test
  void masksAShortNumberCompletely() {
    assertThat(Masking.phone("112")).isEqualTo("***");
  }

  @Test
  void masksANameWordByWord() {
    assertThat(Masking.name("Erika  Mustermann")).isEqualTo("E*** M***");
    assertThat(Masking.name("   ")).isEqualTo("***");
  }

  @Test
  void masksAValueByItsShape() {
    assertThat(Masking.value("anna@example.org")).isEqualTo("a***@e***.org");
    assertThat(Masking.value("+49 30 9876543")).isEqualTo("+49 *** **43");
    assertThat(Masking.value("Anna Schmidt")).isEqualTo("A*** S***");
    assertThat(Masking.value(null)).isEqualTo("null");
  }

  @Test
  void showsValuesWhenMaskingIsSwitchedOff() {
    Masking.setEnabled(false);

    assertThat(Masking.isEnabled()).isFalse();
    assertThat(Masking.email("max@example.de")).isEqualTo("max@example.de");
    assertThat(Masking.phone("+49 511 123456")).isEqualTo("+49 511 123456");
    assertThat(Masking.name("Max Mustermann")).isEqualTo("Max Mustermann");
    assertThat(Masking.value("+49 511 123456")).isEqualTo("+49 511 123456");
  }
}
