package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A list request to {@link EspoCrmSimulation#list}: EspoCRM's list parameters (research/
 * espocrm-api.md §2 "List parameters") in their JSON search-parameter form.
 *
 * @param where the where items, an array (empty for all records)
 * @param select the attributes to return besides {@code id}; empty for all
 * @param orderBy the attribute to sort by, or null for EspoCRM's default ({@code createdAt})
 * @param ascending the sort direction; EspoCRM's default is descending
 * @param offset the rows to skip, 0 or more
 * @param maxSize the most rows to return; EspoCRM answers 403 above 200
 */
public record ListQuery(
    JsonNode where,
    List<String> select,
    @Nullable String orderBy,
    boolean ascending,
    int offset,
    int maxSize) {

  /** The largest {@code maxSize} EspoCRM accepts ({@code recordListMaxSizeLimit}). */
  public static final int MAX_SIZE = 200;

  /** Checks the arguments and copies the list. */
  public ListQuery {
    Objects.requireNonNull(where, "where");
    select = List.copyOf(select);
    if (offset < 0 || maxSize < 0) {
      throw new IllegalArgumentException("offset and maxSize must not be negative");
    }
  }

  /** Returns a query for all records, sorted by id ascending, at most 200 rows. */
  public static ListQuery all() {
    return new ListQuery(JsonNodeFactory.instance.arrayNode(), List.of(), "id", true, 0, MAX_SIZE);
  }

  /** Returns a copy with another where array. */
  public ListQuery withWhere(JsonNode newWhere) {
    return new ListQuery(newWhere, select, orderBy, ascending, offset, maxSize);
  }

  /** Returns a copy with another select list. */
  public ListQuery withSelect(List<String> newSelect) {
    return new ListQuery(where, newSelect, orderBy, ascending, offset, maxSize);
  }

  /** Returns a copy with another offset and page size. */
  public ListQuery withPage(int newOffset, int newMaxSize) {
    return new ListQuery(where, select, orderBy, ascending, newOffset, newMaxSize);
  }
}
