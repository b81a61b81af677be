package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.ApiCalls;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyOutcomeTest {

  private static RunResult result(RunOutcome outcome, @Nullable String reason) {
    return new RunResult(
        "4711",
        "rec1",
        outcome,
        reason,
        null,
        List.of(),
        List.of(),
        ApiCalls.NONE,
        null,
        Instant.EPOCH,
        Duration.ZERO);
  }

  @ParameterizedTest
  @CsvSource({
    "SUCCESS, SYNCED",
    "NOTHING_TO_DO, SYNCED",
    "PARTY_DELETED, PARTY_DELETED",
    "BACKED_OFF, SKIPPED",
    "GUARD_STOPPED, FAILED",
    "FAILED, FAILED",
    "RECORD_MISSING, FAILED",
    "VERIFICATION_FAILED, FAILED",
    "OUTCOME_UNKNOWN, FAILED"
  })
  void mapsEveryEngineOutcomeToADisposition(RunOutcome outcome, Disposition expected) {
    PartyOutcome mapped = PartyOutcome.of(result(outcome, "why"));

    assertThat(mapped.disposition()).isEqualTo(expected);
    assertThat(mapped.party()).isEqualTo(new PartyRef("rec1", "4711"));
    assertThat(mapped.detail()).isEqualTo(outcome.name() + ": why");
    assertThat(mapped.runResult()).isPresent();
  }

  @ParameterizedTest
  @CsvSource({"SUCCESS", "NOTHING_TO_DO"})
  void namesOnlyTheOutcomeWhenTheRunGaveNoReason(RunOutcome outcome) {
    PartyOutcome mapped = PartyOutcome.of(result(outcome, null));

    assertThat(mapped.detail()).isEqualTo(outcome.name());
  }
}
