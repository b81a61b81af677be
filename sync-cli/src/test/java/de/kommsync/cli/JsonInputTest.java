package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonInputTest {

  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("in.json"), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsAnObject() throws IOException {
    Path in = file("{\"betNr\": 1, \"kommunikation\": []}");

    ObjectNode node = JsonInput.readObject(in);

    assertThat(node.get("betNr").asInt()).isEqualTo(1);
  }

  @Test
  void missingFileIsUnreadable() {
    Path in = dir.resolve("nope.json");

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE))
        .hasMessageContaining("nope.json")
        .hasMessageContaining("no such file");
  }

  @Test
  void directoryIsUnreadable() {
    assertThatThrownBy(() -> JsonInput.readObject(dir))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE))
        .hasMessageContaining("is not a regular file but a directory");
  }

  @Test
  void anEndlessDeviceIsRefusedAsNotARegularFileUnread() {
    Path zero = Path.of("/dev/zero");

    assertThatThrownBy(() -> JsonInput.readObject(zero))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE))
        .hasMessage("/dev/zero: is not a regular file (a pipe, socket or device); give a file");
  }

  @Test
  void emptyFileIsInvalid() throws IOException {
    Path in = file("  \n");

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("empty");
  }

  @Test
  void garbageIsInvalidAndItsContentIsNotEchoed() throws IOException {
    Path in = file("{\"tlf\": secret-number}");

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("not valid JSON at line 1")
        .hasMessageNotContaining("secret");
  }

  @Test
  void trailingContentIsInvalid() throws IOException {
    Path in = file("{} {}");

    assertThatThrownBy(() -> JsonInput.readObject(in)).isInstanceOf(CliException.class);
  }

  @Test
  void duplicateKeysAreInvalid() throws IOException {
    Path in = file("{\"a\": 1, \"a\": 2}");

    assertThatThrownBy(() -> JsonInput.readObject(in)).isInstanceOf(CliException.class);
  }

  @Test
  void arrayIsNotAnObject() throws IOException {
    Path in = file("[1, 2]");

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .hasMessageContaining("expected a JSON object, found an array");
  }

  @Test
  void bytesThatAreNotUtf8AreInvalid() throws IOException {
    Path in = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xFC, '"', '}'});

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "{\"betNr\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(json, 0, content, bom.length, json.length);
    Path in = Files.write(dir.resolve("bom.json"), content);

    ObjectNode node = JsonInput.readObject(in);

    assertThat(node.get("betNr").asInt()).isEqualTo(1);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
    Path in = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(in.toFile(), "rw")) {
      file.setLength(JsonInput.MAX_BYTES + 1);
    }

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("huge.json")
        .hasMessageContaining("larger than 32 MiB");
  }

  @Test
  void aPathThroughARegularFileIsUnreadableWithTheSystemsReason() throws IOException {
    Path in = file("{}").resolve("child.json");

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE))
        .hasMessageContaining("cannot be read: ")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void nestingDeeperThanTheReadersLimitSaysSo() throws IOException {
    Path in = file("[".repeat(100_000) + "]".repeat(100_000));

    assertThatThrownBy(() -> JsonInput.readObject(in))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("exceeds a limit of the JSON reader")
        .hasMessageNotContaining("not valid JSON");
  }
}
