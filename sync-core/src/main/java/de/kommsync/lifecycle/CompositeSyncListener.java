package de.kommsync.lifecycle;

import de.kommsync.RunResult;
import de.kommsync.SyncListener;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SyncListener} that hands every event to several listeners in order, for example metrics
 * and an audit log. A listener that throws is logged (its class name only) and the others still get
 * the event. Thread-safe when the listeners are.
 */
public final class CompositeSyncListener implements SyncListener {

  private static final Logger LOG = LoggerFactory.getLogger(CompositeSyncListener.class);

  private final List<SyncListener> listeners;

  private CompositeSyncListener(List<SyncListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Returns a listener that fans out to the given ones, in order.
   *
   * @param listeners the listeners
   * @return the fan-out listener
   */
  public static SyncListener of(SyncListener... listeners) {
    return new CompositeSyncListener(List.of(listeners));
  }

  /**
   * Returns a listener that fans out to the given ones, in order.
   *
   * @param listeners the listeners
   * @return the fan-out listener
   */
  public static SyncListener of(List<? extends SyncListener> listeners) {
    return new CompositeSyncListener(List.copyOf(listeners));
  }

  @Override
  public void started(String partyId, String recordId) {
    each(listener -> listener.started(partyId, recordId));
  }

  @Override
  public void planned(Plan plan) {
    each(listener -> listener.planned(plan));
  }

  @Override
  public void operationApplied(Plan plan, Operation operation) {
    each(listener -> listener.operationApplied(plan, operation));
  }

  @Override
  public void finished(RunResult result) {
    each(listener -> listener.finished(result));
  }

  @Override
  public void failed(RunResult result) {
    each(listener -> listener.failed(result));
  }

  private void each(Consumer<SyncListener> event) {
    for (SyncListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn(
            "sync listener {} failed: {}", listener.getClass().getName(), e.getClass().getName());
      }
    }
  }
}
