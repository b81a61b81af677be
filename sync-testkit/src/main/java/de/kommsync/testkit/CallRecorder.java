package de.kommsync.testkit;

import de.kommsync.RemoteCallException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Counts a fake's calls and applies its fault plan around each. Thread-safe. */
final class CallRecorder {

  private final List<FakeCall> log = new ArrayList<>();
  private final Map<CallKind, Integer> counts = new EnumMap<>(CallKind.class);
  private volatile FaultPlan faults = new FaultPlan();
  private int total;

  FaultPlan faults() {
    return faults;
  }

  void setFaults(FaultPlan plan) {
    this.faults = plan;
  }

  synchronized int count(CallKind kind) {
    return counts.getOrDefault(kind, 0);
  }

  synchronized int total() {
    return log.size();
  }

  synchronized List<FakeCall> log() {
    return List.copyOf(log);
  }

  synchronized void reset() {
    log.clear();
    counts.clear();
    total = 0;
  }

  private synchronized FakeCall register(CallKind kind, String target) {
    int kindIndex = counts.getOrDefault(kind, 0);
    counts.put(kind, kindIndex + 1);
    FakeCall call = new FakeCall(kind, total++, kindIndex, target);
    log.add(call);
    return call;
  }

  <T> T call(CallKind kind, String target, Supplier<T> action) {
    FakeCall call = register(kind, target);
    faults.hookFor(call).ifPresent(Runnable::run);
    Optional<FaultPlan.Timing> fault = faults.faultFor(call);
    if (fault.isPresent() && fault.get() == FaultPlan.Timing.BEFORE) {
      throw new RemoteCallException(
          "injected fault before " + kind + " of " + target, 0, true, false, null, null);
    }
    T result = action.get();
    if (fault.isPresent()) {
      throw new RemoteCallException(
          "injected fault: the answer to " + kind + " of " + target + " was lost",
          0,
          kind != CallKind.ENTRY_CREATE,
          true,
          null,
          null);
    }
    return result;
  }
}
