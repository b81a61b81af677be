package de.kommsync;

/** The CRM answered that the record does not exist. */
public class NoSuchRecordException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for a record id. */
  public NoSuchRecordException(String recordId) {
    super("CRM record " + recordId + " does not exist", 404, false, false, null, null);
  }
}
