package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The query string of a list call in EspoCRM's PHP array notation (research/espocrm-api.md §2,
 * "List parameters"): {@code where[0][type]=in&where[0][value][]=a}. Keys and values are
 * URL-encoded; order is kept. Not thread-safe.
 */
final class Query {

  private final List<String> pairs = new ArrayList<>();

  /** Appends one parameter and returns this query. */
  Query add(String key, String value) {
    Objects.requireNonNull(value, key);
    pairs.add(URLEncoder.encode(key, UTF_8) + "=" + URLEncoder.encode(value, UTF_8));
    return this;
  }

  /** Appends the filters as {@code where[0]}, {@code where[1]}, … (all must hold). */
  Query where(List<Where> filters) {
    for (int i = 0; i < filters.size(); i++) {
      filters.get(i).appendTo("where[" + i + "]", this);
    }
    return this;
  }

  /** Returns the encoded query string without a leading {@code ?}. */
  String encoded() {
    return String.join("&", pairs);
  }

  /** A filter of a list call: a condition on one attribute, or an {@code or}/{@code and} group. */
  sealed interface Where {

    /** Appends this filter under the given key prefix. */
    void appendTo(String prefix, Query query);

    /** Returns a filter: the attribute holds one of the values. */
    static Where in(String attribute, List<String> values) {
      return new Condition("in", attribute, List.copyOf(values));
    }

    /** Returns a filter: the attribute equals the value. */
    static Where equalTo(String attribute, String value) {
      return new Condition("equals", attribute, List.of(value));
    }

    /** Returns a filter: the attribute is at or before / below the value. */
    static Where atMost(String attribute, String value) {
      return new Condition("lessThanOrEquals", attribute, List.of(value));
    }

    /** Returns a filter: the attribute is after / above the value. */
    static Where greaterThan(String attribute, String value) {
      return new Condition("greaterThan", attribute, List.of(value));
    }

    /** Returns a filter: the attribute is empty. */
    static Where isNull(String attribute) {
      return new Condition("isNull", attribute, List.of());
    }

    /** Returns a group that holds when any of its filters holds. */
    static Where anyOf(Where... filters) {
      return new Group("or", List.of(filters));
    }

    /** Returns a group that holds when all of its filters hold. */
    static Where allOf(Where... filters) {
      return new Group("and", List.of(filters));
    }
  }

  /** A condition on one attribute; {@code in} sends its values as an array. */
  record Condition(String type, String attribute, List<String> values) implements Where {
    @Override
    public void appendTo(String prefix, Query query) {
      query.add(prefix + "[type]", type).add(prefix + "[attribute]", attribute);
      if ("in".equals(type)) {
        values.forEach(value -> query.add(prefix + "[value][]", value));
      } else if (!values.isEmpty()) {
        query.add(prefix + "[value]", values.get(0));
      }
    }
  }

  /** A group of filters joined by {@code or} or {@code and}. */
  record Group(String type, List<Where> filters) implements Where {
    @Override
    public void appendTo(String prefix, Query query) {
      query.add(prefix + "[type]", type);
      for (int i = 0; i < filters.size(); i++) {
        filters.get(i).appendTo(prefix + "[value][" + i + "]", query);
      }
    }
  }
}
