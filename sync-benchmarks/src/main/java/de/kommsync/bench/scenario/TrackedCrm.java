package de.kommsync.bench.scenario;

import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A CRM that hands every call to another one after a fixed latency, counting reads and updates in a
 * {@link CallTracker}. The rules are passed through without delay or count (the engine caches
 * them). Thread-safe when the delegate is.
 */
public final class TrackedCrm implements Crm {

  private final Crm delegate;
  private final CallTracker tracker;
  private final Latency latency;

  /** Wraps a CRM. */
  public TrackedCrm(Crm delegate, CallTracker tracker, Latency latency) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.latency = Objects.requireNonNull(latency, "latency");
  }

  @Override
  public CrmRules rules() {
    return delegate.rules();
  }

  @Override
  public CrmRecord readRecord(String recordId) {
    return call(CallTracker.Kind.CRM_READ, () -> delegate.readRecord(recordId));
  }

  @Override
  public UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    return call(
        CallTracker.Kind.CRM_UPDATE,
        () -> delegate.updateRecord(recordId, change, expectedVersion));
  }

  @Override
  public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    latency.pause();
    return delegate.listDue(now, staleSyncingBefore, pageToken);
  }

  @Override
  public CrmPage listSettled(@Nullable String afterId, int limit) {
    latency.pause();
    return delegate.listSettled(afterId, limit);
  }

  private <T> T call(CallTracker.Kind kind, Supplier<T> work) {
    int depth = tracker.started(kind);
    try {
      latency.pause();
      return work.get();
    } finally {
      tracker.completed(depth);
    }
  }
}
