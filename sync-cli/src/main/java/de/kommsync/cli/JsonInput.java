package de.kommsync.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * Reads the JSON input files of the commands: regular files only (a FIFO, device or directory is
 * refused before it is opened), UTF-8 (a leading byte-order mark is skipped), one JSON value, no
 * duplicate keys, nothing after it, at most {@link #MAX_BYTES} bytes (reading stops one byte past
 * the limit). Every failure becomes a {@link CliException} whose one-line message names the file
 * and the problem, never the file's content.
 */
final class JsonInput {

  /**
   * The largest input file read: 32 MiB. A payload file holds one {@code GET} answer of a few
   * kilobytes, a seed file at most some thousand of them; a larger file is refused as soon as
   * reading passes the limit.
   */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonInput() {}

  /**
   * Reads a file that must hold one JSON object.
   *
   * @param file the file
   * @return the object
   * @throws CliException with {@link ExitCode#INPUT_UNREADABLE} when the file is missing, not a
   *     regular file or cannot be read, or {@link ExitCode#INPUT_INVALID} when it is empty, too
   *     large, not UTF-8, not JSON or not an object
   */
  static ObjectNode readObject(Path file) {
    JsonNode node = readAny(file);
    if (!node.isObject()) {
      throw new CliException(
          ExitCode.INPUT_INVALID, file + ": expected a JSON object, found " + describe(node));
    }
    return (ObjectNode) node;
  }

  /**
   * Reads a file that must hold one JSON value of any type.
   *
   * @param file the file
   * @return the value
   * @throws CliException as {@link #readObject}
   */
  static JsonNode readAny(Path file) {
    String text = readText(file);
    if (text.isBlank()) {
      throw new CliException(ExitCode.INPUT_INVALID, file + ": the file is empty");
    }
    return parse(file, text);
  }

  private static String readText(Path file) {
    byte[] bytes =
        InputFile.read(file, MAX_BYTES, ExitCode.INPUT_UNREADABLE, ExitCode.INPUT_INVALID);
    String text = InputFile.decode(file, bytes, ExitCode.INPUT_INVALID);
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static JsonNode parse(Path file, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String problem =
          e instanceof StreamConstraintsException
              ? ": exceeds a limit of the JSON reader (nesting depth, or length of a name, string"
                  + " or number)"
              : ": is not valid JSON";
      throw new CliException(ExitCode.INPUT_INVALID, file + problem + where, e);
    }
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
