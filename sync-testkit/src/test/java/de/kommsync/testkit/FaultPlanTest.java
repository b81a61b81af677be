package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

  private static FakeCall call(CallKind kind, int index, int kindIndex) {
    return new FakeCall(kind, index, kindIndex, "r1");
  }

  @Test
  void aKindIndexRuleFiresOnceOnTheMatchingCall() {
    FaultPlan plan = new FaultPlan().loseResponse(CallKind.ENTRY_CREATE, 1);

    var first = plan.faultFor(call(CallKind.ENTRY_CREATE, 3, 0));
    var second = plan.faultFor(call(CallKind.ENTRY_CREATE, 4, 1));
    var again = plan.faultFor(call(CallKind.ENTRY_CREATE, 4, 1));

    assertThat(first).isEmpty();
    assertThat(second).contains(FaultPlan.Timing.AFTER);
    assertThat(again).isEmpty();
    assertThat(plan.hasPending()).isFalse();
  }

  @Test
  void aLimitedPredicateRuleFiresAtMostItsTimesAndTheFirstMatchingRuleWins() {
    FaultPlan plan =
        new FaultPlan()
            .add(c -> c.kind() == CallKind.CRM_READ, FaultPlan.Timing.BEFORE, 2)
            .loseResponse(c -> true);

    var a = plan.faultFor(call(CallKind.CRM_READ, 0, 0));
    var b = plan.faultFor(call(CallKind.CRM_READ, 1, 1));
    var c = plan.faultFor(call(CallKind.CRM_READ, 2, 2));

    assertThat(a).contains(FaultPlan.Timing.BEFORE);
    assertThat(b).contains(FaultPlan.Timing.BEFORE);
    assertThat(c).contains(FaultPlan.Timing.AFTER);
  }

  @Test
  void clearRemovesEveryRuleAndBadTimesAreRefused() {
    FaultPlan plan = new FaultPlan().failBeforeCall(0);

    plan.clear();

    assertThat(plan.faultFor(call(CallKind.PARTY_READ, 0, 0))).isEmpty();
    assertThatThrownBy(() -> plan.add(c -> true, FaultPlan.Timing.AFTER, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
