package de.kommsync;

/**
 * The root of every exception the library throws. Messages name what failed and the ids involved,
 * never values, payloads, headers or secrets.
 */
public abstract class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  protected SyncException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  protected SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
