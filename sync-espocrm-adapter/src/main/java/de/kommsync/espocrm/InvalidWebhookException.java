package de.kommsync.espocrm;

import de.kommsync.SyncException;

/**
 * A webhook delivery was refused: its signature does not match, or its body is not the batch
 * EspoCRM sends. The message never carries the body, the signature or the secret.
 */
public class InvalidWebhookException extends SyncException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InvalidWebhookException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public InvalidWebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
