package de.kommsync.lifecycle;

/**
 * The counts of a running batch at one moment.
 *
 * @param started tasks handed to a worker so far
 * @param finished tasks ended so far
 * @param failed tasks ended with {@link PartyOutcome.Disposition#FAILED}
 */
public record BatchProgress(int started, int finished, int failed) {

  /** Returns the tasks started but not yet ended. */
  public int inFlight() {
    return started - finished;
  }
}
