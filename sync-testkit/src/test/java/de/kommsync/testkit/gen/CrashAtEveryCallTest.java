package de.kommsync.testkit.gen;

import de.kommsync.Direction;
import de.kommsync.testkit.FaultPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For generated scenarios, a crash at every call of a run, on either side, before the call or after
 * it with the answer lost, followed by a clean run: nothing is lost or duplicated, every time, and
 * the clean run converges.
 */
class CrashAtEveryCallTest {

  @Test
  void aCrashAtAnyCallFollowedByACleanRunLosesAndDuplicatesNothing() {
    Histories.qt(40)
        .forAll(HistoryGen.histories(3, 0))
        .checkAssert(CrashAtEveryCallTest::crashEverywhere);
  }

  private static void crashEverywhere(History history) {
    List<History.Step> prefix = history.steps().subList(0, history.steps().size() - 1);
    History.Step last = history.steps().get(history.steps().size() - 1);
    RunSpec clean = new RunSpec(Direction.BOTH, last.run().policy(), last.run().force(), null);
    int[] calls = countCalls(history.start(), prefix, new History.Step(last.edits(), clean));
    for (int side = 0; side < 2; side++) {
      for (int index = 0; index < calls[side]; index++) {
        for (FaultPlan.Timing timing : FaultPlan.Timing.values()) {
          RunSpec.Fault fault = new RunSpec.Fault(side == 0, index, timing);
          RunSpec faulty = new RunSpec(clean.direction(), clean.policy(), clean.force(), fault);
          List<History.Step> steps = new ArrayList<>(prefix);
          steps.add(new History.Step(last.edits(), faulty));
          Player.play(new History(history.start(), steps));
        }
      }
    }
  }

  /** Plays the history without faults and counts the last run's calls per fake (CRM, party). */
  private static int[] countCalls(Start start, List<History.Step> prefix, History.Step last) {
    try (Sandbox sandbox = new Sandbox(start, Player.POOL)) {
      Player player = new Player(sandbox);
      int index = 0;
      for (History.Step step : prefix) {
        player.step(index++, step);
      }
      last.edits().forEach(player::edit);
      sandbox.advance(Duration.ofMinutes(7));
      sandbox.run(last.run());
      return new int[] {sandbox.crm().callLog().size(), sandbox.partySystem().callLog().size()};
    }
  }
}
