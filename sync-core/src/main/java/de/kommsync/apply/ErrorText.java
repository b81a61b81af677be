package de.kommsync.apply;

import de.kommsync.RemoteCallException;
import de.kommsync.SyncException;
import de.kommsync.internal.Causes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds short error texts without personal data from exceptions. The library's own exceptions
 * carry messages with ids only (a rule of the project); any other exception is named in plain words
 * ({@link Causes}), as its message may hold values. The HTTP status and the server's reason of a
 * failed call are added unless the message says them already, so a text never repeats them.
 */
final class ErrorText {

  /** How adapters name a status in their messages: {@code status 500} or {@code HTTP 500}. */
  private static final Pattern STATUS_IN_MESSAGE =
      Pattern.compile("\\b(?:status|HTTP) (\\d{3})\\b");

  private ErrorText() {}

  static String of(String what, Throwable e) {
    String message =
        e instanceof SyncException ? String.valueOf(e.getMessage()) : Causes.inPlainWords(e);
    StringBuilder text = new StringBuilder(what).append(": ").append(message);
    if (e instanceof RemoteCallException r) {
      r.status()
          .ifPresent(
              s -> {
                if (!namesStatus(message, s)) {
                  text.append(" (status ").append(s).append(')');
                }
              });
      r.reason()
          .filter(reason -> !message.contains(reason))
          .ifPresent(reason -> text.append(" [").append(reason).append(']'));
    }
    return text.toString();
  }

  private static boolean namesStatus(String message, int status) {
    Matcher matcher = STATUS_IN_MESSAGE.matcher(message);
    while (matcher.find()) {
      if (Integer.parseInt(matcher.group(1)) == status) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a failed call may have taken effect: unknown outcomes and foreign errors. */
  static boolean outcomeUnknown(Throwable e) {
    if (e instanceof RemoteCallException r) {
      return r.outcomeUnknown();
    }
    return !(e instanceof SyncException);
  }
}
