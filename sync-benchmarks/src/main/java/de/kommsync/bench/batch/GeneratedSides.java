package de.kommsync.bench.batch;

import de.kommsync.NoSuchRecordException;
import de.kommsync.bench.data.SyntheticParty;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Both sides for any number of parties without storing them: party {@code n} and its record are
 * generated from one template on every read (six entries, a fifth changed on each side, so every
 * run writes), and writes are counted and dropped. The sides' memory therefore does not grow with
 * the number of parties, and a batch's heap shows what the engine and the batch keep. Every party
 * is listed as due ({@code dirty}). Thread-safe.
 */
public final class GeneratedSides {

  private static final int PAGE = 200;

  private final long parties;
  private final SyntheticParty template = SyntheticParty.of(6, SyntheticParty.Shape.CHANGED);
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();

  /**
   * Creates the sides.
   *
   * @param parties how many parties exist, numbered 1 to {@code parties}
   */
  public GeneratedSides(long parties) {
    if (parties < 1) {
      throw new IllegalArgumentException("parties must be 1 or more");
    }
    this.parties = parties;
  }

  /** Returns the CRM record id of party {@code n}. */
  public static String recordId(long n) {
    return String.format("g%016d", n);
  }

  /** Returns the number of reads served. */
  public long reads() {
    return reads.get();
  }

  /** Returns the number of writes received. */
  public long writes() {
    return writes.get();
  }

  /** Returns the party system. */
  public PartySystem partySystem() {
    return new PartySystem() {
      @Override
      public PartySnapshot readParty(String partyId) {
        reads.incrementAndGet();
        PartySnapshot t = template.party();
        return new PartySnapshot(partyId, t.rowId(), null, Map.of(), t.entries());
      }

      @Override
      public PartyEntry createEntry(String partyId, EntryWrite write) {
        return written(-1, write);
      }

      @Override
      public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
        return written(entryId, write);
      }
    };
  }

  private PartyEntry written(long entryId, EntryWrite write) {
    writes.incrementAndGet();
    return new PartyEntry(
        entryId, "W", write.value(), write.kind().code(), write.remark(), write.online());
  }

  /** Returns the CRM. */
  public Crm crm() {
    return new Crm() {
      @Override
      public CrmRules rules() {
        return template.rules();
      }

      @Override
      public CrmRecord readRecord(String recordId) {
        reads.incrementAndGet();
        long n = number(recordId);
        CrmRecord t = template.record();
        return new CrmRecord(
            recordId, Long.toString(n), t.emails(), t.phones(), t.state(), null, t.version());
      }

      @Override
      public UpdateReceipt updateRecord(
          String recordId, CrmChange change, @Nullable Long expectedVersion) {
        writes.incrementAndGet();
        return new UpdateReceipt(expectedVersion == null ? null : expectedVersion + 1);
      }

      @Override
      public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
        long first = pageToken == null ? 1 : number(pageToken) + 1;
        List<CrmListRow> rows = new ArrayList<>();
        SyncState dirty =
            new SyncState(SyncStatus.DIRTY, 0, null, null, null, Instant.EPOCH, null, null);
        for (long n = first; n <= parties && rows.size() < PAGE; n++) {
          rows.add(new CrmListRow(recordId(n), Long.toString(n), dirty, null));
        }
        long last = first + rows.size() - 1;
        return new CrmPage(rows, last < parties ? recordId(last) : null);
      }

      @Override
      public CrmPage listSettled(@Nullable String afterId, int limit) {
        return new CrmPage(List.of(), null);
      }
    };
  }

  private long number(String recordId) {
    long n;
    try {
      n = Long.parseLong(recordId.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new NoSuchRecordException(recordId);
    }
    if (n < 1 || n > parties) {
      throw new NoSuchRecordException(recordId);
    }
    return n;
  }
}
