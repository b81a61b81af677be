package de.kommsync.lifecycle;

/**
 * The host's own master-data step (names, addresses and the like), run under the party's lock right
 * before the communication sync. The library supplies {@link ChangeComparison} for deciding which
 * side's data wins; reading and writing the master data is the host's business.
 *
 * <p>An exception thrown by the step ends the party's turn: the communication sync does not run,
 * the lock is released and the exception reaches the caller.
 */
@FunctionalInterface
public interface MasterDataStep {

  /**
   * Runs the step for one party.
   *
   * @param context the party, the time and the comparison to use
   * @return whether the communication sync goes on, and with which party id
   */
  MasterDataResult apply(MasterDataContext context);
}
