package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

  /**
   * Reads a list request's query parameters as EspoCRM does: {@code where[i][type]}, {@code
   * where[i][attribute]}, {@code where[i][value]} and {@code where[i][value][]} (nested groups as
   * {@code where[i][value][j][...]}), {@code select} (comma-separated), {@code orderBy}, {@code
   * order} ({@code asc}/{@code desc}), {@code offset} and {@code maxSize} (default 200). For a fake
   * HTTP server on top of {@link EspoCrmSimulation}. Other parameters are ignored.
   *
   * @param parameters the decoded name/value pairs, in request order
   * @return the query
   * @throws IllegalArgumentException when a number or the where structure is malformed (EspoCRM
   *     answers 400)
   */
  public static ListQuery fromParameters(List<Map.Entry<String, String>> parameters) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    List<String> select = List.of();
    String orderBy = null;
    boolean ascending = false;
    int offset = 0;
    int maxSize = MAX_SIZE;
    for (Map.Entry<String, String> parameter : parameters) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (name.startsWith("where[")) {
        put(root, tokens(name.substring("where".length())), value);
      } else {
        switch (name) {
          case "select" -> select = List.of(value.split(","));
          case "orderBy" -> orderBy = value;
          case "order" -> ascending = value.equalsIgnoreCase("asc");
          case "offset" -> offset = number(value);
          case "maxSize" -> maxSize = number(value);
          default -> {}
        }
      }
    }
    JsonNode where = root.isEmpty() ? JsonNodeFactory.instance.arrayNode() : arrays(root);
    if (!where.isArray()) {
      throw new IllegalArgumentException("malformed where parameter");
    }
    return new ListQuery(where, select, orderBy, ascending, offset, maxSize);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + text, e);
    }
  }

  private static List<String> tokens(String brackets) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < brackets.length()) {
      int close = brackets.indexOf(']', i);
      if (brackets.charAt(i) != '[' || close < 0) {
        throw new IllegalArgumentException("malformed where parameter");
      }
      tokens.add(brackets.substring(i + 1, close));
      i = close + 1;
    }
    return tokens;
  }

  private static void put(ObjectNode node, List<String> path, String value) {
    ObjectNode current = node;
    for (int i = 0; i < path.size() - 1; i++) {
      String token = path.get(i);
      if (path.get(i + 1).isEmpty()) {
        JsonNode list = current.get(token);
        ArrayNode array = list instanceof ArrayNode a ? a : current.putArray(token);
        array.add(value);
        return;
      }
      JsonNode child = current.get(token);
      current = child instanceof ObjectNode o ? o : current.putObject(token);
    }
    current.put(path.get(path.size() - 1), value);
  }

  private static JsonNode arrays(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      array.forEach(element -> out.add(arrays(element)));
      return out;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    Map<String, JsonNode> fields = new TreeMap<>();
    object.properties().forEach(e -> fields.put(e.getKey(), arrays(e.getValue())));
    if (!fields.isEmpty() && fields.keySet().stream().allMatch(k -> k.matches("[0-9]{1,9}"))) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      fields.entrySet().stream()
          .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey())))
          .forEach(e -> out.add(e.getValue()));
      return out;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    object.properties().forEach(e -> out.set(e.getKey(), fields.get(e.getKey())));
    return out;
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
