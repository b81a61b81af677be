package de.kommsync.internal;

import java.io.UncheckedIOException;

/**
 * Names the cause of a failure that is not one of the library's own exceptions, in plain words and
 * without the exception's message, which may hold values. Stateless.
 */
public final class Causes {

  private Causes() {}

  /**
   * Returns what went wrong, such as {@code refused as malformed (an id or value the adapter does
   * not accept)} for an {@link IllegalArgumentException}, or {@code an unexpected error
   * (IllegalStateException)} for a type without plain words.
   *
   * @param e the failure; its message is not used
   * @return one short phrase
   */
  public static String inPlainWords(Throwable e) {
    if (e instanceof IllegalArgumentException) {
      return "refused as malformed (an id or value the adapter does not accept)";
    }
    if (e instanceof UncheckedIOException) {
      return "an I/O error";
    }
    return "an unexpected error (" + e.getClass().getSimpleName() + ")";
  }
}
