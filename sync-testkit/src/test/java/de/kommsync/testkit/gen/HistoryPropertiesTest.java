package de.kommsync.testkit.gen;

import org.junit.jupiter.api.Test;

/**
 * The six invariants of SPEC section 13 over generated histories: random edits on both sides
 * between runs of random direction, conflict policy and force, with and without injected faults.
 */
class HistoryPropertiesTest {

  @Test
  void historiesWithoutFaultsKeepEveryInvariantAndConverge() {
    Histories.qt(1).forAll(HistoryGen.histories(6, 0)).checkAssert(Player::play);
  }

  @Test
  void historiesWithAFaultAtARandomCallLoseAndDuplicateNothing() {
    Histories.qt(2).forAll(HistoryGen.histories(5, 40)).checkAssert(Player::play);
  }
}
