package de.kommsync.doubles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The calls both doubles saw, in one shared order: each call logs a start and an end event with a
 * global sequence number, so tests can check what happened before what.
 */
public final class CallLog {

  /** Whether an event marks the start or the end of a call. */
  public enum Phase {
    START,
    END
  }

  /**
   * One event.
   *
   * @param seq the global sequence number
   * @param kind the call
   * @param detail the entry id or ref, or empty
   * @param phase start or end
   * @param thread the thread name
   */
  public record Event(int seq, CallKind kind, String detail, Phase phase, String thread) {}

  private final AtomicInteger seq = new AtomicInteger();
  private final List<Event> events = new ArrayList<>();

  synchronized void add(CallKind kind, String detail, Phase phase) {
    events.add(
        new Event(seq.incrementAndGet(), kind, detail, phase, Thread.currentThread().getName()));
  }

  /** Returns every event so far. */
  public synchronized List<Event> events() {
    return List.copyOf(events);
  }

  /** Returns the start events of one call kind. */
  public List<Event> starts(CallKind kind) {
    return select(e -> e.kind() == kind && e.phase() == Phase.START);
  }

  /** Returns the end events of one call kind. */
  public List<Event> ends(CallKind kind) {
    return select(e -> e.kind() == kind && e.phase() == Phase.END);
  }

  /** Returns how many calls of a kind started. */
  public int count(CallKind kind) {
    return starts(kind).size();
  }

  /** Returns the kinds of the calls in the order they started. */
  public List<CallKind> startOrder() {
    return select(e -> e.phase() == Phase.START).stream().map(Event::kind).toList();
  }

  /** Returns the events matching a condition. */
  public synchronized List<Event> select(Predicate<Event> condition) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (condition.test(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
