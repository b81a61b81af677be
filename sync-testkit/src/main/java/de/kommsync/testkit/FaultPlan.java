package de.kommsync.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which calls of an in-memory fake fail, and how. A fault {@link Timing#BEFORE before} a call means
 * the call never reached the product: nothing is applied, and the fake throws a retryable {@link
 * de.kommsync.RemoteCallException}. A fault {@link Timing#AFTER after} a call means the product
 * applied it and the answer was lost: the fake throws a {@link de.kommsync.RemoteCallException}
 * with {@code outcomeUnknown = true}.
 *
 * <p>Faults are chosen by call index or by predicate over {@link FakeCall}; each rule fires at most
 * a given number of times (once for index rules). Thread-safe; a plan can be changed while a run is
 * going on. Every method that adds a rule returns this plan.
 */
public final class FaultPlan {

  /** When an injected fault strikes. */
  public enum Timing {
    /** Before the call: nothing applied. */
    BEFORE,
    /** After the call: applied, the answer lost. */
    AFTER
  }

  private static final class Rule {
    final Predicate<FakeCall> when;
    final Timing timing;
    int remaining;

    Rule(Predicate<FakeCall> when, Timing timing, int remaining) {
      this.when = when;
      this.timing = timing;
      this.remaining = remaining;
    }
  }

  private static final class Hook {
    final Predicate<FakeCall> when;
    final Runnable action;
    boolean used;

    Hook(Predicate<FakeCall> when, Runnable action) {
      this.when = when;
      this.action = action;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final List<Hook> hooks = new ArrayList<>();

  /** Creates an empty plan: no call fails. */
  public FaultPlan() {}

  /** Fails the call with the given index among calls of that kind (from 0) before it is applied. */
  public FaultPlan failBefore(CallKind kind, int kindIndex) {
    return add(c -> c.kind() == kind && c.kindIndex() == kindIndex, Timing.BEFORE, 1);
  }

  /** Applies the call with the given index among calls of that kind, then loses its answer. */
  public FaultPlan loseResponse(CallKind kind, int kindIndex) {
    return add(c -> c.kind() == kind && c.kindIndex() == kindIndex, Timing.AFTER, 1);
  }

  /** Fails the fake's call with the given overall index (from 0) before it is applied. */
  public FaultPlan failBeforeCall(int index) {
    return add(c -> c.index() == index, Timing.BEFORE, 1);
  }

  /** Applies the fake's call with the given overall index (from 0), then loses its answer. */
  public FaultPlan loseResponseOfCall(int index) {
    return add(c -> c.index() == index, Timing.AFTER, 1);
  }

  /** Fails every matching call before it is applied. */
  public FaultPlan failBefore(Predicate<FakeCall> when) {
    return add(when, Timing.BEFORE, Integer.MAX_VALUE);
  }

  /** Applies every matching call, then loses its answer. */
  public FaultPlan loseResponse(Predicate<FakeCall> when) {
    return add(when, Timing.AFTER, Integer.MAX_VALUE);
  }

  /**
   * Adds a rule.
   *
   * @param when which calls it matches
   * @param timing before or after the call
   * @param times how often it fires at most, 1 or more
   * @return this plan
   */
  public synchronized FaultPlan add(Predicate<FakeCall> when, Timing timing, int times) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(timing, "timing");
    if (times < 1) {
      throw new IllegalArgumentException("times must be positive");
    }
    rules.add(new Rule(when, timing, times));
    return this;
  }

  /**
   * Runs an action once, right before the first matching call reaches the product: for example a
   * person's edit that lands between a run's read and its update ("before the Nth call"). The
   * action runs on the calling thread, outside this plan's lock.
   *
   * @param when which call it precedes
   * @param action what happens before it
   * @return this plan
   */
  public synchronized FaultPlan beforeCall(Predicate<FakeCall> when, Runnable action) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(action, "action");
    hooks.add(new Hook(when, action));
    return this;
  }

  /**
   * Returns the action to run before a call, if a hook matches, and uses the hook up. Called by the
   * fakes; a user's own fake may call it too.
   */
  public synchronized Optional<Runnable> hookFor(FakeCall call) {
    for (Hook hook : hooks) {
      if (!hook.used && hook.when.test(call)) {
        hook.used = true;
        return Optional.of(hook.action);
      }
    }
    return Optional.empty();
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
    hooks.clear();
  }

  /** Returns whether a rule can still fire. */
  public synchronized boolean hasPending() {
    return rules.stream().anyMatch(r -> r.remaining > 0);
  }

  /**
   * Returns the fault for a call, if a rule matches, and counts the firing. The first matching rule
   * wins. Called by the fakes; a user's own fake may call it too.
   */
  public synchronized Optional<Timing> faultFor(FakeCall call) {
    for (Rule rule : rules) {
      if (rule.remaining > 0 && rule.when.test(call)) {
        rule.remaining--;
        return Optional.of(rule.timing);
      }
    }
    return Optional.empty();
  }
}
