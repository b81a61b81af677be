package de.kommsync.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class CallTrackerTest {

  @Test
  void countsCallsStartedTogetherAsOneRoundTrip() {
    CallTracker tracker = new CallTracker();

    int first = tracker.started(CallTracker.Kind.PARTY_READ);
    int second = tracker.started(CallTracker.Kind.CRM_READ);
    tracker.completed(second);
    tracker.completed(first);

    assertThat(tracker.roundTrips()).isEqualTo(1);
    assertThat(tracker.total()).isEqualTo(2);
  }

  @Test
  void countsACallStartedAfterAnAnswerAsTheNextRoundTrip() {
    CallTracker tracker = new CallTracker();

    tracker.completed(tracker.started(CallTracker.Kind.PARTY_READ));
    tracker.completed(tracker.started(CallTracker.Kind.CRM_UPDATE));
    int a = tracker.started(CallTracker.Kind.ENTRY_UPDATE);
    int b = tracker.started(CallTracker.Kind.ENTRY_CREATE);
    tracker.completed(a);
    tracker.completed(b);

    assertThat(tracker.roundTrips()).isEqualTo(3);
    assertThat(tracker.count(CallTracker.Kind.ENTRY_UPDATE)).isEqualTo(1);
  }

  @Test
  void forgetsEverythingOnReset() {
    CallTracker tracker = new CallTracker();
    tracker.completed(tracker.started(CallTracker.Kind.PARTY_READ));

    tracker.reset();

    assertThat(tracker.total()).isZero();
    assertThat(tracker.roundTrips()).isZero();
  }

  @Test
  void countsAWorkerThatStartsLateWithTheStageItWasHandedTo() {
    CallTracker tracker = new CallTracker();
    List<Runnable> queued = new ArrayList<>();
    Executor executor = tracker.executor(queued::add);
    tracker.completed(tracker.started(CallTracker.Kind.CRM_UPDATE));
    int[] depths = new int[2];

    executor.execute(() -> depths[0] = tracker.started(CallTracker.Kind.ENTRY_UPDATE));
    executor.execute(() -> depths[1] = tracker.started(CallTracker.Kind.ENTRY_UPDATE));
    queued.get(0).run();
    tracker.completed(depths[0]);
    queued.get(1).run();

    assertThat(depths).containsExactly(2, 2);
    assertThat(tracker.roundTrips()).isEqualTo(2);
  }
}
