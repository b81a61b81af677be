package de.kommsync.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as a fake HTTP server received it, for assertions in tests. Holds the headers as sent,
 * secrets included: never log a recorded request.
 *
 * @param method the HTTP method
 * @param path the path below the API base ({@code /api/v1}), for example {@code /CBeteiligte/abc}
 * @param query the raw query string, still URL-encoded, or empty
 * @param headers the headers by lower-case name
 * @param body the body as text (UTF-8), empty when none
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  /** Checks the arguments and copies the headers with lower-case names. */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(body, "body");
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Map.copyOf(lower);
  }

  /** Returns the first value of a header, looked up without regard to case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns a text with method and path only: headers may hold secrets, the body personal data. */
  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + "]";
  }
}
