package de.kommsync.testlogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

class AuditingLogProviderTest {

  private static final Logger LOG = LoggerFactory.getLogger("de.kommsync.testlogging.sample");
  private static final Logger OTHER = LoggerFactory.getLogger("org.example.other");

  @AfterEach
  void forget() {
    MDC.clear();
    LogAudit.drainViolations();
  }

  @Test
  void isTheProviderSlf4jChose() {
    String factory = LoggerFactory.getILoggerFactory().getClass().getName();

    assertThat(factory).startsWith(AuditingLogProvider.class.getName());
  }

  @Test
  void keepsDebugEventsOfOwnLoggersWithArgumentsAndMdc() {
    MDC.put("partyId", "4711");

    LOG.debug("updated entry {} of {}", 3, "record-1");

    assertThat(LogAudit.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.level()).isEqualTo(Level.DEBUG);
              assertThat(e.logger()).isEqualTo("de.kommsync.testlogging.sample");
              assertThat(e.message()).isEqualTo("updated entry 3 of record-1");
              assertThat(e.mdc()).containsEntry("partyId", "4711");
            });
  }

  @Test
  void leavesOtherLoggersAtInfo() {
    OTHER.debug("noise");
    OTHER.info("kept");

    assertThat(LogAudit.events()).extracting(LogEvent::message).containsExactly("kept");
  }

  @Test
  void recordsAViolationForAnUnmaskedValueInTheMessage() {
    LOG.debug("created {}", "max@example.de");

    List<Violation> violations = LogAudit.drainViolations();

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.kinds()).containsExactly(Leak.Kind.EMAIL);
              assertThat(v.describe())
                  .contains("de.kommsync.testlogging.sample")
                  .contains("m***")
                  .doesNotContain("max@example.de");
            });
  }

  @Test
  void auditsTheMdcAndTheCauseChainOfAThrowable() {
    MDC.put("crm", "0511/123456");
    Exception cause = new IllegalStateException("key fake-espocrm-api-key-3f9a refused");

    LOG.debug("call failed", new RuntimeException("wrapped", cause));

    assertThat(LogAudit.drainViolations())
        .singleElement()
        .satisfies(v -> assertThat(v.kinds()).contains(Leak.Kind.PHONE, Leak.Kind.SECRET));
  }

  @Test
  void recordsNothingForMaskedValues() {
    LOG.info("created m***@e***.de and +49 *** **56");

    assertThat(LogAudit.drainViolations()).isEmpty();
  }

  @Test
  void findsSecretsTestsAdd() {
    KnownSecrets.add("wrong-key-for-this-test-91");

    LOG.debug("tried wrong-key-for-this-test-91");

    assertThat(LogAudit.drainViolations())
        .extracting(Violation::kinds)
        .containsExactly(java.util.Set.of(Leak.Kind.SECRET));
  }
}
