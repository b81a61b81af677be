package de.kommsync.lock.shedlock;

import de.kommsync.SyncException;

/**
 * The lock store could not be asked for a lock (database down, table missing, ...). The party's
 * turn does not run; the cause tells what the store reported.
 */
public class LockStoreException extends SyncException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a lock key.
   *
   * @param key the lock key
   * @param cause what the lock provider threw
   */
  public LockStoreException(String key, Throwable cause) {
    super("the lock store failed to lock key " + key, cause);
  }
}
