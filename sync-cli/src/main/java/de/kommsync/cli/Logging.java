package de.kommsync.cli;

import de.kommsync.Masking;
import org.jspecify.annotations.Nullable;

/**
 * Configures logging for one command: slf4j-simple at WARN by default ({@code
 * simplelogger.properties}), DEBUG with {@code --verbose}; personal data masked in log lines unless
 * {@code --unmask}. The level takes effect for loggers created afterwards, that is, in {@code main}
 * for the whole run. Closing restores what was set before, so in-process callers (tests) do not
 * leak one command's settings into the next.
 */
final class Logging {

  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private final @Nullable String levelBefore;
  private final boolean maskingBefore;

  private Logging(@Nullable String levelBefore, boolean maskingBefore) {
    this.levelBefore = levelBefore;
    this.maskingBefore = maskingBefore;
  }

  /** Applies the flags of one command line until the returned handle is closed. */
  static Logging configure(GlobalFlags flags) {
    Logging before = new Logging(System.getProperty(LEVEL), Masking.isEnabled());
    if (flags.verbose()) {
      System.setProperty(LEVEL, "debug");
    }
    Masking.setEnabled(!flags.unmask());
    return before;
  }

  /** Restores the level and masking that were set before {@link #configure}. */
  void close() {
    if (levelBefore == null) {
      System.clearProperty(LEVEL);
    } else {
      System.setProperty(LEVEL, levelBefore);
    }
    Masking.setEnabled(maskingBefore);
  }
}
