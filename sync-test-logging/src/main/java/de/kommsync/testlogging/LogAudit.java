package de.kommsync.testlogging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the test provider kept: the events since the last {@link #clear()} and the violations not
 * yet claimed by the {@link LogAuditExtension}. The extension clears the events before each test,
 * so a test sees what it logged itself. With the system property {@code kommsync.testlog.file} set
 * to a path, every event's text is also appended to that file, unmasked, to review what the
 * detectors may miss. Thread-safe.
 */
public final class LogAudit {

  /** At most this many events are kept between two clears; later ones are audited, not kept. */
  public static final int MAX_EVENTS = 200_000;

  private static final List<LogEvent> EVENTS = new ArrayList<>();
  private static final List<Violation> VIOLATIONS = new ArrayList<>();
  private static final @Nullable Writer FILE =
      openFile(System.getProperty("kommsync.testlog.file"));

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
      append(event);
    }
    List<Leak> leaks = LeakDetector.find(event.text());
    if (!leaks.isEmpty()) {
      synchronized (VIOLATIONS) {
        VIOLATIONS.add(new Violation(event, leaks));
      }
    }
  }

  private static @Nullable Writer openFile(@Nullable String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    try {
      return Files.newBufferedWriter(
          Path.of(path),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the log file named by kommsync.testlog.file", e);
    }
  }

  private static void append(LogEvent event) {
    if (FILE == null) {
      return;
    }
    try {
      FILE.write(event.level() + " " + event.logger() + " - " + event.text());
      FILE.write(System.lineSeparator());
      FILE.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the log file named by kommsync.testlog.file", e);
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
