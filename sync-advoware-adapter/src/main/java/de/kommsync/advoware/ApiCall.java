package de.kommsync.advoware;

import de.kommsync.RemoteCallException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One call of the Advoware API.
 *
 * @param method the HTTP method
 * @param path the path below the base URL, without a leading slash
 * @param body the JSON body, or null for none
 * @param kind how the call may be repeated
 * @param what what is called, with ids only, for messages and logs
 * @param notFound the exception for a 404, or null to map it like any other status
 */
record ApiCall(
    String method,
    String path,
    byte @Nullable [] body,
    CallKind kind,
    String what,
    @Nullable Supplier<RemoteCallException> notFound) {

  /** Checks the arguments. */
  ApiCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
  }
}
