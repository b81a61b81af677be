package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.doubles.Plans;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Skip;
import de.kommsync.plan.ValueChange;
import de.kommsync.plan.Variant;
import de.kommsync.value.SkipReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run result's counts, the earlier report's numbers and the JSON rendering. */
class RunResultTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Plan plan() {
    return Plans.plan()
        .emails(CrmValue.email("lena@example.de", true, false, false))
        .phones(CrmValue.phone("+4930123456", PhoneType.BUSINESS, true, false, false))
        .create(1, "+49 511 100001")
        .update(5, 1, "+49 511 100002", Variant.VAR5_CHANGED_IN_CRM)
        .blank(6, 2)
        .update(7, 1, "+49 511 100003", Variant.VAR4_NEW_IN_PARTY_SYSTEM)
        .conflict(5, "+49 511 999999", "+49 511 100002")
        .skip(
            new Skip(Skip.Side.PARTY_SYSTEM, 9L, null, "siehe Akte", SkipReason.NOT_A_PHONE_NUMBER))
        .hash("0123456789abcdef")
        .build();
  }

  private static RunResult result(Plan plan, List<Operation> applied) {
    return new RunResult(
        Plans.PARTY,
        Plans.RECORD,
        RunOutcome.SUCCESS,
        null,
        plan,
        applied,
        List.of(),
        new ApiCalls(2, 2, 1, 1, 3),
        SyncStatus.CLEAN,
        Instant.parse("2026-02-03T04:05:06Z"),
        Duration.ofMillis(420));
  }

  private static RunResult allApplied() {
    Plan plan = plan();
    return result(plan, plan.operations());
  }

  @Test
  void countsTheEarlierReportsNumbers() {
    RunResult r = allApplied();

    assertThat(r.emailsSyncedToCrm()).isEqualTo(1);
    assertThat(r.phonesSyncedToCrm()).isEqualTo(1);
    assertThat(r.markersUpdated()).isEqualTo(1);
    assertThat(r.createdInPartySystem()).isEqualTo(1);
    assertThat(r.updatedInPartySystem()).isEqualTo(1);
    assertThat(r.blankedInPartySystem()).isEqualTo(1);
    assertThat(r.totalChanges()).isEqualTo(5);
  }

  @Test
  void countsARebasedMarkerAsAMarkerUpdateAndNotAsAChange() {
    Plan plan =
        Plans.plan()
            .update(3, 1, "+49 511 100004", Variant.MARKER_REBASED)
            .update(4, 1, "+49 511 100005", Variant.VAR4_NEW_IN_PARTY_SYSTEM)
            .build();

    RunResult r = result(plan, plan.operations());

    assertThat(r.markersUpdated()).isEqualTo(2);
    assertThat(r.updatedInPartySystem()).isZero();
    assertThat(r.totalChanges()).isZero();
  }

  @Test
  void countsOnlyWhatWasApplied() {
    Plan plan = plan();
    List<Operation> twoEntryWrites = new ArrayList<>(plan.operations().subList(1, 3));

    RunResult r = result(plan, twoEntryWrites);

    assertThat(r.appliedCrmChanges()).isEmpty();
    assertThat(r.entryOperationCounts())
        .containsOnlyKeys(Variant.VAR1_NEW_IN_CRM, Variant.VAR5_CHANGED_IN_CRM);
    assertThat(r.totalChanges()).isEqualTo(2);
  }

  @Test
  void readsConflictsSkipsAndDeferredFromThePlan() {
    RunResult r = allApplied();

    assertThat(r.conflicts()).hasSize(1);
    assertThat(r.skipped()).extracting(Skip::reason).containsExactly(SkipReason.NOT_A_PHONE_NUMBER);
    assertThat(r.deferred()).isEmpty();
    assertThat(r.crmChangeCounts()).containsEntry(Variant.VAR4_NEW_IN_PARTY_SYSTEM, 2);
  }

  @Test
  void answersEmptyListsWithoutAPlan() {
    RunResult r = result(null, List.of());

    assertThat(r.conflicts()).isEmpty();
    assertThat(r.skipped()).isEmpty();
    assertThat(r.notices()).isEmpty();
    assertThat(r.appliedPlan()).isEmpty();
    assertThat(r.totalChanges()).isZero();
  }

  @Test
  void rendersJsonWithOutcomeCallsReportAndPlan() throws Exception {
    JsonNode json = JSON.readTree(allApplied().toJson(true));

    assertThat(json.get("outcome").asText()).isEqualTo("SUCCESS");
    assertThat(json.get("statusWritten").asText()).isEqualTo("clean");
    assertThat(json.get("durationMillis").asLong()).isEqualTo(420);
    assertThat(json.at("/calls/total").asInt()).isEqualTo(9);
    assertThat(json.at("/report/toPartySystem/blanked").asInt()).isEqualTo(1);
    assertThat(json.at("/report/totalChanges").asInt()).isEqualTo(5);
    assertThat(json.at("/entryOperations/VAR1_NEW_IN_CRM").asInt()).isEqualTo(1);
    assertThat(json.at("/plan/operations/0/type").asText()).isEqualTo("crmWrite");
    assertThat(json.at("/plan/operations/1/type").asText()).isEqualTo("createEntry");
    assertThat(json.at("/plan/operations/2/entryId").asLong()).isEqualTo(5);
    assertThat(json.at("/skipped/0/reason").asText()).isEqualTo("NOT_A_PHONE_NUMBER");
  }

  @Test
  void masksValuesAndRemarksInJsonWhenAsked() {
    String json = allApplied().toJson(true);

    assertThat(json)
        .doesNotContain("lena@example.de")
        .doesNotContain("100001")
        .doesNotContain("999999")
        .doesNotContain("ESPOCRM")
        .contains("l***@e***.de");
  }

  @Test
  void showsValuesInJsonWhenNotMasked() throws Exception {
    JsonNode json = JSON.readTree(allApplied().toJson(false));

    assertThat(json.at("/plan/operations/1/value").asText()).isEqualTo("+49 511 100001");
    assertThat(json.at("/plan/operations/1/remark").asText()).startsWith("[ESPOCRM:");
    assertThat(json.at("/conflicts/0/overwritten").asText()).isEqualTo("+49 511 999999");
  }

  @Test
  void rendersAResultWithoutAPlan() throws Exception {
    JsonNode json = JSON.readTree(result(null, List.of()).toJson());

    assertThat(json.get("plan").isNull()).isTrue();
    assertThat(json.get("errors").isArray()).isTrue();
  }

  @Test
  void keepsTheCrmWriteChangesInPlanOrder() {
    CrmWrite write =
        new CrmWrite(
            List.of(),
            null,
            List.of(
                new ValueChange(
                    Variant.VAR3_DELETED_IN_PARTY_SYSTEM,
                    Channel.EMAIL,
                    ValueChange.Change.REMOVED,
                    "a@example.de",
                    null),
                new ValueChange(
                    Variant.VAR6_CHANGED_IN_PARTY_SYSTEM,
                    Channel.EMAIL,
                    ValueChange.Change.REPLACED,
                    "b@example.de",
                    "c@example.de")));

    RunResult r = result(plan(), List.of(write));

    assertThat(r.appliedCrmChanges())
        .extracting(ValueChange::change)
        .containsExactly(ValueChange.Change.REMOVED, ValueChange.Change.REPLACED);
  }
}
