package de.kommsync;

import org.jspecify.annotations.Nullable;

/** A system refused the credentials (401 or 403 on authentication). Never carries a secret. */
public class AuthenticationException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AuthenticationException(String message, int status) {
    this(message, status, null);
  }

  /**
   * Creates the exception with the server's short reason text.
   *
   * @param message what failed, with ids, without secrets
   * @param status the HTTP status (401 or 403)
   * @param reason the server's reason text (for example {@code No edit access.}), or null
   */
  public AuthenticationException(String message, int status, @Nullable String reason) {
    super(message, status, false, false, reason, null);
  }
}
