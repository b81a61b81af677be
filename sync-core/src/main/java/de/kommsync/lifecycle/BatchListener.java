package de.kommsync.lifecycle;

/**
 * Receives the progress of a {@link BatchRunner}. Methods are called from the runner's worker
 * threads and the calling thread, possibly at the same time: implementations must be thread-safe.
 * An exception thrown by a listener is logged and otherwise ignored.
 */
public interface BatchListener {

  /** The listener that does nothing. */
  BatchListener NONE = new BatchListener() {};

  /**
   * Called when a party's task is handed to a worker.
   *
   * @param party the party
   */
  default void started(PartyRef party) {}

  /**
   * Called when a party's task has ended.
   *
   * @param outcome how it ended
   * @param progress the batch's counts including this party
   */
  default void finished(PartyOutcome outcome, BatchProgress progress) {}
}
