package de.kommsync.testlogging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/** A logger that hands its events to {@link LogAudit} and prints the severe ones, masked. */
final class AuditLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  private final Level threshold;
  private final Level console;
  private final transient MDCAdapter mdc;

  AuditLogger(String name, Level threshold, Level console, MDCAdapter mdc) {
    this.name = name;
    this.threshold = threshold;
    this.console = console;
    this.mdc = mdc;
  }

  private boolean enabled(Level level) {
    return level.toInt() >= threshold.toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected @Nullable String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level,
      @Nullable Marker marker,
      @Nullable String pattern,
      Object @Nullable [] arguments,
      @Nullable Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    Map<String, String> context = mdc.getCopyOfContextMap();
    LogEvent event =
        new LogEvent(
            level,
            name,
            Thread.currentThread().getName(),
            message == null ? "null" : message,
            context == null ? Map.of() : context,
            stackTrace(throwable));
    LogAudit.record(event);
    if (level.toInt() >= console.toInt()) {
      System.err.println(
          "["
              + event.thread()
              + "] "
              + level
              + " "
              + name
              + " - "
              + LeakDetector.mask(event.text()));
    }
  }

  private static String stackTrace(@Nullable Throwable throwable) {
    if (throwable == null) {
      return "";
    }
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      throwable.printStackTrace(out);
    }
    return text.toString();
  }
}
