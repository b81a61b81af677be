package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmListRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RevisitCursorTest {

  private static final SyncState CLEAN =
      new SyncState(SyncStatus.CLEAN, 0, null, null, null, Instant.EPOCH, "r", "h");

  private static CountingCrm settled(int count) {
    CountingCrm crm = new CountingCrm(10);
    for (int i = 0; i < count; i++) {
      crm.put(new CrmListRow(String.format("r%03d", i), "p" + i, CLEAN, null));
    }
    return crm;
  }

  /** Runs one cycle's walk; returns the ids handed out and leaves the position in {@code at}. */
  private static List<String> walk(CountingCrm crm, @Nullable String[] at, int budget) {
    RevisitCursor cursor = new RevisitCursor(crm, at[0], budget);
    List<String> ids = new ArrayList<>();
    cursor.forEachRemaining(row -> ids.add(row.id()));
    at[0] = cursor.position();
    return ids;
  }

  @Test
  void walksAllRecordsInCyclicOrderAcrossCyclesWithinTheBudget() {
    qt().forAll(integers().between(0, 25), integers().between(1, 30), integers().between(1, 6))
        .checkAssert(
            (count, budget, cycles) -> {
              CountingCrm crm = settled(count);
              String[] at = {null};
              List<String> all = new ArrayList<>();
              for (int c = 0; c < cycles; c++) {
                List<String> ids = walk(crm, at, budget);
                assertThat(ids).hasSize(Math.min(budget, count));
                assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
                all.addAll(ids);
              }
              for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i)).isEqualTo(String.format("r%03d", i % count));
              }
            });
  }

  @Test
  void asksForNoMoreRowsThanTheBudgetLeaves() {
    CountingCrm crm = settled(500);
    String[] at = {null};

    List<String> ids = walk(crm, at, 3);

    assertThat(ids).containsExactly("r000", "r001", "r002");
    assertThat(crm.settledLists.get()).isEqualTo(1);
    assertThat(at[0]).isEqualTo("r002");
  }

  @Test
  void pagesThroughALargeBudgetInPagesOfAtMostTwoHundred() {
    CountingCrm crm = settled(450);
    String[] at = {null};

    List<String> ids = walk(crm, at, 450);

    assertThat(ids).hasSize(450);
    assertThat(crm.settledLists.get()).isEqualTo(3);
  }

  @Test
  void wrapsOnceAndStopsWhenNothingIsSettled() {
    CountingCrm crm = settled(0);
    String[] at = {"r007"};

    List<String> ids = walk(crm, at, 10);

    assertThat(ids).isEmpty();
    assertThat(crm.settledLists.get()).isEqualTo(2);
    assertThat(at[0]).isNull();
  }
}
