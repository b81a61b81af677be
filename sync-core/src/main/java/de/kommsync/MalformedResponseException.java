package de.kommsync;

/**
 * A system answered with a body the adapter cannot read: not JSON, or JSON of the wrong shape (a
 * missing id, a string where a number belongs). The message names the element and the ids involved,
 * never the body. A retry of the same call is not expected to help.
 */
public class MalformedResponseException extends RemoteCallException {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
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

  /**
   * Parses a response body as JSON, the one way both adapters read bodies.
   *
   * @param body the body text
   * @param what what the body is, for the message (for example {@code "party 104860"})
   * @return the JSON tree
   * @throws MalformedResponseException when the text is empty or not JSON; the message carries the
   *     position of the fault, never the text
   */
  public static com.fasterxml.jackson.databind.JsonNode parseJson(String body, String what) {
    java.util.Objects.requireNonNull(body, "body");
    try {
      com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new MalformedResponseException(what + ": empty body");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new MalformedResponseException(what + ": body is not JSON" + where);
    }
  }
}
