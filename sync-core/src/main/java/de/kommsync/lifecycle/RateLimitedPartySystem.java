package de.kommsync.lifecycle;

import de.kommsync.RemoteCallException;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.Objects;

/**
 * A {@link PartySystem} that takes a permit from a {@link TokenBucket} before every call, so that
 * all runs sharing the bucket stay within the system's request rate. Build the engine and the
 * scheduler over the same instance.
 *
 * <p>A wait that is interrupted fails the call before it is sent: a retryable {@link
 * RemoteCallException} without status, with the thread's interrupt flag set again.
 */
public final class RateLimitedPartySystem implements PartySystem {

  private final PartySystem delegate;
  private final TokenBucket bucket;

  /**
   * Wraps a party system.
   *
   * @param delegate the party system that makes the calls
   * @param bucket the bucket shared by every caller of that system
   */
  public RateLimitedPartySystem(PartySystem delegate, TokenBucket bucket) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  @Override
  public PartySnapshot readParty(String partyId) {
    RateLimits.await(bucket, "party read " + partyId);
    return delegate.readParty(partyId);
  }

  @Override
  public PartyEntry createEntry(String partyId, EntryWrite write) {
    RateLimits.await(bucket, "entry create for party " + partyId);
    return delegate.createEntry(partyId, write);
  }

  @Override
  public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    RateLimits.await(bucket, "entry update " + entryId + " of party " + partyId);
    return delegate.updateEntry(partyId, entryId, write);
  }
}
