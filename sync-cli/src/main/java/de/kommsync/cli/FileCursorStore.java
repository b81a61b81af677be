package de.kommsync.cli;

import de.kommsync.lifecycle.CursorStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the scheduler's round-robin position in a one-line file, so {@code run-due} continues its
 * revisit where the previous invocation stopped. Read like every input file (a regular file of at
 * most {@link #MAX_BYTES} bytes, UTF-8); a missing file means "start at the first". Written to a
 * temporary file beside it and renamed, so a crash never leaves half a line; a path that holds
 * anything but a regular file (a device, a pipe, a directory) is never replaced. Thread-safe.
 */
final class FileCursorStore implements CursorStore {

  /** The largest cursor file read: it holds one record id of at most 64 characters. */
  static final long MAX_BYTES = 4096;

  private final Path file;

  FileCursorStore(Path file) {
    this.file = file;
  }

  @Override
  public synchronized Optional<String> load() {
    if (Files.notExists(file)) {
      return Optional.empty();
    }
    String id;
    try {
      id =
          InputFile.readUtf8(file, MAX_BYTES, ExitCode.INPUT_UNREADABLE, ExitCode.INPUT_INVALID)
              .strip();
    } catch (CliException e) {
      throw new CliException(e.exitCode(), e.getMessage() + " (--cursor-file)", e);
    }
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  @Override
  public synchronized void save(@Nullable String afterId) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new CliException(
          ExitCode.OUTPUT_FAILED,
          file + ": is not a regular file; the cursor is not written over it (--cursor-file)");
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
      Files.writeString(temp, afterId == null ? "" : afterId + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.OUTPUT_FAILED,
          file + ": " + InputFile.problem(e, "written") + " (--cursor-file)",
          e);
    }
  }
}
