package de.kommsync.logcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the tests, chosen with the system property {@code slf4j.provider}: it keeps
 * every event of every level with the MDC at the time, and forwards it to slf4j-simple for the
 * console. Unlike slf4j-simple it has a working MDC.
 */
public final class CapturingLogProvider implements SLF4JServiceProvider {

  /**
   * One captured event.
   *
   * @param level the level
   * @param logger the logger name
   * @param message the formatted message
   * @param mdc the MDC when it was logged
   */
  public record Event(Level level, String logger, String message, Map<String, String> mdc) {}

  private static final List<Event> EVENTS = new ArrayList<>();

  private final BasicMDCAdapter mdc = new BasicMDCAdapter();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final SimpleServiceProvider simple = new SimpleServiceProvider();
  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory =
      name -> loggers.computeIfAbsent(name, n -> new Capturing(n, this));

  /** Returns the events captured so far. */
  public static List<Event> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** Forgets the events captured so far. */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    simple.initialize();
  }

  private static final class Capturing extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient CapturingLogProvider provider;

    Capturing(String name, CapturingLogProvider provider) {
      this.name = name;
      this.provider = provider;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String pattern,
        Object @Nullable [] arguments,
        @Nullable Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      Map<String, String> context = provider.mdc.getCopyOfContextMap();
      synchronized (EVENTS) {
        EVENTS.add(new Event(level, name, message, context == null ? Map.of() : context));
      }
      Logger console = provider.simple.getLoggerFactory().getLogger(name);
      if (console.isEnabledForLevel(level)) {
        console.atLevel(level).setCause(throwable).log(message);
      }
    }
  }
}
