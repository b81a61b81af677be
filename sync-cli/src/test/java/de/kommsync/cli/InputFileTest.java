package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

  @TempDir Path dir;

  @Test
  void readsAFileOfExactlyTheLimit() throws IOException {
    Path file = Files.write(dir.resolve("ten"), new byte[10]);

    byte[] bytes = InputFile.read(file, 10, ExitCode.INPUT_UNREADABLE, ExitCode.INPUT_INVALID);

    assertThat(bytes).hasSize(10);
  }

  @Test
  void refusesAFileOneBytePastTheLimitWithTheTooLargeCode() throws IOException {
    Path file = Files.write(dir.resolve("eleven"), new byte[11]);

    assertThatThrownBy(
            () -> InputFile.read(file, 10, ExitCode.INPUT_UNREADABLE, ExitCode.INPUT_INVALID))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessage(file + ": is larger than 10 bytes");
  }

  @Test
  void namesALimitInKibibytes() throws IOException {
    Path file = Files.write(dir.resolve("big"), new byte[1025]);

    assertThatThrownBy(
            () -> InputFile.read(file, 1024, ExitCode.CONFIG_INVALID, ExitCode.CONFIG_INVALID))
        .hasMessage(file + ": is larger than 1 KiB");
  }

  @Test
  void refusesBytesThatAreNotUtf8InPlainWords() throws IOException {
    Path file = Files.write(dir.resolve("latin1"), new byte[] {'a', (byte) 0xE4, 'b'});

    assertThatThrownBy(
            () -> InputFile.readUtf8(file, 100, ExitCode.CONFIG_INVALID, ExitCode.CONFIG_INVALID))
        .hasMessage(file + ": is not UTF-8 text");
  }

  @Test
  void namesFailedWritesInPlainWords() {
    assertThat(InputFile.problem(new AccessDeniedException("/x"), "written"))
        .isEqualTo("permission denied");
    assertThat(InputFile.problem(new NoSuchFileException("/x/y"), "written"))
        .isEqualTo("its directory does not exist");
    assertThat(
            InputFile.problem(
                new FileSystemException("/x", null, "Read-only file system"), "written"))
        .isEqualTo("cannot be written: Read-only file system");
    assertThat(InputFile.problem(new IOException("boom"), "written"))
        .isEqualTo("cannot be written (an I/O error)");
  }
}
