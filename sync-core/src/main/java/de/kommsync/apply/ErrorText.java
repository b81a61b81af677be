package de.kommsync.apply;

import de.kommsync.RemoteCallException;
import de.kommsync.SyncException;

/**
 * Builds short error texts without personal data from exceptions. The library's own exceptions
 * carry messages with ids only (a rule of the project); of any other exception only the type is
 * used, as its message may hold values.
 */
final class ErrorText {

  private ErrorText() {}

  static String of(String what, Throwable e) {
    StringBuilder text = new StringBuilder(what).append(": ");
    if (e instanceof SyncException) {
      text.append(e.getMessage());
    } else {
      text.append(e.getClass().getSimpleName());
    }
    if (e instanceof RemoteCallException r) {
      r.status().ifPresent(s -> text.append(" (status ").append(s).append(')'));
      r.reason().ifPresent(reason -> text.append(" [").append(reason).append(']'));
    }
    return text.toString();
  }

  /** Returns whether a failed call may have taken effect: unknown outcomes and foreign errors. */
  static boolean outcomeUnknown(Throwable e) {
    if (e instanceof RemoteCallException r) {
      return r.outcomeUnknown();
    }
    return !(e instanceof SyncException);
  }
}
