package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Evaluates EspoCRM {@code where} items (the search-parameter form, research/espocrm-api.md §2
 * "List parameters") against one list row. Supports {@code equals}, {@code notEquals}, {@code in},
 * {@code notIn}, {@code isNull}, {@code isNotNull}, {@code isTrue}, {@code isFalse}, the four
 * comparisons and the groups {@code and}/{@code or}. Times compare as their raw UTC strings, as
 * EspoCRM compares them (samples/espocrm-exchanges-9.3.4.md, "Due-list query"); a null attribute
 * matches only {@code isNull} and the negations, as in SQL.
 */
final class WhereFilter {

  private WhereFilter() {}

  /** Thrown for an item EspoCRM would refuse with 400. */
  static final class BadWhereException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadWhereException(String message) {
      super(message);
    }
  }

  /** Returns whether the row matches every item of the where array. */
  static boolean matches(JsonNode row, JsonNode where) {
    if (where == null || where.isNull() || where.isMissingNode()) {
      return true;
    }
    if (!where.isArray()) {
      throw new BadWhereException("where is not an array");
    }
    for (JsonNode item : where) {
      if (!item(row, item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean item(JsonNode row, JsonNode item) {
    String type = item.path("type").asText("");
    JsonNode value = item.path("value");
    switch (type) {
      case "and":
        return matches(row, value);
      case "or":
        for (JsonNode sub : value) {
          if (item(row, sub)) {
            return true;
          }
        }
        return false;
      default:
        return leaf(row.path(item.path("attribute").asText("")), type, value);
    }
  }

  private static boolean leaf(JsonNode actual, String type, JsonNode value) {
    boolean isNull = actual.isNull() || actual.isMissingNode();
    switch (type) {
      case "isNull":
        return isNull;
      case "isNotNull":
        return !isNull;
      case "isTrue":
        return actual.isBoolean() && actual.booleanValue();
      case "isFalse":
        return !isNull && actual.isBoolean() && !actual.booleanValue();
      case "equals":
        return !isNull && compare(actual, value) == 0;
      case "notEquals":
        return isNull || compare(actual, value) != 0;
      case "in":
        return !isNull && contains(actual, value);
      case "notIn":
        return isNull || !contains(actual, value);
      case "lessThan":
        return !isNull && compare(actual, value) < 0;
      case "lessThanOrEquals":
        return !isNull && compare(actual, value) <= 0;
      case "greaterThan":
        return !isNull && compare(actual, value) > 0;
      case "greaterThanOrEquals":
        return !isNull && compare(actual, value) >= 0;
      default:
        throw new BadWhereException("unknown where type " + type);
    }
  }

  private static boolean contains(JsonNode actual, JsonNode values) {
    for (JsonNode value : values) {
      if (compare(actual, value) == 0) {
        return true;
      }
    }
    return false;
  }

  private static int compare(JsonNode actual, JsonNode value) {
    Optional<BigDecimal> left = number(actual);
    Optional<BigDecimal> right = number(value);
    if (left.isPresent() && right.isPresent() && (actual.isNumber() || value.isNumber())) {
      return left.get().compareTo(right.get());
    }
    return actual.asText().compareTo(value.asText());
  }

  private static Optional<BigDecimal> number(JsonNode node) {
    if (node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    try {
      return node.isTextual() ? Optional.of(new BigDecimal(node.textValue())) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Compares two attribute values for ordering, nulls first. */
  static int order(JsonNode left, JsonNode right) {
    boolean leftNull = left.isNull() || left.isMissingNode();
    boolean rightNull = right.isNull() || right.isMissingNode();
    if (leftNull || rightNull) {
      return Boolean.compare(!leftNull, !rightNull);
    }
    return compare(left, right);
  }
}
