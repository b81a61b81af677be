package de.kommsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the seed files of {@code serve-fakes}. A file holds one payload or several: an Advoware
 * party (has {@code betNr}), an EspoCRM record (has a text {@code id} and no {@code betNr}), a pair
 * {@code {"advoware": ..., "espocrm": ...}}, an object {@code {"pairs": [...]}} as the testkit's
 * sample parties, or an array of any of these.
 */
final class SeedFiles {

  private SeedFiles() {}

  /** The payloads found in seed files, by system. */
  record Seeds(List<ObjectNode> parties, List<ObjectNode> records) {

    /** Copies the lists. */
    Seeds {
      parties = List.copyOf(parties);
      records = List.copyOf(records);
    }
  }

  /**
   * Reads every file.
   *
   * @throws CliException naming the file and the element when a file cannot be read or holds
   *     something that is no payload
   */
  static Seeds read(List<Path> files) {
    List<ObjectNode> parties = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    for (Path file : files) {
      collect(file, JsonInput.readAny(file), "the top level", parties, records);
    }
    return new Seeds(parties, records);
  }

  private static void collect(
      Path file, JsonNode node, String where, List<ObjectNode> parties, List<ObjectNode> records) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(file, node.get(i), "item " + i, parties, records);
      }
      return;
    }
    if (!node.isObject()) {
      throw invalid(file, where + " is no JSON object");
    }
    ObjectNode object = (ObjectNode) node;
    if (object.has("pairs")) {
      collect(file, object.get("pairs"), "pairs", parties, records);
    } else if (object.has("advoware") || object.has("espocrm")) {
      addIfPresent(file, object.get("advoware"), where + ".advoware", parties, records);
      addIfPresent(file, object.get("espocrm"), where + ".espocrm", parties, records);
    } else if (object.has("betNr")) {
      parties.add(object);
    } else if (object.path("id").isTextual()) {
      records.add(object);
    } else {
      throw invalid(file, where + " is neither an Advoware party nor an EspoCRM record");
    }
  }

  private static void addIfPresent(
      Path file, JsonNode node, String where, List<ObjectNode> parties, List<ObjectNode> records) {
    if (node != null && !node.isNull()) {
      collect(file, node, where, parties, records);
    }
  }

  private static CliException invalid(Path file, String detail) {
    return new CliException(ExitCode.INPUT_INVALID, file + ": " + detail);
  }
}
