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
   * Parses a response body as JSON after checking what it is labelled and what it looks like, the
   * way both adapters read the bodies of their HTTP answers.
   *
   * <p>A body labelled as a markup document ({@code text/html}, {@code application/xhtml+xml},
   * {@code text/xml}, {@code application/xml} or any {@code +xml} type), or one that starts with
   * {@code <} whatever its label, is refused without being parsed: it is the page of a reverse
   * proxy, a login portal or a web server in front of the API, never the data asked for, and the
   * message does not say what the page holds. Any other label, or none, is accepted and the body
   * parsed strictly as JSON: neither API's research documents the label of its answers as a
   * contract (research/advoware-api.md documents none at all), so well-formed JSON that a server
   * labels {@code text/plain} or {@code application/octet-stream} is read rather than refused; the
   * parser and the shape checks of the adapters stay the guard, and anything that is not JSON still
   * fails here.
   *
   * @param body the body text
   * @param contentType the answer's {@code Content-Type} header, or null when it had none
   * @param what what the body is, for the message (for example {@code "party 104860"})
   * @return the JSON tree
   * @throws MalformedResponseException when the body is markup, empty or not JSON; the message
   *     names neither the body nor the header
   */
  public static com.fasterxml.jackson.databind.JsonNode parseJson(
      String body, @org.jspecify.annotations.Nullable String contentType, String what) {
    java.util.Objects.requireNonNull(body, "body");
    if (isMarkupType(contentType)) {
      throw new MalformedResponseException(what + ": the answer is an HTML or XML page, not JSON");
    }
    if (body.stripLeading().startsWith("<")) {
      throw new MalformedResponseException(what + ": the answer looks like markup, not JSON");
    }
    return parseJson(body, what);
  }

  private static boolean isMarkupType(@org.jspecify.annotations.Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("text/xml")
        || type.equals("application/xml")
        || type.endsWith("+xml");
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
