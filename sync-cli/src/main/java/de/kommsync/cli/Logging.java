package de.kommsync.cli;

import de.kommsync.Masking;

/**
 * Configures logging for a command: slf4j-simple at WARN by default ({@code
 * simplelogger.properties}), DEBUG with {@code --verbose}; personal data masked in log lines unless
 * {@code --unmask}. Takes effect before the first logger is created, that is, in {@code main};
 * in-process callers that already logged keep their level.
 */
final class Logging {

  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Logging() {}

  /** Applies the flags of one command line. */
  static void configure(GlobalFlags flags) {
    if (flags.verbose()) {
      System.setProperty(LEVEL, "debug");
    }
    Masking.setEnabled(!flags.unmask());
  }
}
