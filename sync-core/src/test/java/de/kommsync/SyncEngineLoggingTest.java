package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.Plans;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.model.CrmValue;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Variant;
import de.kommsync.testlogging.AllowsUnmaskedLogs;
import de.kommsync.testlogging.LogAudit;
import de.kommsync.testlogging.LogEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** What a run logs: ids in the MDC, personal data masked, one summary, warnings for failures. */
class SyncEngineLoggingTest {

  private static final String EMAIL = "anna.schmidt@example.org";
  private static final String PHONE = "+49 511 246810";

  @AfterEach
  void forgetEvents() {
    LogAudit.clear();
    Masking.setEnabled(true);
  }

  private static Plan planWithPersonalData() {
    return Plans.plan()
        .emails(
            CrmValue.email("max@example.com", true, false, false),
            CrmValue.email(EMAIL, false, false, false))
        .create(1, PHONE)
        .update(1, 1, "+49 511 111111", Variant.VAR5_CHANGED_IN_CRM)
        .conflict(1, "+49 511 135791", "+49 511 111111")
        .hash("abababababababab")
        .build();
  }

  private static List<LogEvent> runLogs() {
    return LogAudit.events().stream()
        .filter(e -> e.logger().startsWith("de.kommsync.apply"))
        .toList();
  }

  @Test
  void masksValuesInEveryLogLine() {
    LogAudit.clear();
    Fixture f = Fixture.synced();

    f.sync(ScriptedPlanner.of(planWithPersonalData(), Plans.empty("abababababababab")));

    List<LogEvent> events = runLogs();
    assertThat(events).isNotEmpty();
    assertThat(events)
        .noneMatch(e -> e.message().contains(EMAIL))
        .noneMatch(e -> e.message().contains("246810"))
        .noneMatch(e -> e.message().contains("135791"));
    assertThat(events).anyMatch(e -> e.message().contains("a***@e***.org"));
    assertThat(events).anyMatch(e -> e.message().contains("+49 *** **10"));
  }

  @Test
  @AllowsUnmaskedLogs(reason = "shows that the engine's switch turns masking off")
  void showsValuesWhenTheEngineSwitchesMaskingOff() {
    LogAudit.clear();
    Fixture f = Fixture.synced();
    SyncEngine engine =
        SyncEngine.builder()
            .partySystem(f.party)
            .crm(f.crm)
            .planFunction(
                ScriptedPlanner.of(planWithPersonalData(), Plans.empty("abababababababab")))
            .maskPersonalData(false)
            .build();

    engine.sync(Plans.PARTY, Plans.RECORD);
    engine.close();

    assertThat(runLogs()).anyMatch(e -> e.message().contains(PHONE));
  }

  @Test
  void logsEveryLineWithBothIdsInTheMdc() {
    LogAudit.clear();
    Fixture f = Fixture.synced();

    f.sync(ScriptedPlanner.of(planWithPersonalData(), Plans.empty("abababababababab")));

    assertThat(runLogs())
        .isNotEmpty()
        .allMatch(e -> Plans.PARTY.equals(e.mdc().get(SyncEngine.MDC_PARTY_ID)))
        .allMatch(e -> Plans.RECORD.equals(e.mdc().get(SyncEngine.MDC_RECORD_ID)));
  }

  @Test
  void logsDebugPerOperationInfoForTheSummaryAndWarnForConflicts() {
    LogAudit.clear();
    Fixture f = Fixture.synced();

    f.sync(ScriptedPlanner.of(planWithPersonalData(), Plans.empty("abababababababab")));

    List<LogEvent> events = runLogs();
    assertThat(events.stream().filter(e -> e.level() == Level.DEBUG))
        .anyMatch(e -> e.message().startsWith("created entry"))
        .anyMatch(e -> e.message().startsWith("updated entry 1"));
    assertThat(events.stream().filter(e -> e.level() == Level.INFO))
        .filteredOn(e -> e.message().startsWith("sync SUCCESS"))
        .hasSize(1);
    assertThat(events.stream().filter(e -> e.level() == Level.WARN))
        .anyMatch(e -> e.message().startsWith("conflict on entry 1"));
  }

  @Test
  void warnsWithTheReasonWhenARunFails() {
    LogAudit.clear();
    Fixture f = Fixture.synced();
    f.crm.delete();

    f.sync(ScriptedPlanner.of(planWithPersonalData()));

    assertThat(runLogs())
        .anyMatch(e -> e.level() == Level.WARN && e.message().startsWith("sync RECORD_MISSING"));
  }
}
