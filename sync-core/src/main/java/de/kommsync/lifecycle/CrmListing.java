package de.kommsync.lifecycle;

import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lazy iteration over the CRM's list queries: a page is fetched only when the rows before it have
 * been taken, so at most one page is held in memory.
 */
public final class CrmListing {

  private CrmListing() {}

  /**
   * Iterates over the records due at {@code now} (see {@link Crm#listDue}). The scheduler works on
   * the rows while it pages, so the CRM's page token must be a position that stays valid while
   * records leave the due set (for example the last id seen), not an offset.
   *
   * @param crm the CRM
   * @param now the current time
   * @param staleSyncingBefore a {@code syncing} record changed at or before this time is stale
   * @return the rows, fetched page by page as they are taken
   */
  public static Iterator<CrmListRow> due(Crm crm, Instant now, Instant staleSyncingBefore) {
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(staleSyncingBefore, "staleSyncingBefore");
    return new Paged(token -> crm.listDue(now, staleSyncingBefore, token));
  }

  /** Pages through a token-based list query. */
  private static final class Paged implements Iterator<CrmListRow> {
    private final Function<@Nullable String, CrmPage> fetch;
    private final ArrayDeque<CrmListRow> buffer = new ArrayDeque<>();
    private @Nullable String token;
    private boolean lastPage;

    Paged(Function<@Nullable String, CrmPage> fetch) {
      this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && !lastPage) {
        CrmPage page = fetch.apply(token);
        buffer.addAll(page.rows());
        token = page.next();
        lastPage = token == null || page.rows().isEmpty();
      }
      return !buffer.isEmpty();
    }

    @Override
    public CrmListRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.poll();
    }
  }
}
