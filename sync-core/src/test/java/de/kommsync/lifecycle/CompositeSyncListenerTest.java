package de.kommsync.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.ApiCalls;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeSyncListenerTest {

  private static final RunResult RESULT =
      new RunResult(
          "4711",
          "rec1",
          RunOutcome.FAILED,
          "boom",
          null,
          List.of(),
          List.of("boom"),
          ApiCalls.NONE,
          null,
          Instant.EPOCH,
          Duration.ZERO);

  private static SyncListener recording(String name, List<String> events) {
    return new SyncListener() {
      @Override
      public void started(String partyId, String recordId) {
        events.add(name + " started " + partyId + "/" + recordId);
      }

      @Override
      public void finished(RunResult result) {
        events.add(name + " finished");
      }

      @Override
      public void failed(RunResult result) {
        events.add(name + " failed " + result.outcome());
      }
    };
  }

  @Test
  void handsEveryEventToEveryListenerInOrder() {
    List<String> events = new ArrayList<>();
    SyncListener both = CompositeSyncListener.of(recording("a", events), recording("b", events));

    both.started("4711", "rec1");
    both.finished(RESULT);
    both.failed(RESULT);

    assertThat(events)
        .containsExactly(
            "a started 4711/rec1",
            "b started 4711/rec1",
            "a finished",
            "b finished",
            "a failed FAILED",
            "b failed FAILED");
  }

  @Test
  void keepsNotifyingTheOthersWhenOneListenerThrows() {
    List<String> events = new ArrayList<>();
    SyncListener broken =
        new SyncListener() {
          @Override
          public void failed(RunResult result) {
            throw new IllegalStateException("metrics down");
          }
        };
    SyncListener fanOut = CompositeSyncListener.of(List.of(broken, recording("b", events)));

    fanOut.failed(RESULT);

    assertThat(events).containsExactly("b failed FAILED");
  }
}
