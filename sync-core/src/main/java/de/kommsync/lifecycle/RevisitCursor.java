package de.kommsync.lifecycle;

import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The round-robin walk over settled records for one cycle: starts after the stored position, wraps
 * around at the end once, stops when the budget is spent or it comes back to a record it already
 * handed out in this cycle. Not thread-safe: the batch runner consumes it from one thread.
 */
final class RevisitCursor implements Iterator<CrmListRow> {

  /** The most rows a settled-list call may ask for. */
  static final int MAX_PAGE = 200;

  private final Crm crm;
  private final ArrayDeque<CrmListRow> buffer = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private @Nullable String position;
  private int remaining;
  private boolean endOfList;
  private boolean lastFetchFromStart;
  private boolean wrapped;
  private boolean exhausted;

  RevisitCursor(Crm crm, @Nullable String start, int budget) {
    this.crm = crm;
    this.position = start;
    this.remaining = budget;
    this.exhausted = budget == 0;
  }

  /** Returns the position to store: after the last row handed out, or null to start over. */
  @Nullable String position() {
    return buffer.isEmpty() && endOfList ? null : position;
  }

  @Override
  public boolean hasNext() {
    while (!exhausted && buffer.isEmpty()) {
      fill();
    }
    if (exhausted) {
      return false;
    }
    if (seen.contains(buffer.peek().id())) {
      exhausted = true;
      return false;
    }
    return true;
  }

  @Override
  public CrmListRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CrmListRow row = buffer.poll();
    seen.add(row.id());
    position = row.id();
    remaining--;
    exhausted = remaining == 0;
    return row;
  }

  private void fill() {
    if (endOfList) {
      if (wrapped || lastFetchFromStart) {
        exhausted = true;
        return;
      }
      wrapped = true;
      position = null;
      endOfList = false;
    }
    lastFetchFromStart = position == null;
    CrmPage page = crm.listSettled(position, Math.min(MAX_PAGE, remaining));
    buffer.addAll(page.rows());
    endOfList = page.next() == null || page.rows().isEmpty();
  }
}
