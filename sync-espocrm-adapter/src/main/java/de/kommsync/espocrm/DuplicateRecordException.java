package de.kommsync.espocrm;

import de.kommsync.RemoteCallException;

/**
 * EspoCRM refused a write because its duplicate check found a matching record (409 with {@code
 * X-Status-Reason: duplicate}, research/espocrm-api.md §2). On update this happens only when the
 * entity has the duplicate check on update enabled. A retry of the same write cannot help.
 */
public class DuplicateRecordException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param recordId the record the write was aimed at
   */
  public DuplicateRecordException(String recordId) {
    super(
        "EspoCRM refused the write to record " + recordId + " as a duplicate",
        409,
        false,
        false,
        "duplicate",
        null);
  }
}
