package de.kommsync.lifecycle;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the scheduler's round-robin position between cycles: the id of the last settled record it
 * revisited. The position is the scheduler's own state, never a field of a CRM record, so a revisit
 * that finds nothing writes nothing to the CRM. Implement it over a file or a database table to
 * keep the position across restarts; {@link InMemoryCursorStore} keeps it for the life of the JVM.
 *
 * <p>Implementations must be safe for use by several threads.
 */
public interface CursorStore {

  /**
   * Returns the stored position.
   *
   * @return the id after which the next revisit starts, or empty to start from the first record
   */
  Optional<String> load();

  /**
   * Stores the position.
   *
   * @param afterId the id after which the next revisit starts, or null to start from the first
   */
  void save(@Nullable String afterId);
}
