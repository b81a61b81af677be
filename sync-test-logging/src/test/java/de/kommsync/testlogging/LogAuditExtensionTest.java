package de.kommsync.testlogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

class LogAuditExtensionTest {

  private static Violation violation(String message) {
    LogEvent event = new LogEvent(Level.DEBUG, "de.kommsync.x", "main", message, Map.of(), "");
    return new Violation(event, LeakDetector.find(message));
  }

  @Test
  void failsWithTheLoggerAndTheMaskedLine() {
    List<Violation> violations = List.of(violation("wrote anna@example.org"));

    assertThatThrownBy(() -> LogAuditExtension.failOn(violations, Set.of(), "the test t()"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the test t() logged unmasked")
        .hasMessageContaining("de.kommsync.x [EMAIL]: wrote a***")
        .hasMessageNotContaining("anna@example.org");
  }

  @Test
  void passesWhenEveryKindIsAllowed() {
    List<Violation> violations = List.of(violation("wrote anna@example.org, 0511/123456"));
    Set<Leak.Kind> allowed = Set.of(Leak.Kind.EMAIL, Leak.Kind.PHONE);

    assertThatCode(() -> LogAuditExtension.failOn(violations, allowed, "t"))
        .doesNotThrowAnyException();
  }

  @Test
  void failsWhenOnlySomeKindsAreAllowed() {
    List<Violation> violations =
        List.of(violation("key fake-espocrm-api-key-3f9a for 0511/123456"));
    Set<Leak.Kind> allowed = Set.of(Leak.Kind.EMAIL, Leak.Kind.PHONE);

    assertThatThrownBy(() -> LogAuditExtension.failOn(violations, allowed, "t"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  @AllowsUnmaskedLogs(reason = "this test checks the allow-list itself")
  void allowsPersonalDataButNoSecretsByDefault() throws NoSuchMethodException {
    Method self = getClass().getDeclaredMethod("allowsPersonalDataButNoSecretsByDefault");

    Set<Leak.Kind> allowed = LogAuditExtension.allowed(Optional.of(self), Optional.of(getClass()));

    assertThat(allowed).containsExactlyInAnyOrder(Leak.Kind.EMAIL, Leak.Kind.PHONE);
  }

  @Test
  void allowsNothingWithoutTheAnnotation() throws NoSuchMethodException {
    Method self = getClass().getDeclaredMethod("allowsNothingWithoutTheAnnotation");

    Set<Leak.Kind> allowed = LogAuditExtension.allowed(Optional.of(self), Optional.of(getClass()));

    assertThat(allowed).isEmpty();
  }

  @Test
  @AllowsUnmaskedLogs(reason = "proves a test may log personal data on purpose")
  void letsAnAllowedTestLogPersonalData() {
    LoggerFactory.getLogger("de.kommsync.testlogging.allowed").debug("to max@example.de");

    assertThat(LogAudit.events())
        .extracting(LogEvent::message)
        .containsExactly("to max@example.de");
  }

  @Test
  void failsAClassWhenSlf4jChoseAnotherProvider() {
    assertThatThrownBy(
            () -> LogAuditExtension.requireAuditProvider("org.slf4j.simple.SimpleLoggerFactory"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not the audit provider");
  }

  @Test
  void acceptsTheAuditProvidersFactory() {
    String factory = LoggerFactory.getILoggerFactory().getClass().getName();

    assertThatCode(() -> LogAuditExtension.requireAuditProvider(factory))
        .doesNotThrowAnyException();
  }
}
