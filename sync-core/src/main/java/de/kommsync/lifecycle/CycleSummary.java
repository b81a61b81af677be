package de.kommsync.lifecycle;

import java.util.Objects;

/**
 * What one scheduler cycle did.
 *
 * @param due due records taken from the due listing
 * @param revisited settled records taken for a revisit (the revisit budget counts these)
 * @param resets permanently failed records reset to {@code failed} with the count at 0
 * @param batch the outcomes of all parties of the cycle
 */
public record CycleSummary(int due, int revisited, int resets, BatchSummary batch) {

  /** Checks the arguments. */
  public CycleSummary {
    Objects.requireNonNull(batch, "batch");
  }
}
