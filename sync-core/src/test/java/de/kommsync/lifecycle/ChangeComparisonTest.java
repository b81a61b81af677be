package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import de.kommsync.SyncOptions;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChangeComparisonTest {

  private static final Instant LAST_SYNC = Instant.parse("2026-06-01T10:00:00Z");
  private static final ChangeComparison COMPARISON = ChangeComparison.defaults();

  private static SyncState synced(SyncStatus status, @Nullable String rowId) {
    return new SyncState(status, 0, null, null, null, LAST_SYNC, rowId, "0123456789abcdef");
  }

  private static SyncState neverSynced() {
    return new SyncState(SyncStatus.PENDING_SYNC, 0, null, null, null, null, null, null);
  }

  private static LocalDateTime local(String text) {
    return LocalDateTime.parse(text);
  }

  @Nested
  class CrmSide {

    @Test
    void countsADirtyRecordAsChangedWhateverItsTime() {
      boolean changed = COMPARISON.crmChanged(synced(SyncStatus.DIRTY, "r1"), LAST_SYNC);

      assertThat(changed).isTrue();
    }

    @Test
    void countsAPendingRecordAsChanged() {
      boolean changed = COMPARISON.crmChanged(synced(SyncStatus.PENDING_SYNC, "r1"), null);

      assertThat(changed).isTrue();
    }

    @Test
    void takesTheRunsOwnUpdateOnAServerClockAheadAsUnchanged() {
      Instant ownWriteOnFastServer = LAST_SYNC.plusSeconds(8);

      boolean changed = COMPARISON.crmChanged(synced(SyncStatus.CLEAN, "r1"), ownWriteOnFastServer);

      assertThat(changed).isFalse();
    }

    @Test
    void takesAChangeExactlyAtTheToleranceAsUnchanged() {
      boolean changed =
          COMPARISON.crmChanged(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.plusSeconds(10));

      assertThat(changed).isFalse();
    }

    @Test
    void takesAChangePastTheToleranceAsChanged() {
      boolean changed =
          COMPARISON.crmChanged(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.plusSeconds(11));

      assertThat(changed).isTrue();
    }

    @Test
    void takesAWriteOnAServerClockBehindAsUnchanged() {
      boolean changed =
          COMPARISON.crmChanged(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.minusSeconds(30));

      assertThat(changed).isFalse();
    }

    @Test
    void honoursAConfiguredTolerance() {
      ChangeComparison strict =
          ChangeComparison.from(
              SyncOptions.builder().clockSkewTolerance(Duration.ofSeconds(2)).build());

      boolean changed = strict.crmChanged(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.plusSeconds(3));

      assertThat(changed).isTrue();
    }

    @Test
    void countsANeverSyncedRecordAsChanged() {
      SyncState clean = new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, null);

      boolean changed = COMPARISON.crmChanged(clean, null);

      assertThat(changed).isTrue();
    }

    @Test
    void takesASettledRecordWithoutChangeTimeAsUnchanged() {
      boolean changed = COMPARISON.crmChanged(synced(SyncStatus.CLEAN, "r1"), null);

      assertThat(changed).isFalse();
    }
  }

  @Nested
  class PartySide {

    @Test
    void countsADifferentRowIdAsChanged() {
      boolean changed =
          COMPARISON.partyChanged(synced(SyncStatus.CLEAN, "r1"), "r2", local("2020-01-01T00:00"));

      assertThat(changed).isTrue();
    }

    @Test
    void trustsAnEqualRowIdOverALaterChangeTime() {
      boolean changed =
          COMPARISON.partyChanged(synced(SyncStatus.CLEAN, "r1"), "r1", local("2026-06-02T00:00"));

      assertThat(changed).isFalse();
    }

    @Test
    void fallsBackToTheChangeTimeReadAsBerlinSummerTime() {
      SyncState noRowId = synced(SyncStatus.CLEAN, null);

      boolean withinTolerance =
          COMPARISON.partyChanged(noRowId, "r9", local("2026-06-01T12:00:05"));
      boolean pastTolerance = COMPARISON.partyChanged(noRowId, "r9", local("2026-06-01T12:00:11"));

      assertThat(withinTolerance).isFalse();
      assertThat(pastTolerance).isTrue();
    }

    @Test
    void fallsBackToTheChangeTimeWhenThePartyReportsNoRowId() {
      boolean changed =
          COMPARISON.partyChanged(synced(SyncStatus.CLEAN, "r1"), null, local("2026-06-01T13:00"));

      assertThat(changed).isTrue();
    }

    @Test
    void takesAPartyWithoutRowIdAndChangeTimeAsUnchanged() {
      boolean changed = COMPARISON.partyChanged(synced(SyncStatus.CLEAN, null), null, null);

      assertThat(changed).isFalse();
    }

    @Test
    void readsTheChangeTimeInAConfiguredZone() {
      ChangeComparison utc = new ChangeComparison(Duration.ofSeconds(10), ZoneOffset.UTC);

      boolean changed =
          utc.partyChanged(synced(SyncStatus.CLEAN, null), null, local("2026-06-01T10:00:30"));

      assertThat(changed).isTrue();
    }
  }

  @Nested
  class Decision {

    @Test
    void letsTheCrmWinAConflictWhenBothSidesChanged() {
      ChangeDecision decision =
          COMPARISON.compare(synced(SyncStatus.DIRTY, "r1"), LAST_SYNC, "r2", null);

      assertThat(decision).isEqualTo(ChangeDecision.CONFLICT);
      assertThat(decision.crmWins()).isTrue();
      assertThat(decision.partyWins()).isFalse();
    }

    @Test
    void letsTheCrmWinWhenOnlyItChanged() {
      ChangeDecision decision =
          COMPARISON.compare(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.plusSeconds(60), "r1", null);

      assertThat(decision).isEqualTo(ChangeDecision.CRM_NEWER);
    }

    @Test
    void letsThePartyWinWhenOnlyItChanged() {
      ChangeDecision decision =
          COMPARISON.compare(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC, "r2", null);

      assertThat(decision).isEqualTo(ChangeDecision.PARTY_NEWER);
      assertThat(decision.partyWins()).isTrue();
    }

    @Test
    void decidesNoChangeWhenNeitherChanged() {
      ChangeDecision decision =
          COMPARISON.compare(synced(SyncStatus.CLEAN, "r1"), LAST_SYNC.plusSeconds(3), "r1", null);

      assertThat(decision).isEqualTo(ChangeDecision.NO_CHANGE);
      assertThat(decision.crmWins()).isFalse();
      assertThat(decision.partyWins()).isFalse();
    }

    @Test
    void decidesNoChangeWhenBothSidesMovedOnlyByTheRunsOwnWrites() {
      SyncState noRowId = synced(SyncStatus.CLEAN, null);

      ChangeDecision decision =
          COMPARISON.compare(noRowId, LAST_SYNC.plusSeconds(9), null, local("2026-06-01T12:00:09"));

      assertThat(decision).isEqualTo(ChangeDecision.NO_CHANGE);
    }
  }

  @Nested
  class FirstSync {

    @Test
    void letsTheLaterPartyTimeWinInWinter() {
      ChangeDecision decision =
          COMPARISON.compare(
              neverSynced(),
              Instant.parse("2026-01-15T08:30:00Z"),
              "r1",
              local("2026-01-15T10:00"));

      assertThat(decision).isEqualTo(ChangeDecision.PARTY_NEWER);
    }

    @Test
    void comparesInUtcNotInLocalDigits() {
      ChangeDecision decision =
          COMPARISON.compare(
              neverSynced(),
              Instant.parse("2026-01-15T09:30:00Z"),
              "r1",
              local("2026-01-15T10:00"));

      assertThat(decision).isEqualTo(ChangeDecision.CRM_NEWER);
    }

    @Test
    void decidesNoChangeForEqualTimes() {
      ChangeDecision decision =
          COMPARISON.compare(
              neverSynced(),
              Instant.parse("2026-07-01T08:00:00Z"),
              "r1",
              local("2026-07-01T10:00"));

      assertThat(decision).isEqualTo(ChangeDecision.NO_CHANGE);
    }

    @Test
    void letsTheOnlyDatedSideWin() {
      ChangeDecision onlyCrm =
          COMPARISON.compare(neverSynced(), Instant.parse("2026-07-01T08:00:00Z"), "r1", null);
      ChangeDecision onlyParty =
          COMPARISON.compare(neverSynced(), null, "r1", local("2026-07-01T10:00"));

      assertThat(onlyCrm).isEqualTo(ChangeDecision.CRM_NEWER);
      assertThat(onlyParty).isEqualTo(ChangeDecision.PARTY_NEWER);
    }

    @Test
    void letsTheCrmWinWhenNeitherSideIsDated() {
      ChangeDecision decision = COMPARISON.compare(neverSynced(), null, null, null);

      assertThat(decision).isEqualTo(ChangeDecision.CRM_NEWER);
    }

    @Test
    void ignoresTheStatusOnAFirstSync() {
      ChangeDecision decision =
          COMPARISON.compare(
              neverSynced(),
              Instant.parse("2026-07-01T07:00:00Z"),
              "r1",
              local("2026-07-01T10:00"));

      assertThat(decision).isEqualTo(ChangeDecision.PARTY_NEWER);
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void readsTheLastMinuteBeforeTheSpringGapAsWinterTime() {
      Instant utc = COMPARISON.toUtc(local("2026-03-29T01:59"));

      assertThat(utc).isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
    }

    @Test
    void movesATimeInsideTheSpringGapForwardByTheGap() {
      Instant utc = COMPARISON.toUtc(local("2026-03-29T02:30"));

      assertThat(utc).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void readsTheFirstMinuteAfterTheSpringGapAsSummerTime() {
      Instant utc = COMPARISON.toUtc(local("2026-03-29T03:00"));

      assertThat(utc).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void readsTheMinuteBeforeTheAutumnOverlapAsSummerTime() {
      Instant utc = COMPARISON.toUtc(local("2026-10-25T01:59"));

      assertThat(utc).isEqualTo(Instant.parse("2026-10-24T23:59:00Z"));
    }

    @Test
    void readsATimeInTheRepeatedAutumnHourWithTheLaterOffset() {
      Instant utc = COMPARISON.toUtc(local("2026-10-25T02:30"));

      assertThat(utc).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void readsTheFirstMinuteAfterTheAutumnOverlapAsWinterTime() {
      Instant utc = COMPARISON.toUtc(local("2026-10-25T03:00"));

      assertThat(utc).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void detectsAPartyChangeInTheRepeatedHourAfterASyncInItsFirstPass() {
      SyncState syncedInFirstPass =
          new SyncState(
              SyncStatus.CLEAN,
              0,
              null,
              null,
              null,
              Instant.parse("2026-10-25T00:40:00Z"),
              null,
              "h");

      boolean changed = COMPARISON.partyChanged(syncedInFirstPass, null, local("2026-10-25T02:30"));

      assertThat(changed).isTrue();
    }

    @Test
    void comparesAFirstSyncAcrossTheSpringGap() {
      LocalDateTime partyTime = local("2026-03-29T03:10");

      ChangeDecision crmEarlier =
          COMPARISON.compare(neverSynced(), Instant.parse("2026-03-29T01:05:00Z"), null, partyTime);
      ChangeDecision crmLater =
          COMPARISON.compare(neverSynced(), Instant.parse("2026-03-29T01:15:00Z"), null, partyTime);

      assertThat(crmEarlier).isEqualTo(ChangeDecision.PARTY_NEWER);
      assertThat(crmLater).isEqualTo(ChangeDecision.CRM_NEWER);
    }

    @Test
    void comparesAFirstSyncInTheAutumnOverlapWithTheLaterReading() {
      LocalDateTime partyTime = local("2026-10-25T02:10");

      ChangeDecision decision =
          COMPARISON.compare(neverSynced(), Instant.parse("2026-10-25T00:40:00Z"), null, partyTime);

      assertThat(decision).isEqualTo(ChangeDecision.PARTY_NEWER);
    }

    @Test
    void mapsEveryUnambiguousLocalTimeBackToItself() {
      ZoneId berlin = ChangeComparison.DEFAULT_PARTY_ZONE;
      long start = LocalDateTime.parse("2026-01-01T00:00").toEpochSecond(ZoneOffset.UTC);
      long end = LocalDateTime.parse("2027-01-01T00:00").toEpochSecond(ZoneOffset.UTC);

      qt().forAll(longs().between(start, end))
          .assuming(s -> berlin.getRules().getValidOffsets(at(s)).size() == 1)
          .check(s -> COMPARISON.toUtc(at(s)).atZone(berlin).toLocalDateTime().equals(at(s)));
    }

    private LocalDateTime at(long epochSecond) {
      return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }
  }
}
