package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The party endpoints of {@link FakeAdvowareServer}: routes a request to the {@link
 * AdvowareSimulation} and turns its answer into an HTTP answer. Requests with a body must declare
 * JSON ({@code 415} otherwise) and carry valid JSON ({@code 400} otherwise). Thread-safe as the
 * simulation is.
 */
final class FakeAdvowareRoutes {

  /**
   * An HTTP answer.
   *
   * @param status the status, or 0 to answer nothing and close the connection
   * @param body the body text
   * @param headers extra response headers
   */
  record Answer(int status, String body, Map<String, String> headers) {

    Answer {
      Objects.requireNonNull(body, "body");
      headers = Map.copyOf(headers);
    }

    static Answer of(int status, String body) {
      return new Answer(status, body, Map.of());
    }

    /** Returns the content type: JSON for a body that starts like JSON, else plain text. */
    String contentType() {
      String start = body.stripLeading();
      boolean json = start.startsWith("{") || start.startsWith("[");
      return json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
    }
  }

  private static final Pattern PARTY = Pattern.compile("/api/v1/advonet/Beteiligte/([0-9]{1,18})");
  private static final Pattern ENTRIES =
      Pattern.compile("/api/v1/advonet/Beteiligte/([0-9]{1,18})/Kommunikationen");
  private static final Pattern ENTRY =
      Pattern.compile("/api/v1/advonet/Beteiligte/([0-9]{1,18})/Kommunikationen/([0-9]{1,18})");

  private final AdvowareSimulation simulation;
  private final ObjectMapper mapper = new ObjectMapper();

  FakeAdvowareRoutes(AdvowareSimulation simulation) {
    this.simulation = simulation;
  }

  /**
   * Answers an API request.
   *
   * @param method the HTTP method
   * @param path the path below the API base, starting with {@code /api/v1/}
   * @param contentType the request's content type, or null
   * @param body the request body
   * @return the answer
   */
  Answer answer(String method, String path, @Nullable String contentType, byte[] body) {
    Matcher party = PARTY.matcher(path);
    if (party.matches()) {
      return method.equals("GET") ? answer(simulation.getParty(number(party, 1))) : notAllowed();
    }
    Matcher entries = ENTRIES.matcher(path);
    if (entries.matches()) {
      if (!method.equals("POST")) {
        return notAllowed();
      }
      return withJson(contentType, body, json -> simulation.createEntry(number(entries, 1), json));
    }
    Matcher entry = ENTRY.matcher(path);
    if (entry.matches()) {
      return entry(method, number(entry, 1), number(entry, 2), contentType, body);
    }
    return Answer.of(404, "Not Found");
  }

  private Answer entry(
      String method, long betNr, long entryId, @Nullable String contentType, byte[] body) {
    switch (method) {
      case "PUT":
        return withJson(contentType, body, json -> simulation.updateEntry(betNr, entryId, json));
      case "DELETE":
        return answer(simulation.deleteEntry(betNr, entryId));
      default:
        return notAllowed();
    }
  }

  private Answer withJson(
      @Nullable String contentType, byte[] body, Function<JsonNode, SimulatedResponse> action) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Answer.of(415, "Unsupported Media Type");
    }
    JsonNode json;
    try {
      json = mapper.readTree(body);
    } catch (IOException e) {
      return Answer.of(400, "Ungültige Anfrage: der Inhalt ist kein JSON.");
    }
    if (json == null || json.isMissingNode()) {
      return Answer.of(400, "Ungültige Anfrage: der Inhalt ist leer.");
    }
    return answer(action.apply(json));
  }

  private static Answer answer(SimulatedResponse response) {
    return Answer.of(response.status(), response.bodyText());
  }

  private static Answer notAllowed() {
    return Answer.of(405, "Method Not Allowed");
  }

  private static long number(Matcher matcher, int group) {
    return Long.parseLong(matcher.group(group));
  }
}
