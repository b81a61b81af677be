package de.kommsync.apply;

import de.kommsync.ApiCalls;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import de.kommsync.spi.UpdateReceipt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** The two systems as one run sees them: every call counted, the two reads issued in parallel. */
final class Sides {

  private final PartySystem partySystem;
  private final Crm crm;
  private final Executor executor;
  private final AtomicInteger partyReads = new AtomicInteger();
  private final AtomicInteger crmReads = new AtomicInteger();
  private final AtomicInteger crmUpdates = new AtomicInteger();
  private final AtomicInteger entryCreates = new AtomicInteger();
  private final AtomicInteger entryUpdates = new AtomicInteger();

  Sides(PartySystem partySystem, Crm crm, Executor executor) {
    this.partySystem = partySystem;
    this.crm = crm;
    this.executor = executor;
  }

  /**
   * Both sides as read, each either a value or the exception its read threw.
   *
   * @param party the party, or null when its read failed
   * @param partyError why the party read failed, or null
   * @param record the record, or null when its read failed
   * @param recordError why the record read failed, or null
   */
  record Both(
      @Nullable PartySnapshot party,
      @Nullable RuntimeException partyError,
      @Nullable CrmRecord record,
      @Nullable RuntimeException recordError) {}

  /**
   * Reads the party on the executor and the record on the calling thread at the same time, and
   * waits for both. The calling thread does one of the reads, so a saturated executor still makes
   * progress.
   */
  Both readBoth(String partyId, String recordId) {
    CompletableFuture<PartySnapshot> party;
    try {
      party = CompletableFuture.supplyAsync(Mdc.carried(() -> readParty(partyId)), executor);
    } catch (RuntimeException e) {
      party = CompletableFuture.failedFuture(e);
    }
    CrmRecord record = null;
    RuntimeException recordError = null;
    try {
      record = readRecord(recordId);
    } catch (RuntimeException e) {
      recordError = e;
    }
    try {
      return new Both(party.join(), null, record, recordError);
    } catch (CompletionException e) {
      return new Both(null, unwrap(e), record, recordError);
    }
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return e;
  }

  PartySnapshot readParty(String partyId) {
    partyReads.incrementAndGet();
    return partySystem.readParty(partyId);
  }

  CrmRecord readRecord(String recordId) {
    crmReads.incrementAndGet();
    return crm.readRecord(recordId);
  }

  UpdateReceipt updateRecord(String recordId, CrmChange change, @Nullable Long version) {
    crmUpdates.incrementAndGet();
    return crm.updateRecord(recordId, change, version);
  }

  PartyEntry createEntry(String partyId, EntryWrite write) {
    entryCreates.incrementAndGet();
    return partySystem.createEntry(partyId, write);
  }

  PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    entryUpdates.incrementAndGet();
    return partySystem.updateEntry(partyId, entryId, write);
  }

  Crm crm() {
    return crm;
  }

  Executor executor() {
    return executor;
  }

  ApiCalls calls() {
    return new ApiCalls(
        partyReads.get(), crmReads.get(), crmUpdates.get(), entryCreates.get(), entryUpdates.get());
  }
}
