package de.kommsync.testkit.gen;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories setup of every property here: the number of histories from {@code
 * kommsync.histories} (default 2000) and the seed from {@code kommsync.seed} (default {@link
 * #DEFAULT_SEED}); QuickTheories prints the seed of every failure as "Seed was ...".
 */
final class Histories {

  /**
   * The seed of the default build, so the build is repeatable; the campaign ({@link CampaignTest})
   * and {@code -Dkommsync.seed=...} explore other seeds.
   */
  static final long DEFAULT_SEED = 20261204L;

  private Histories() {}

  /** Returns the configured number of histories, divided by {@code divisor} (at least 1). */
  static int count(int divisor) {
    return Math.max(1, Integer.getInteger("kommsync.histories", 2000) / divisor);
  }

  /** Returns a theory running {@link #count} histories with the configured seed, if any. */
  static QuickTheory qt(int divisor) {
    QuickTheory theory = QuickTheory.qt().withExamples(count(divisor)).withShrinkCycles(200);
    return theory.withFixedSeed(Long.getLong("kommsync.seed", DEFAULT_SEED));
  }
}
