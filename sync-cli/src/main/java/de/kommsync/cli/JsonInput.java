package de.kommsync.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the JSON input files of the commands. Every failure becomes a {@link CliException} whose
 * one-line message names the file and the problem, never the file's content.
 */
final class JsonInput {

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
   * @throws CliException with {@link ExitCode#INPUT_UNREADABLE} when the file cannot be read, or
   *     {@link ExitCode#INPUT_INVALID} when it is empty, not UTF-8, not JSON or not an object
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
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, file + ": is a directory, not a file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCode.INPUT_UNREADABLE, file + ": permission denied", e);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.INPUT_UNREADABLE,
          file + ": cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCode.INPUT_INVALID, file + ": is not UTF-8 text", e);
    }
  }

  private static JsonNode parse(Path file, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new CliException(ExitCode.INPUT_INVALID, file + ": is not valid JSON" + where, e);
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
