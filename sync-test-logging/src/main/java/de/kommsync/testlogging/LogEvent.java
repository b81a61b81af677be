package de.kommsync.testlogging;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.event.Level;

/**
 * One log event as the test provider kept it.
 *
 * @param level the level
 * @param logger the logger name
 * @param thread the name of the thread that logged it
 * @param message the message with its arguments filled in
 * @param mdc the MDC when it was logged
 * @param throwable the stack trace text of the throwable with its causes, or empty
 */
public record LogEvent(
    Level level,
    String logger,
    String thread,
    String message,
    Map<String, String> mdc,
    String throwable) {

  /** Copies the MDC. */
  public LogEvent {
    mdc = Map.copyOf(mdc);
  }

  /** Returns the whole line as audited: message, MDC in key order and stack trace text. */
  public String text() {
    StringBuilder out = new StringBuilder(message);
    if (!mdc.isEmpty()) {
      out.append(' ').append(new TreeMap<>(mdc));
    }
    if (!throwable.isEmpty()) {
      out.append(System.lineSeparator()).append(throwable);
    }
    return out.toString();
  }
}
