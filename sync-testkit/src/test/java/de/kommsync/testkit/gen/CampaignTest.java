package de.kommsync.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A long campaign that does not stop at the first counter-example: every history gets its own seed
 * (printed with each failure, replayable with {@code -Dkommsync.seed=...} on {@link
 * HistoryPropertiesTest}), failures are shrunk, counted by kind and reported together. Runs only
 * with {@code -Dkommsync.campaign=true}; {@code kommsync.histories} sets its length and {@code
 * kommsync.faultPercent} the share of runs with an injected fault (default 0).
 */
class CampaignTest {

  /**
   * Histories per QuickTheories run. One seed per history would not do: QuickTheories starts every
   * run with its simplest values, so single-example runs hardly vary.
   */
  private static final int CHUNK = 1000;

  @Test
  void aLongCampaignFindsNoCounterExample() {
    assumeTrue(Boolean.getBoolean("kommsync.campaign"), "campaign not requested");
    int histories = Histories.count(1);
    int faultPercent = Integer.getInteger("kommsync.faultPercent", 0);
    long base = Long.getLong("kommsync.seed", 20261204L);
    Map<String, List<Long>> failures = new TreeMap<>();
    long started = System.nanoTime();
    long[] played = {0};
    int chunks = (histories + CHUNK - 1) / CHUNK;

    for (int chunk = 0; chunk < chunks; chunk++) {
      long seed = base + chunk;
      int size = Math.min(CHUNK, histories - chunk * CHUNK);
      try {
        org.quicktheories.QuickTheory.qt()
            .withFixedSeed(seed)
            .withExamples(size)
            .withShrinkCycles(100)
            .forAll(HistoryGen.histories(6, faultPercent))
            .checkAssert(
                h -> {
                  played[0]++;
                  Player.play(h);
                });
      } catch (AssertionError e) {
        failures.computeIfAbsent(kind(e), k -> new ArrayList<>()).add(seed);
        System.out.println("CAMPAIGN seed " + seed + ": " + e.getMessage());
      }
    }

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.println(
        "CAMPAIGN "
            + histories
            + " histories requested, "
            + played[0]
            + " played (shrinking included), "
            + Player.RUNS.get()
            + " runs, "
            + seconds
            + " s, failures by kind: "
            + failures);
    assertThat(failures).isEmpty();
  }

  private static String kind(AssertionError e) {
    String text = String.valueOf(e.getMessage());
    int cause = text.indexOf("step ");
    String line = cause < 0 ? text : text.substring(cause);
    int end = line.indexOf('\n');
    line = end < 0 ? line : line.substring(0, end);
    return line.replaceAll("step [0-9]+: ", "").replaceAll("[0-9+][0-9a-z.@-]{5,}", "#");
  }
}
