package de.kommsync;

import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;

/**
 * Receives the events of sync runs, for example to feed metrics or an audit log. Every method does
 * nothing by default. For each run the engine calls {@link #started}, then {@link #planned} for
 * every plan it computes (twice when it re-plans after a concurrent change), {@link
 * #operationApplied} for every write that succeeded, and at the end exactly one of {@link
 * #finished} (the run did what it should, or had nothing to do) or {@link #failed}.
 *
 * <p>{@link #operationApplied} may be called from several threads at once, as a run's entry writes
 * run in parallel; implementations must be thread-safe. An exception thrown by a listener is logged
 * and otherwise ignored: it never changes a run. Events carry personal data (values in the plan):
 * mask it before logging.
 */
public interface SyncListener {

  /** A listener that ignores every event. */
  SyncListener NONE = new SyncListener() {};

  /**
   * Called when a run starts, before any call.
   *
   * @param partyId the party
   * @param recordId the CRM record
   */
  default void started(String partyId, String recordId) {}

  /**
   * Called when a plan was computed, before anything of it is applied.
   *
   * @param plan the plan
   */
  default void planned(Plan plan) {}

  /**
   * Called after one write of a plan succeeded: the CRM update of its value lists, or one entry
   * write.
   *
   * @param plan the plan the operation belongs to
   * @param operation the operation applied
   */
  default void operationApplied(Plan plan, Operation operation) {}

  /**
   * Called when a run ended with an outcome that is not a failure (see {@link
   * RunOutcome#isFailure()}).
   *
   * @param result the run's result
   */
  default void finished(RunResult result) {}

  /**
   * Called when a run ended with a failure outcome (see {@link RunOutcome#isFailure()}).
   *
   * @param result the run's result, with the reason
   */
  default void failed(RunResult result) {}
}
