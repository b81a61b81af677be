package de.kommsync.spi;

import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The CRM role (EspoCRM): records with an e-mail list and a phone list, each item with its own
 * flags, plus sync-state fields.
 *
 * <p>Implementations must be safe for use by several threads at once. Failures are reported as
 * {@link de.kommsync.RemoteCallException}s; reads and updates may be retried by the implementation
 * on transient faults.
 */
public interface Crm {

  /**
   * Returns the instance's rules. Implementations read them once and cache them.
   *
   * @return the rules, never null
   */
  CrmRules rules();

  /**
   * Reads a record with both value lists and its sync state.
   *
   * @param recordId the record id
   * @return the record as stored now
   * @throws de.kommsync.NoSuchRecordException when the record does not exist
   */
  CrmRecord readRecord(String recordId);

  /**
   * Updates a record in one call. The engine never calls this with an empty change.
   *
   * @param recordId the record id
   * @param change the lists and sync-state fields to write
   * @param expectedVersion the version read, sent for optimistic concurrency when not null
   * @return the receipt with the record's new version, if any
   * @throws de.kommsync.StaleRecordException when the version is stale
   * @throws de.kommsync.RejectedWriteException when the CRM refuses a value
   */
  UpdateReceipt updateRecord(String recordId, CrmChange change, @Nullable Long expectedVersion);

  /**
   * Lists the records that are due for a sync at {@code now}: status {@code pending_sync} or {@code
   * dirty}; {@code failed} with a next-retry time at or before {@code now} (or none); {@code
   * permanently_failed} with an auto-reset time at or before {@code now}; {@code syncing} last
   * changed at or before {@code staleSyncingBefore}. Ordered by id.
   *
   * @param now the scheduler's current time
   * @param staleSyncingBefore a {@code syncing} record changed at or before this time is stale
   * @param pageToken null for the first page, else the token of the previous page
   * @return one page
   */
  CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken);

  /**
   * Lists settled records (status {@code clean} or {@code conflict}) with an id greater than {@code
   * afterId}, ordered by id, for the scheduler's round-robin revisit.
   *
   * @param afterId null to start from the first record
   * @param limit the most rows to return, 1 to 200
   * @return one page; its {@code next} token is the last row's id, or null at the end
   */
  CrmPage listSettled(@Nullable String afterId, int limit);
}
