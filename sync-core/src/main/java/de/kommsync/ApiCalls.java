package de.kommsync;

/**
 * The calls one run made, counted by the engine per kind; a failed call counts too. Cached calls
 * (the CRM's rules, the party system's token) are not counted.
 *
 * @param partyReads reads of the party
 * @param crmReads reads of the CRM record
 * @param crmUpdates updates of the CRM record
 * @param entryCreates entries created in the party system
 * @param entryUpdates entries updated in the party system
 */
public record ApiCalls(
    int partyReads, int crmReads, int crmUpdates, int entryCreates, int entryUpdates) {

  /** No calls at all. */
  public static final ApiCalls NONE = new ApiCalls(0, 0, 0, 0, 0);

  /** Checks that no count is negative. */
  public ApiCalls {
    if (partyReads < 0 || crmReads < 0 || crmUpdates < 0 || entryCreates < 0 || entryUpdates < 0) {
      throw new IllegalArgumentException("call counts must not be negative");
    }
  }

  /** Returns the number of calls of every kind together. */
  public int total() {
    return partyReads + crmReads + crmUpdates + entryCreates + entryUpdates;
  }

  /** Returns the number of writes (CRM updates and entry writes). */
  public int writes() {
    return crmUpdates + entryCreates + entryUpdates;
  }
}
