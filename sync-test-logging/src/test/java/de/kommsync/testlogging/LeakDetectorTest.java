package de.kommsync.testlogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeakDetectorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sent to max.mueller@example.de today",
        "Anna <anna_schmidt+crm@mail.example.org>",
        "jürgen@müller-kanzlei.de",
      })
  void findsUnmaskedEmailAddresses(String text) {
    List<Leak> leaks = LeakDetector.find(text);

    assertThat(leaks).extracting(Leak::kind).containsExactly(Leak.Kind.EMAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+49 511 123456",
        "phone +49511123456.",
        "+4930111",
        "0511/123456",
        "0171 2345678",
        "0511-123456",
        "fax 0511 777, then",
        "0049 511 123456",
        "value '+49 (511) 12-34-56'",
        "(0511) 123456",
        "Zentrale (0511)123456.",
        "+1 (555) 123-4567",
      })
  void findsUnmaskedPhoneNumbers(String text) {
    List<Leak> leaks = LeakDetector.find(text);

    assertThat(leaks).extracting(Leak::kind).containsExactly(Leak.Kind.PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X-Api-Key: 3f9a0c1d2e",
        "authorization=Basic dXNlcjpwYXNzd29yZDE=",
        "X-Hmac-Authorization: ZmFrZS1rZXk6YWJjZGVm0",
        "{\"password\":\"hunter2hunter2\"}",
        "Signature = 2YcqJx0vQ8mY7Q==",
        "uses fake-espocrm-hmac-secret-b04e",
      })
  void findsSecrets(String text) {
    List<Leak> leaks = LeakDetector.find(text);

    assertThat(leaks).extracting(Leak::kind).contains(Leak.Kind.SECRET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "m***@e***.de",
        "+49 *** **56",
        "*** **56",
        "GET /CBeteiligte/6b12deaa5bccce130 -> 200 in 12 ms",
        "at 2026-12-04T00:00:00Z after PT0.001S",
        "hash 00000000000000e1 and 0000000000000000x",
        "hash 0123456789abcdef",
        "listening on 127.0.0.1:40511",
        "id 0f8fad5b-d9cb-469f-a165-70867728950e",
        "java.lang.Object@6d06d69c",
        "at de.kommsync.apply.Run.apply(Run.java:1234)",
        "signature: invalid",
        "X-Api-Key: ***",
        "version 0.1.0-SNAPSHOT of 2.0.17",
        "took 0 ms, 3 calls",
        "retrying (0) after 120 ms",
      })
  void findsNothingInMaskedOrHarmlessText(String text) {
    List<Leak> leaks = LeakDetector.find(text);

    assertThat(leaks).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0511 1", "+49511", "0 123456"})
  void ignoresDigitRunsTooShortOrTooOddForAPhoneNumber(String text) {
    boolean leaks = LeakDetector.leaks(text);

    assertThat(leaks).isFalse();
  }

  @Test
  void masksEveryLeakInALine() {
    String line = "mail max@example.de, phone 0511/123456, key fake-espocrm-api-key-3f9a";

    String masked = LeakDetector.mask(line);

    assertThat(masked).isEqualTo("mail m***, phone 0***, key ***");
    assertThat(LeakDetector.leaks(masked)).isFalse();
  }
}
