package de.kommsync.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Creates special files for tests, inside the test's own temporary directory. */
final class SpecialFiles {

  private SpecialFiles() {}

  /** Creates a named pipe that no process writes to, and returns its path. */
  static Path fifo(Path path) throws IOException {
    try {
      int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IOException("mkfifo failed with exit code " + exit);
      }
      return path;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while creating a FIFO", e);
    }
  }
}
