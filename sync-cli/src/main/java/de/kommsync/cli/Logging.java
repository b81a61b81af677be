package de.kommsync.cli;

/**
 * Configures slf4j-simple for a command: WARN by default ({@code simplelogger.properties}), DEBUG
 * with {@code --verbose}. Takes effect before the first logger is created, that is, in {@code
 * main}; in-process callers that already logged keep their level.
 */
final class Logging {

  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private static volatile boolean unmasked;

  private Logging() {}

  /** Applies the flags of one command line. */
  static void configure(GlobalFlags flags) {
    if (flags.verbose()) {
      System.setProperty(LEVEL, "debug");
    }
    unmasked = flags.unmask();
  }

  /** Returns whether personal data may appear unmasked in this command's log lines. */
  static boolean unmasked() {
    return unmasked;
  }
}
