package de.kommsync.testlogging;

import java.util.ArrayList;
import java.util.List;

/**
 * What the test provider kept: the events since the last {@link #clear()} and the violations not
 * yet claimed by the {@link LogAuditExtension}. The extension clears the events before each test,
 * so a test sees what it logged itself. Thread-safe.
 */
public final class LogAudit {

  /** At most this many events are kept between two clears; later ones are audited, not kept. */
  public static final int MAX_EVENTS = 200_000;

  private static final List<LogEvent> EVENTS = new ArrayList<>();
  private static final List<Violation> VIOLATIONS = new ArrayList<>();

  private LogAudit() {}

  /** Returns the events kept since the last clear, oldest first. */
  public static List<LogEvent> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** Forgets the events kept so far (not the violations). */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  /** Keeps an event and records a violation when its text leaks. */
  static void record(LogEvent event) {
    synchronized (EVENTS) {
      if (EVENTS.size() < MAX_EVENTS) {
        EVENTS.add(event);
      }
    }
    List<Leak> leaks = LeakDetector.find(event.text());
    if (!leaks.isEmpty()) {
      synchronized (VIOLATIONS) {
        VIOLATIONS.add(new Violation(event, leaks));
      }
    }
  }

  /** Returns and forgets the violations recorded since the last call. */
  static List<Violation> drainViolations() {
    synchronized (VIOLATIONS) {
      List<Violation> drained = List.copyOf(VIOLATIONS);
      VIOLATIONS.clear();
      return drained;
    }
  }
}
