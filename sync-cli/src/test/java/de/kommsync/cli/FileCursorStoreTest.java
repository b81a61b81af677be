package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCursorStoreTest {

  @TempDir Path dir;

  @Test
  void keepsThePositionBetweenStores() {
    Path file = dir.resolve("cursor");
    new FileCursorStore(file).save("6c0000000000a0103");

    assertThat(new FileCursorStore(file).load()).contains("6c0000000000a0103");
  }

  @Test
  void neverWritesTheCursorOverAPipe() throws IOException {
    Path fifo = SpecialFiles.fifo(dir.resolve("cursor.fifo"));

    assertThatThrownBy(() -> new FileCursorStore(fifo).save("6c0000000000a0103"))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED))
        .hasMessageContaining("is not a regular file");
    assertThat(Files.exists(fifo)).isTrue();
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void neverWritesTheCursorOverADirectory() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("cursor"));

    assertThatThrownBy(() -> new FileCursorStore(directory).save("6c0000000000a0103"))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED));
    assertThat(directory).isDirectory();
  }
}
