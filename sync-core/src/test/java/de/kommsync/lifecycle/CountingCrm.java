package de.kommsync.lifecycle;

import de.kommsync.NoSuchRecordException;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A CRM double holding list rows only: it lists due and settled records by the SPI's contract with
 * keyset page tokens, applies state updates, and counts every call.
 */
final class CountingCrm implements Crm {

  final AtomicInteger reads = new AtomicInteger();
  final AtomicInteger dueLists = new AtomicInteger();
  final AtomicInteger settledLists = new AtomicInteger();
  final List<String> updates = Collections.synchronizedList(new ArrayList<>());
  final List<Instant> staleBeforeSeen = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, CrmListRow> rows = new TreeMap<>();
  private final int duePageSize;

  CountingCrm(int duePageSize) {
    this.duePageSize = duePageSize;
  }

  synchronized void put(CrmListRow row) {
    rows.put(row.id(), row);
  }

  synchronized CrmListRow row(String id) {
    return rows.get(id);
  }

  synchronized void setState(String id, SyncState state, @Nullable Instant modifiedAt) {
    CrmListRow old = rows.get(id);
    rows.put(id, new CrmListRow(id, old.partyId(), state, modifiedAt));
  }

  @Override
  public CrmRules rules() {
    throw new AssertionError("the lifecycle never asks for the rules");
  }

  @Override
  public synchronized CrmRecord readRecord(String recordId) {
    reads.incrementAndGet();
    CrmListRow row = rows.get(recordId);
    if (row == null) {
      throw new NoSuchRecordException(recordId);
    }
    return new CrmRecord(
        row.id(), row.partyId(), List.of(), List.of(), row.state(), row.modifiedAt(), null);
  }

  @Override
  public synchronized UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    updates.add(recordId + " " + new TreeSet<>(change.stateFields()));
    CrmListRow row = rows.get(recordId);
    SyncState s = row.state();
    SyncState n = change.state();
    var f = change.stateFields();
    SyncState merged =
        new SyncState(
            f.contains(SyncField.STATUS) ? n.status() : s.status(),
            f.contains(SyncField.RETRY_COUNT) ? n.retryCount() : s.retryCount(),
            f.contains(SyncField.NEXT_RETRY) ? n.nextRetry() : s.nextRetry(),
            f.contains(SyncField.AUTO_RESET_AT) ? n.autoResetAt() : s.autoResetAt(),
            f.contains(SyncField.ERROR_MESSAGE) ? n.errorMessage() : s.errorMessage(),
            f.contains(SyncField.LAST_SYNC) ? n.lastSync() : s.lastSync(),
            f.contains(SyncField.PARTY_ROW_ID) ? n.partyRowId() : s.partyRowId(),
            f.contains(SyncField.HASH) ? n.hash() : s.hash());
    rows.put(recordId, new CrmListRow(recordId, row.partyId(), merged, row.modifiedAt()));
    return new UpdateReceipt(null);
  }

  @Override
  public synchronized CrmPage listDue(
      Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    dueLists.incrementAndGet();
    staleBeforeSeen.add(staleSyncingBefore);
    return page(row -> isDue(row, now, staleSyncingBefore), pageToken, duePageSize);
  }

  @Override
  public synchronized CrmPage listSettled(@Nullable String afterId, int limit) {
    settledLists.incrementAndGet();
    return page(
        row ->
            row.state().status() == SyncStatus.CLEAN || row.state().status() == SyncStatus.CONFLICT,
        afterId,
        limit);
  }

  private CrmPage page(Predicate<CrmListRow> filter, @Nullable String afterId, int limit) {
    List<CrmListRow> matching =
        rows.values().stream()
            .filter(row -> afterId == null || row.id().compareTo(afterId) > 0)
            .filter(filter)
            .toList();
    List<CrmListRow> page = matching.subList(0, Math.min(limit, matching.size()));
    String next = matching.size() > limit ? page.get(page.size() - 1).id() : null;
    return new CrmPage(page, next);
  }

  private static boolean isDue(CrmListRow row, Instant now, Instant staleBefore) {
    SyncState s = row.state();
    if (s.status() == null) {
      return false;
    }
    return switch (s.status()) {
      case PENDING_SYNC, DIRTY -> true;
      case FAILED -> s.nextRetry() == null || !s.nextRetry().isAfter(now);
      case PERMANENTLY_FAILED -> s.autoResetAt() != null && !s.autoResetAt().isAfter(now);
      case SYNCING -> row.modifiedAt() != null && !row.modifiedAt().isAfter(staleBefore);
      default -> false;
    };
  }
}
