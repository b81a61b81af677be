package de.kommsync.bench.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Counts the calls of one run by kind and its round trips. A call's depth is one more than what its
 * thread knew when it started: on the thread that runs the sync, the deepest call completed by
 * then; on a worker of the {@link #executor(Executor) tracking executor}, what the submitting
 * thread knew when it handed the task over (so a worker that starts late on a busy machine still
 * counts with its stage). The run's round trips are the deepest call's depth. Calls issued together
 * (the two reads, the entry writes of one stage) share a depth, calls that wait for an answer get
 * the next one, so with a fixed latency per call the round trips times the latency is the run's
 * wall-clock time spent waiting. Thread-safe.
 */
public final class CallTracker {

  /** The kinds of calls counted. */
  public enum Kind {
    /** A read of the party. */
    PARTY_READ,
    /** A read of the CRM record. */
    CRM_READ,
    /** An update of the CRM record. */
    CRM_UPDATE,
    /** An entry created. */
    ENTRY_CREATE,
    /** An entry updated. */
    ENTRY_UPDATE
  }

  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private final ThreadLocal<@Nullable Integer> handedOver = new ThreadLocal<>();
  private int deepestCompleted;
  private int deepestStarted;

  /**
   * Records the start of a call.
   *
   * @param kind the kind of call
   * @return the call's depth, to be handed to {@link #completed(int)}
   */
  public synchronized int started(Kind kind) {
    counts.merge(kind, 1, Integer::sum);
    int depth = known() + 1;
    deepestStarted = Math.max(deepestStarted, depth);
    return depth;
  }

  /** Records the end of a call of the given depth, whatever its outcome. */
  public synchronized void completed(int depth) {
    deepestCompleted = Math.max(deepestCompleted, depth);
    Integer inherited = handedOver.get();
    if (inherited != null) {
      handedOver.set(Math.max(inherited, depth));
    }
  }

  /**
   * Returns an executor that runs tasks on another one and hands each task the depth its submitter
   * knew; give it to the engine so its parallel reads and writes count by stage.
   */
  public Executor executor(Executor workers) {
    return task -> {
      int known;
      synchronized (this) {
        known = known();
      }
      workers.execute(
          () -> {
            handedOver.set(known);
            try {
              task.run();
            } finally {
              handedOver.remove();
            }
          });
    };
  }

  private int known() {
    Integer inherited = handedOver.get();
    return inherited != null ? inherited : deepestCompleted;
  }

  /** Returns the calls of a kind since the last reset. */
  public synchronized int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** Returns all calls since the last reset. */
  public synchronized int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns the round trips since the last reset. */
  public synchronized int roundTrips() {
    return deepestStarted;
  }

  /** Forgets everything counted. */
  public synchronized void reset() {
    counts.clear();
    deepestCompleted = 0;
    deepestStarted = 0;
  }
}
