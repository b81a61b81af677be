package de.kommsync.testlogging;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the test runs. It hands every enabled event to {@link LogAudit}, which
 * keeps it and checks it for leaks, and prints events of level {@code WARN} and above, masked, on
 * standard error. {@code de.kommsync} loggers are enabled from the level in the system property
 * {@code kommsync.testlog.level} (default {@code DEBUG}), others from {@code
 * kommsync.testlog.otherLevel} (default {@code INFO}); {@code kommsync.testlog.console} sets the
 * console level (default {@code WARN}). Unlike slf4j-simple it has a working MDC.
 */
public final class AuditingLogProvider implements SLF4JServiceProvider {

  private static final String OWN_PREFIX = "de.kommsync";

  private final MDCAdapter mdc = new BasicMDCAdapter();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, this::newLogger);
  private final Level ownLevel = level("kommsync.testlog.level", Level.DEBUG);
  private final Level otherLevel = level("kommsync.testlog.otherLevel", Level.INFO);
  private final Level consoleLevel = level("kommsync.testlog.console", Level.WARN);

  /** Creates the provider; SLF4J calls this through the service loader. */
  public AuditingLogProvider() {}

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
    // nothing to set up: the loggers are created on demand
  }

  private Logger newLogger(String name) {
    Level threshold = name.startsWith(OWN_PREFIX) ? ownLevel : otherLevel;
    return new AuditLogger(name, threshold, consoleLevel, mdc);
  }

  private static Level level(String property, Level fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
  }
}
