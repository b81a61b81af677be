package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a product simulation to one request, as an HTTP server on top of it would send it:
 * a status, the reason header (EspoCRM's {@code X-Status-Reason}), and a JSON or a text body.
 *
 * @param status the HTTP status
 * @param reason the reason header, or null when the product sends none
 * @param json the JSON body, or null
 * @param text the text body (Advoware's error bodies are text), or null
 */
public record SimulatedResponse(
    int status, @Nullable String reason, @Nullable JsonNode json, @Nullable String text) {

  /** Returns a 200 answer with a JSON body. */
  public static SimulatedResponse ok(JsonNode body) {
    return new SimulatedResponse(200, null, body, null);
  }

  /** Returns an answer with a status, a reason and no body. */
  public static SimulatedResponse status(int status, @Nullable String reason) {
    return new SimulatedResponse(status, reason, null, null);
  }

  /** Returns an answer with a status and a text body, without reason header. */
  public static SimulatedResponse text(int status, String text) {
    return new SimulatedResponse(status, null, null, text);
  }

  /** Returns whether the status is 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** Returns the reason header, if any. */
  public Optional<String> reasonHeader() {
    return Optional.ofNullable(reason);
  }

  /** Returns the JSON body, if any. */
  public Optional<JsonNode> jsonBody() {
    return Optional.ofNullable(json);
  }

  /** Returns the body as text: the JSON rendered, the text body, or the empty string. */
  public String bodyText() {
    if (json != null) {
      return json.toString();
    }
    return text == null ? "" : text;
  }
}
