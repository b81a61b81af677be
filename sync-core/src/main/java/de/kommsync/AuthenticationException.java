package de.kommsync;

/** A system refused the credentials (401 or 403 on authentication). Never carries a secret. */
public class AuthenticationException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AuthenticationException(String message, int status) {
    super(message, status, false, false, null, null);
  }
}
