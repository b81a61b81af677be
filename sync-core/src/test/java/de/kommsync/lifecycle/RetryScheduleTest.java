package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status transition of SPEC section 11, with times given explicitly (an injected clock). */
class RetryScheduleTest {

  private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");
  private static final Instant LAST_SYNC = Instant.parse("2026-05-01T09:30:00Z");
  private static final RetrySchedule DEFAULTS = RetrySchedule.defaults();

  private static SyncState state(SyncStatus status, int failures) {
    return new SyncState(
        status, failures, null, null, null, LAST_SYNC, "ROW-1", "abcdef0123456789");
  }

  @ParameterizedTest(name = "failure {0} retries after {1} minutes")
  @CsvSource({"1, 1", "2, 5", "3, 15", "4, 60", "5, 240"})
  void backsOffAlongTheDefaultListForTheFirstFiveFailures(int failure, int minutes) {
    SyncState before = state(SyncStatus.FAILED, failure - 1);

    SyncState after = DEFAULTS.failed(before, NOW, "party read failed");

    assertThat(after.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(after.retryCount()).isEqualTo(failure);
    assertThat(after.nextRetry()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    assertThat(after.autoResetAt()).isNull();
    assertThat(after.errorMessage()).isEqualTo("party read failed");
  }

  @Test
  void startsCountingAtOneAfterASuccess() {
    SyncState after = DEFAULTS.failed(state(SyncStatus.CLEAN, 0), NOW, "x");

    assertThat(after.retryCount()).isEqualTo(1);
    assertThat(after.nextRetry()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void failsPermanentlyAtTheSixthConsecutiveFailure() {
    SyncState after = DEFAULTS.failed(state(SyncStatus.FAILED, 5), NOW, "still failing");

    assertThat(after.status()).isEqualTo(SyncStatus.PERMANENTLY_FAILED);
    assertThat(after.retryCount()).isEqualTo(6);
    assertThat(after.nextRetry()).isNull();
    assertThat(after.autoResetAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void keepsTheLastSyncRowIdAndHashOnFailure() {
    SyncState before = state(SyncStatus.CLEAN, 0);

    SyncState after = DEFAULTS.failed(before, NOW, "x");

    assertThat(after.lastSync()).isEqualTo(LAST_SYNC);
    assertThat(after.partyRowId()).isEqualTo("ROW-1");
    assertThat(after.hash()).isEqualTo("abcdef0123456789");
  }

  @Test
  void truncatesTimesToWholeSeconds() {
    SyncState after = DEFAULTS.failed(state(SyncStatus.CLEAN, 0), NOW.plusMillis(987), "x");

    assertThat(after.nextRetry()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void resetsCountRetryResetTimeAndErrorOnSuccess() {
    SyncState before =
        new SyncState(
            SyncStatus.FAILED, 3, NOW, NOW.plusSeconds(5), "boom", LAST_SYNC, "ROW-1", "h");

    SyncState after = DEFAULTS.succeeded(before, SyncStatus.CLEAN);

    assertThat(after)
        .isEqualTo(new SyncState(SyncStatus.CLEAN, 0, null, null, null, LAST_SYNC, "ROW-1", "h"));
  }

  @Test
  void acceptsConflictAndDirtyAsSuccessStatuses() {
    assertThat(DEFAULTS.succeeded(state(SyncStatus.FAILED, 2), SyncStatus.CONFLICT).status())
        .isEqualTo(SyncStatus.CONFLICT);
    assertThat(DEFAULTS.succeeded(state(SyncStatus.FAILED, 2), SyncStatus.DIRTY).retryCount())
        .isZero();
  }

  @Test
  void refusesAFailureStatusAsSuccess() {
    assertThatThrownBy(() -> DEFAULTS.succeeded(state(SyncStatus.CLEAN, 0), SyncStatus.FAILED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backsOffAFailedPartyUntilItsNextRetry() {
    SyncState failed = DEFAULTS.failed(state(SyncStatus.CLEAN, 0), NOW, "x");

    assertThat(DEFAULTS.isBackedOff(failed, NOW.plusSeconds(59))).isTrue();
    assertThat(DEFAULTS.isBackedOff(failed, NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void backsOffAPermanentlyFailedPartyUntilItsReset() {
    SyncState permanent = DEFAULTS.failed(state(SyncStatus.FAILED, 5), NOW, "x");

    assertThat(DEFAULTS.isBackedOff(permanent, NOW.plus(Duration.ofHours(23)))).isTrue();
    assertThat(DEFAULTS.isBackedOff(permanent, NOW.plus(Duration.ofHours(24)))).isFalse();
  }

  @Test
  void neverBacksOffOtherStatuses() {
    for (SyncStatus status :
        List.of(SyncStatus.CLEAN, SyncStatus.DIRTY, SyncStatus.PENDING_SYNC, SyncStatus.SYNCING)) {
      assertThat(DEFAULTS.isBackedOff(state(status, 3), NOW)).as(status.wireName()).isFalse();
    }
  }

  @Test
  void resetsAPermanentlyFailedPartyToFailedWithCountZeroOnceDue() {
    SyncState permanent = DEFAULTS.failed(state(SyncStatus.FAILED, 5), NOW, "still failing");
    Instant resetTime = NOW.plus(Duration.ofHours(24));

    assertThat(DEFAULTS.autoReset(permanent, resetTime.minusSeconds(1))).isEmpty();
    SyncState reset = DEFAULTS.autoReset(permanent, resetTime).orElseThrow();

    assertThat(reset.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(reset.retryCount()).isZero();
    assertThat(reset.nextRetry()).isNull();
    assertThat(reset.autoResetAt()).isNull();
    assertThat(reset.errorMessage()).isEqualTo("still failing");
    assertThat(DEFAULTS.isBackedOff(reset, resetTime)).isFalse();
  }

  @Test
  void countsFromOneAgainWhenAPermanentlyFailedPartyFailsAfterItsReset() {
    SyncState permanent = DEFAULTS.failed(state(SyncStatus.FAILED, 5), NOW, "x");
    Instant later = NOW.plus(Duration.ofHours(25));

    SyncState after = DEFAULTS.failed(permanent, later, "again");

    assertThat(after.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(after.retryCount()).isEqualTo(1);
    assertThat(after.nextRetry()).isEqualTo(later.plus(Duration.ofMinutes(1)));
  }

  @Test
  void staysPermanentlyFailedWhenForcedToRunBeforeTheReset() {
    SyncState permanent = DEFAULTS.failed(state(SyncStatus.FAILED, 5), NOW, "x");
    Instant soon = NOW.plus(Duration.ofHours(1));

    SyncState after = DEFAULTS.failed(permanent, soon, "again");

    assertThat(after.status()).isEqualTo(SyncStatus.PERMANENTLY_FAILED);
    assertThat(after.retryCount()).isEqualTo(7);
    assertThat(after.autoResetAt()).isEqualTo(soon.plus(Duration.ofHours(24)));
  }

  @Test
  void marksADeletedPartyWithoutRetries() {
    SyncState after = DEFAULTS.partyDeleted(state(SyncStatus.FAILED, 3), "party 1 does not exist");

    assertThat(after.status()).isEqualTo(SyncStatus.DELETED_IN_ADVOWARE);
    assertThat(after.retryCount()).isZero();
    assertThat(after.nextRetry()).isNull();
    assertThat(after.errorMessage()).isEqualTo("party 1 does not exist");
    assertThat(after.hash()).isEqualTo("abcdef0123456789");
  }

  @Test
  void writesSyncingAndKeepsEveryOtherField() {
    SyncState before = DEFAULTS.failed(state(SyncStatus.CLEAN, 0), NOW, "x");

    SyncState after = DEFAULTS.syncing(before);

    assertThat(after.status()).isEqualTo(SyncStatus.SYNCING);
    assertThat(after.retryCount()).isEqualTo(before.retryCount());
    assertThat(after.nextRetry()).isEqualTo(before.nextRetry());
  }

  @Test
  void cutsLongErrorMessages() {
    RetrySchedule schedule = RetrySchedule.builder().maxErrorLength(10).build();

    SyncState after = schedule.failed(state(SyncStatus.CLEAN, 0), NOW, "  0123456789abcdef  ");

    assertThat(after.errorMessage()).isEqualTo("0123456789");
  }

  @Test
  void usesConfiguredBackoffsPermanentCountAndResetTime() {
    RetrySchedule schedule =
        RetrySchedule.builder()
            .backoffs(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)))
            .permanentFailureAt(4)
            .autoResetAfter(Duration.ofHours(2))
            .build();

    SyncState first = schedule.failed(state(SyncStatus.CLEAN, 0), NOW, "x");
    SyncState third = schedule.failed(state(SyncStatus.FAILED, 2), NOW, "x");
    SyncState fourth = schedule.failed(state(SyncStatus.FAILED, 3), NOW, "x");

    assertThat(first.nextRetry()).isEqualTo(NOW.plusSeconds(30));
    assertThat(third.nextRetry()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    assertThat(fourth.status()).isEqualTo(SyncStatus.PERMANENTLY_FAILED);
    assertThat(fourth.autoResetAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void failsPermanentlyOneFailureAfterTheLastBackoffByDefault() {
    RetrySchedule schedule =
        RetrySchedule.builder().backoffs(List.of(Duration.ofMinutes(1))).build();

    assertThat(schedule.permanentFailureAt()).isEqualTo(2);
    assertThat(schedule.failed(state(SyncStatus.FAILED, 1), NOW, "x").status())
        .isEqualTo(SyncStatus.PERMANENTLY_FAILED);
  }

  @Test
  void refusesEmptyOrNonPositiveBackoffs() {
    assertThatThrownBy(() -> RetrySchedule.builder().backoffs(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetrySchedule.builder().backoffs(List.of(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetrySchedule.builder().permanentFailureAt(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void growsTheCountByOneAndFailsPermanentlyExactlyFromTheSixthFailure() {
    qt().forAll(integers().between(0, 50))
        .checkAssert(
            before -> {
              SyncState after = DEFAULTS.failed(state(SyncStatus.FAILED, before), NOW, "x");

              assertThat(after.retryCount()).isEqualTo(before + 1);
              assertThat(after.status() == SyncStatus.PERMANENTLY_FAILED).isEqualTo(before >= 5);
              assertThat(after.nextRetry() == null).isEqualTo(before >= 5);
            });
  }
}
