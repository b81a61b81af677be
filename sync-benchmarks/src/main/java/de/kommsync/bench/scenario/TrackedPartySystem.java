package de.kommsync.bench.scenario;

import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A party system that hands every call to another one after a fixed latency, counting reads and
 * writes in a {@link CallTracker}. Thread-safe when the delegate is.
 */
public final class TrackedPartySystem implements PartySystem {

  private final PartySystem delegate;
  private final CallTracker tracker;
  private final Latency latency;

  /** Wraps a party system. */
  public TrackedPartySystem(PartySystem delegate, CallTracker tracker, Latency latency) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.latency = Objects.requireNonNull(latency, "latency");
  }

  @Override
  public PartySnapshot readParty(String partyId) {
    return call(CallTracker.Kind.PARTY_READ, () -> delegate.readParty(partyId));
  }

  @Override
  public PartyEntry createEntry(String partyId, EntryWrite write) {
    return call(CallTracker.Kind.ENTRY_CREATE, () -> delegate.createEntry(partyId, write));
  }

  @Override
  public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    return call(CallTracker.Kind.ENTRY_UPDATE, () -> delegate.updateEntry(partyId, entryId, write));
  }

  private <T> T call(CallTracker.Kind kind, Supplier<T> work) {
    int depth = tracker.started(kind);
    try {
      latency.pause();
      return work.get();
    } finally {
      tracker.completed(depth);
    }
  }
}
