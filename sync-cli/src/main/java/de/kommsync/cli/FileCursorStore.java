package de.kommsync.cli;

import de.kommsync.lifecycle.CursorStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the scheduler's round-robin position in a one-line file, so {@code run-due} continues its
 * revisit where the previous invocation stopped. Written to a temporary file beside it and renamed,
 * so a crash never leaves half a line. Thread-safe.
 */
final class FileCursorStore implements CursorStore {

  private final Path file;

  FileCursorStore(Path file) {
    this.file = file;
  }

  @Override
  public synchronized Optional<String> load() {
    try {
      String id = Files.readString(file, StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CliException(
          ExitCode.INPUT_UNREADABLE,
          file + ": cannot be read as a cursor file (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  @Override
  public synchronized void save(@Nullable String afterId) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
      Files.writeString(temp, afterId == null ? "" : afterId + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.OUTPUT_FAILED,
          file + ": cannot be written as a cursor file (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
