package de.kommsync.spi;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a CRM list query.
 *
 * @param rows the rows of this page, at most the page size asked for
 * @param next the token for the next page, or null on the last page
 */
public record CrmPage(List<CrmListRow> rows, @Nullable String next) {

  /** Copies the rows. */
  public CrmPage {
    rows = List.copyOf(rows);
  }

  /** Returns the token of the next page, or empty on the last page. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(next);
  }
}
