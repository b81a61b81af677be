package de.kommsync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files the commands take (payloads, seeds, the config file, the cursor file, secret
 * files): regular files only, checked before the file is opened, so a FIFO never blocks and a
 * device is never read; at most a given number of bytes, through a stream that stops one byte past
 * the limit, so a file that grows while it is read is refused too. Every failure becomes a {@link
 * CliException} whose one-line message names the file and the problem in plain words, never the
 * file's content.
 */
final class InputFile {

  private InputFile() {}

  /**
   * Reads a regular file whole.
   *
   * @param file the file
   * @param maxBytes the largest size accepted
   * @param unreadable the exit code when the file is missing, not a regular file or unreadable
   * @param tooLarge the exit code when the file holds more than {@code maxBytes} bytes
   * @return the bytes
   * @throws CliException as described
   */
  static byte[] read(Path file, long maxBytes, int unreadable, int tooLarge) {
    requireRegularFile(file, unreadable);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new CliException(tooLarge, file + ": is larger than " + size(maxBytes));
      }
      return bytes;
    } catch (IOException e) {
      throw new CliException(unreadable, file + ": " + problem(e, "read"), e);
    }
  }

  /**
   * Reads a regular file as UTF-8 text.
   *
   * @param file the file
   * @param maxBytes the largest size accepted
   * @param unreadable the exit code when the file is missing, not a regular file or unreadable
   * @param invalid the exit code when it is too large or not UTF-8
   * @return the text
   * @throws CliException as described
   */
  static String readUtf8(Path file, long maxBytes, int unreadable, int invalid) {
    return decode(file, read(file, maxBytes, unreadable, invalid), invalid);
  }

  /**
   * Decodes UTF-8 strictly.
   *
   * @throws CliException with {@code invalid} when a byte sequence is not UTF-8
   */
  static String decode(Path file, byte[] bytes, int invalid) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(invalid, file + ": is not UTF-8 text", e);
    }
  }

  /**
   * Refuses anything but a regular file (symbolic links are followed), without opening it.
   *
   * @throws CliException with {@code unreadable} naming what the path is instead
   */
  static void requireRegularFile(Path file, int unreadable) {
    if (file.toString().isEmpty()) {
      throw new CliException(unreadable, "an empty path names no file");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new CliException(unreadable, file + ": " + problem(e, "read"), e);
    }
    if (attributes.isDirectory()) {
      throw new CliException(unreadable, file + ": is not a regular file but a directory");
    }
    if (!attributes.isRegularFile()) {
      throw new CliException(
          unreadable, file + ": is not a regular file (a pipe, socket or device); give a file");
    }
  }

  /**
   * Names the problem of a failed file access in plain words, without the exception's type.
   *
   * @param e the failure
   * @param verb what failed: {@code read} or {@code written}
   */
  static String problem(IOException e, String verb) {
    if (e instanceof NoSuchFileException) {
      return verb.equals("read") ? "no such file" : "its directory does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot be " + verb + ": " + f.getReason();
    }
    return "cannot be " + verb + " (an I/O error)";
  }

  private static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
