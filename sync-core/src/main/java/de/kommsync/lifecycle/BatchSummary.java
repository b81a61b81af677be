package de.kommsync.lifecycle;

import de.kommsync.lifecycle.PartyOutcome.Disposition;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link BatchRunner} run did.
 *
 * @param counts how many tasks ended with each disposition; every disposition is present
 * @param stoppedEarly whether a shutdown or an interrupt stopped the batch before its source ran
 *     out
 */
public record BatchSummary(Map<Disposition, Integer> counts, boolean stoppedEarly) {

  /** Completes and copies the counts. */
  public BatchSummary {
    EnumMap<Disposition, Integer> all = new EnumMap<>(Disposition.class);
    for (Disposition disposition : Disposition.values()) {
      all.put(disposition, counts.getOrDefault(disposition, 0));
    }
    counts = Map.copyOf(all);
  }

  /**
   * Returns how many tasks ended with a disposition.
   *
   * @param disposition the disposition
   * @return the count
   */
  public int count(Disposition disposition) {
    return counts.get(disposition);
  }

  /** Returns how many tasks ended, whatever their disposition. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns how many tasks failed. */
  public int failed() {
    return count(Disposition.FAILED);
  }
}
