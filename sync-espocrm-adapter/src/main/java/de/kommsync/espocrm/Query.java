package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query string of a list call in EspoCRM's PHP array notation (research/espocrm-api.md §2,
 * "List parameters"): the {@code where} items as JSON become {@code
 * where[0][type]=in&where[0][attribute]=syncStatus&where[0][value][]=dirty}, nested groups {@code
 * where[0][value][1][type]=and}. Keys and values are URL-encoded; order is kept. Not thread-safe.
 */
final class Query {

  private final List<String> pairs = new ArrayList<>();

  /** Appends one parameter and returns this query. */
  Query add(String key, String value) {
    Objects.requireNonNull(value, key);
    pairs.add(URLEncoder.encode(key, UTF_8) + "=" + URLEncoder.encode(value, UTF_8));
    return this;
  }

  /**
   * Appends a JSON value under a key in PHP array notation: object members as {@code key[name]},
   * arrays of objects as {@code key[0]}, {@code key[1]}, …, arrays of plain values as repeated
   * {@code key[]}; nulls are left out. Returns this query.
   */
  Query add(String key, JsonNode value) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        add(key + "[" + field.getKey() + "]", field.getValue());
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        add(item.isContainerNode() ? key + "[" + i + "]" : key + "[]", item);
      }
    } else if (!value.isNull() && !value.isMissingNode()) {
      add(key, value.asText());
    }
    return this;
  }

  /** Returns the encoded query string without a leading {@code ?}. */
  String encoded() {
    return String.join("&", pairs);
  }
}
