package de.kommsync.bench.scenario;

/**
 * The fewest calls and round trips a run can make for a scenario (SPEC section 9): two reads issued
 * together, at most one CRM update, one write per entry that must change, entry writes in parallel
 * (a move's blanking after its new entry), and one more read before the update where the CRM has no
 * optimistic concurrency. Verification is not part of the budget: it adds two reads and one round
 * trip to a run that wrote something.
 *
 * @param reads the reads (2, or 3 without optimistic concurrency)
 * @param crmUpdates the CRM updates (0 or 1)
 * @param entryWrites the entry creates and updates
 * @param roundTrips the round trips
 */
public record Budget(int reads, int crmUpdates, int entryWrites, int roundTrips) {

  /** Checks the counts. */
  public Budget {
    if (reads < 2 || crmUpdates < 0 || crmUpdates > 1 || entryWrites < 0 || roundTrips < 1) {
      throw new IllegalArgumentException("not a possible budget");
    }
  }

  /** Returns the calls of the budget. */
  public int calls() {
    return reads + crmUpdates + entryWrites;
  }

  /** Returns whether a run within this budget writes anything. */
  public boolean writes() {
    return crmUpdates + entryWrites > 0;
  }
}
