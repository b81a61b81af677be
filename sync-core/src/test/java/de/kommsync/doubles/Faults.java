package de.kommsync.doubles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Faults to inject into the doubles: the n-th call of a kind fails either before it takes effect or
 * after (the effect stays, the answer is lost). Thread-safe.
 */
public final class Faults {

  /** When a fault strikes. */
  public enum Timing {
    /** The call fails without effect. */
    BEFORE,
    /** The call takes effect, then fails: its answer is lost. */
    AFTER
  }

  /**
   * A fault.
   *
   * @param kind the call kind
   * @param nth which call of that kind, from 1
   * @param timing before or after the effect
   * @param error makes the exception thrown
   */
  public record Fault(
      CallKind kind, int nth, Timing timing, Supplier<? extends RuntimeException> error) {}

  private final List<Fault> faults = new ArrayList<>();
  private final Map<CallKind, Integer> counts = new EnumMap<>(CallKind.class);

  /** Adds a fault. */
  public synchronized Faults add(
      CallKind kind, int nth, Timing timing, Supplier<? extends RuntimeException> error) {
    faults.add(new Fault(kind, nth, timing, error));
    return this;
  }

  /** Counts a call and returns the fault that strikes it, if any. */
  synchronized Optional<Fault> next(CallKind kind) {
    int n = counts.merge(kind, 1, Integer::sum);
    return faults.stream().filter(f -> f.kind() == kind && f.nth() == n).findFirst();
  }
}
