package de.kommsync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Field-by-field comparison and merging of sync states. */
class SyncStatesTest {

  private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-02T00:00:00Z");
  private static final SyncState A =
      new SyncState(SyncStatus.CLEAN, 0, null, null, null, T1, "R1", "h1");

  @Test
  void findsNoChangeBetweenEqualStates() {
    assertThat(SyncStates.changedFields(A, A)).isEmpty();
  }

  @Test
  void findsEveryChangedField() {
    SyncState b = new SyncState(SyncStatus.FAILED, 1, T2, T2, "err", T2, "R2", "h2");

    assertThat(SyncStates.changedFields(A, b)).isEqualTo(EnumSet.allOf(SyncField.class));
  }

  @Test
  void mergesOnlyTheWrittenFields() {
    SyncState written = new SyncState(SyncStatus.FAILED, 1, T2, T2, "err", T2, "R2", "h2");

    SyncState merged = SyncStates.merge(A, written, Set.of(SyncField.STATUS, SyncField.HASH));

    assertThat(merged)
        .isEqualTo(new SyncState(SyncStatus.FAILED, 0, null, null, null, T1, "R1", "h2"));
  }

  @Test
  void setsTheSyncResultFields() {
    SyncState result = SyncStates.withSyncResult(A, SyncStatus.DIRTY, T2, "R9", "h9");

    assertThat(result)
        .isEqualTo(new SyncState(SyncStatus.DIRTY, 0, null, null, null, T2, "R9", "h9"));
  }
}
