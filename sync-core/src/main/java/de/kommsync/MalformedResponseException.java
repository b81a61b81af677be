package de.kommsync;

/**
 * A system answered with a body the adapter cannot read: not JSON, or JSON of the wrong shape (a
 * missing id, a string where a number belongs). The message names the element and the ids involved,
 * never the body. A retry of the same call is not expected to help.
 */
public class MalformedResponseException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be read, with ids, without values
   */
  public MalformedResponseException(String message) {
    super(message, 0, false, false, null, null);
  }

  /**
   * Creates the exception for an answer with a known HTTP status.
   *
   * @param message what could not be read, with ids, without values
   * @param status the HTTP status of the answer
   */
  public MalformedResponseException(String message, int status) {
    super(message, status, false, false, null, null);
  }
}
