package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses a query string the way PHP fills {@code $_GET}, which is how EspoCRM reads list parameters
 * (research/espocrm-api.md §2): {@code where[0][type]=in&where[0][value][]=a} becomes {@code
 * {"where":[{"type":"in","value":["a"]}]}}. Maps whose keys are 0, 1, 2, … become arrays. Values
 * stay text. Stateless.
 */
final class PhpQuery {

  private PhpQuery() {}

  /**
   * Parses an encoded query string.
   *
   * @param rawQuery the query after {@code ?}, still URL-encoded, or null
   * @return the parameters as a JSON object, never null
   */
  static ObjectNode parse(@Nullable String rawQuery) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        put(root, path(key), value);
      }
    }
    return (ObjectNode) toJson(root, true);
  }

  private static List<String> path(String key) {
    List<String> parts = new ArrayList<>();
    int open = key.indexOf('[');
    if (open <= 0 || !key.endsWith("]")) {
      parts.add(key);
      return parts;
    }
    parts.add(key.substring(0, open));
    for (String segment : key.substring(open + 1, key.length() - 1).split("\\]\\[", -1)) {
      parts.add(segment);
    }
    return parts;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, List<String> path, String value) {
    Map<String, Object> node = root;
    for (int i = 0; i < path.size(); i++) {
      String segment = path.get(i).isEmpty() ? Integer.toString(node.size()) : path.get(i);
      if (i == path.size() - 1) {
        node.put(segment, value);
        return;
      }
      Object child = node.get(segment);
      if (!(child instanceof Map)) {
        child = new LinkedHashMap<String, Object>();
        node.put(segment, child);
      }
      node = (Map<String, Object>) child;
    }
  }

  @SuppressWarnings("unchecked")
  private static JsonNode toJson(Object value, boolean top) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (!(value instanceof Map)) {
      return f.textNode((String) value);
    }
    Map<String, Object> map = (Map<String, Object>) value;
    if (!top && isList(map)) {
      ArrayNode array = f.arrayNode();
      map.values().forEach(item -> array.add(toJson(item, false)));
      return array;
    }
    ObjectNode object = f.objectNode();
    map.forEach((k, v) -> object.set(k, toJson(v, false)));
    return object;
  }

  private static boolean isList(Map<String, Object> map) {
    int expected = 0;
    for (String key : map.keySet()) {
      if (!key.equals(Integer.toString(expected++))) {
        return false;
      }
    }
    return !map.isEmpty();
  }
}
