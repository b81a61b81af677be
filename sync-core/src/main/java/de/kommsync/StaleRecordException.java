package de.kommsync;

/**
 * The CRM refused an update because the record changed since it was read (optimistic concurrency,
 * EspoCRM's 409 {@code modified}). The engine re-reads and re-plans once.
 */
public class StaleRecordException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for a record id. */
  public StaleRecordException(String recordId) {
    super(
        "CRM record " + recordId + " changed since it was read",
        409,
        false,
        false,
        "modified",
        null);
  }
}
