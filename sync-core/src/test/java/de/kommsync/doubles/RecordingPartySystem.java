package de.kommsync.doubles;

import de.kommsync.NoSuchPartyException;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory party system that logs every call, tracks how many entry writes are in flight, runs
 * hooks inside calls and injects faults. One party; thread-safe.
 */
public final class RecordingPartySystem implements PartySystem {

  private final String partyId;
  private final CallLog log;
  private final Faults faults;
  private final Map<Long, PartyEntry> entries = new LinkedHashMap<>();
  private final Map<CallKind, Runnable> hooks = new EnumMap<>(CallKind.class);
  private final List<EntryWrite> writes = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private @Nullable String rowId = "PARTY-ROW-1";
  private boolean exists = true;
  private long nextId = 1000;
  private int rowCounter;

  /** Creates a party without entries. */
  public RecordingPartySystem(String partyId, CallLog log, Faults faults) {
    this.partyId = partyId;
    this.log = log;
    this.faults = faults;
  }

  /** Adds an entry as the party system would hold it (kind reported as given). */
  public synchronized RecordingPartySystem entry(long id, String value, String remark) {
    entries.put(id, new PartyEntry(id, "ROW-" + id, value, 0, remark, false));
    return this;
  }

  /** Makes the party answer "not found" from now on. */
  public synchronized void delete() {
    exists = false;
  }

  /** Sets the party's own row id. */
  public synchronized void rowId(@Nullable String value) {
    rowId = value;
  }

  /** Runs a hook inside every call of a kind, before its effect (outside the double's lock). */
  public synchronized void onCall(CallKind kind, Runnable hook) {
    hooks.put(kind, hook);
  }

  /** Returns the entries held now. */
  public synchronized List<PartyEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** Returns an entry held now. */
  public synchronized Optional<PartyEntry> entry(long id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns every write that took effect, in order. */
  public synchronized List<EntryWrite> writes() {
    return List.copyOf(writes);
  }

  /** Returns the entry writes in flight now. */
  public int inFlight() {
    return inFlight.get();
  }

  /** Returns the most entry writes that were ever in flight at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public PartySnapshot readParty(String id) {
    return call(
        CallKind.READ_PARTY,
        id,
        () -> {
          if (!exists || !partyId.equals(id)) {
            throw new NoSuchPartyException(id);
          }
          return new PartySnapshot(partyId, rowId, null, Map.of(), List.copyOf(entries.values()));
        });
  }

  @Override
  public PartyEntry createEntry(String id, EntryWrite write) {
    return write(
        CallKind.CREATE_ENTRY,
        "new",
        () -> {
          long entryId = nextId++;
          PartyEntry entry =
              new PartyEntry(entryId, newRowId(), write.value(), 0, write.remark(), write.online());
          entries.put(entryId, entry);
          writes.add(write);
          return entry;
        });
  }

  @Override
  public PartyEntry updateEntry(String id, long entryId, EntryWrite write) {
    return write(
        CallKind.UPDATE_ENTRY,
        Long.toString(entryId),
        () -> {
          PartyEntry old = entries.get(entryId);
          if (old == null) {
            throw new IllegalStateException("no entry " + entryId);
          }
          PartyEntry entry =
              new PartyEntry(
                  entryId,
                  newRowId(),
                  write.value(),
                  old.kindCode(),
                  write.remark(),
                  write.online());
          entries.put(entryId, entry);
          writes.add(write);
          return entry;
        });
  }

  private String newRowId() {
    return "ROW-W" + (++rowCounter);
  }

  private <T> T write(CallKind kind, String detail, Supplier<T> effect) {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      return call(kind, detail, effect);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private <T> T call(CallKind kind, String detail, Supplier<T> effect) {
    log.add(kind, detail, CallLog.Phase.START);
    try {
      Runnable hook;
      synchronized (this) {
        hook = hooks.get(kind);
      }
      if (hook != null) {
        hook.run();
      }
      Optional<Faults.Fault> fault = faults.next(kind);
      if (fault.isPresent() && fault.get().timing() == Faults.Timing.BEFORE) {
        throw fault.get().error().get();
      }
      T result;
      synchronized (this) {
        result = effect.get();
      }
      if (fault.isPresent()) {
        throw fault.get().error().get();
      }
      return result;
    } finally {
      log.add(kind, detail, CallLog.Phase.END);
    }
  }
}
