package de.kommsync.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a command's output files all at once or not at all: into a fresh directory beside the
 * target, which is then moved into place with one atomic rename. An existing target is replaced
 * only when it is empty, or when it is an earlier output: it holds the marker file {@value #MARKER}
 * that every output carries, and nothing but files of the output's names. A directory that holds
 * one of the command's input files is never replaced. Anything else is left alone and the write
 * fails.
 */
final class OutputDirectory {

  /** The file every output directory carries, so a later run knows it may replace it. */
  static final String MARKER = ".kommsync-output";

  private OutputDirectory() {}

  /**
   * Writes the files into {@code target}.
   *
   * @param target the directory to create or replace
   * @param files file names (no separators) to their content
   * @param inputs the command's input files; a target that holds one is never replaced
   * @throws CliException with {@link ExitCode#OUTPUT_FAILED}; nothing of the output is then left
   */
  static void write(Path target, Map<String, byte[]> files, List<Path> inputs) {
    Path dir = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (input.toAbsolutePath().normalize().startsWith(dir)) {
        throw new CliException(
            ExitCode.OUTPUT_FAILED,
            target + ": holds the input file " + input + "; choose another output directory");
      }
    }
    Path parent = dir.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CliException(
          ExitCode.OUTPUT_FAILED, target + ": its parent directory does not exist");
    }
    checkReplaceable(target, dir, files.keySet());
    Path staging = stage(target, dir, files);
    try {
      moveIntoPlace(staging, dir);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new CliException(
          ExitCode.OUTPUT_FAILED, target + ": " + InputFile.problem(e, "written"), e);
    }
  }

  private static void checkReplaceable(Path target, Path dir, Set<String> names) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(ExitCode.OUTPUT_FAILED, target + ": exists and is not a directory");
    }
    boolean marked = Files.isRegularFile(dir.resolve(MARKER));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean ours = name.equals(MARKER) || names.contains(name);
        if (!marked || !ours || !Files.isRegularFile(entry)) {
          throw new CliException(
              ExitCode.OUTPUT_FAILED,
              target
                  + ": exists and is not an earlier output of this command; choose an empty or"
                  + " new directory");
        }
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.OUTPUT_FAILED, target + ": cannot be listed", e);
    }
  }

  private static Path stage(Path target, Path dir, Map<String, byte[]> files) {
    Path staging = null;
    try {
      staging = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".tmp-");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(staging.resolve(checkedName(file.getKey())), file.getValue());
      }
      if (!files.isEmpty()) {
        Files.writeString(
            staging.resolve(MARKER), "written by kommsync; replaced by its next run\n");
      }
      return staging;
    } catch (IOException e) {
      if (staging != null) {
        deleteQuietly(staging);
      }
      throw new CliException(
          ExitCode.OUTPUT_FAILED, target + ": " + InputFile.problem(e, "written"), e);
    }
  }

  private static String checkedName(String name) {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name");
    }
    return name;
  }

  private static void moveIntoPlace(Path staging, Path dir) throws IOException {
    if (!Files.exists(dir)) {
      atomicMove(staging, dir);
      return;
    }
    Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".old-");
    Files.delete(old);
    atomicMove(dir, old);
    try {
      atomicMove(staging, dir);
    } catch (IOException e) {
      atomicMove(old, dir);
      throw e;
    }
    deleteQuietly(old);
  }

  private static void atomicMove(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      throw new IOException("atomic rename failed", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(OutputDirectory::deleteOne);
    } catch (IOException e) {
      // best effort: a leftover hidden staging directory holds no half-written target
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort, see deleteQuietly
    }
  }
}
