package de.kommsync;

/** The party system answered that the party does not exist (deleted there). */
public class NoSuchPartyException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for a party id. */
  public NoSuchPartyException(String partyId) {
    super(
        "party " + partyId + " does not exist in the party system", 404, false, false, null, null);
  }
}
