package de.kommsync.lifecycle;

import de.kommsync.RemoteCallException;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Crm} that takes a permit from a {@link TokenBucket} before every record read, update and
 * list call, so that all runs sharing the bucket stay within the CRM's request rate. {@link
 * #rules()} is passed through without a permit: adapters read the rules once and cache them.
 *
 * <p>A wait that is interrupted fails the call before it is sent: a retryable {@link
 * RemoteCallException} without status, with the thread's interrupt flag set again.
 */
public final class RateLimitedCrm implements Crm {

  private final Crm delegate;
  private final TokenBucket bucket;

  /**
   * Wraps a CRM.
   *
   * @param delegate the CRM that makes the calls
   * @param bucket the bucket shared by every caller of that CRM
   */
  public RateLimitedCrm(Crm delegate, TokenBucket bucket) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  @Override
  public CrmRules rules() {
    return delegate.rules();
  }

  @Override
  public CrmRecord readRecord(String recordId) {
    RateLimits.await(bucket, "record read " + recordId);
    return delegate.readRecord(recordId);
  }

  @Override
  public UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    RateLimits.await(bucket, "record update " + recordId);
    return delegate.updateRecord(recordId, change, expectedVersion);
  }

  @Override
  public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    RateLimits.await(bucket, "due list");
    return delegate.listDue(now, staleSyncingBefore, pageToken);
  }

  @Override
  public CrmPage listSettled(@Nullable String afterId, int limit) {
    RateLimits.await(bucket, "settled list");
    return delegate.listSettled(afterId, limit);
  }
}
