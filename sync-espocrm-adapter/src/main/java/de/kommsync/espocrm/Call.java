package de.kommsync.espocrm;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One API call: what it does (for messages and logs: ids only, never values), the method, the path
 * below {@code /api/v1} and the encoded query, the body of a write and the record it concerns.
 *
 * @param what a short description with ids, for example {@code read of CBeteiligte record abc}
 * @param method {@code GET} or {@code PUT}
 * @param path the path after {@code /api/v1}, starting with a slash, already encoded
 * @param query the encoded query string without {@code ?}, or empty
 * @param body the JSON body of a write, or null for a read
 * @param version the {@code X-Version-Number} to send, or null
 * @param recordId the record the call concerns, or null for lists and settings
 */
record Call(
    String what,
    String method,
    String path,
    String query,
    byte @Nullable [] body,
    @Nullable Long version,
    @Nullable String recordId) {

  Call {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
  }

  /** Returns a read call. */
  static Call get(String what, String path, String query, @Nullable String recordId) {
    return new Call(what, "GET", path, query, null, null, recordId);
  }

  /** Returns an update call. */
  static Call put(String what, String path, byte[] body, @Nullable Long version, String recordId) {
    return new Call(what, "PUT", path, "", body.clone(), version, recordId);
  }

  /** Returns whether the call writes (and may take effect although its answer is lost). */
  boolean writes() {
    return !"GET".equals(method);
  }
}
