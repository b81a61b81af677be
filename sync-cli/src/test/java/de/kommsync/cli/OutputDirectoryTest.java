package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir Path parent;

  private static Map<String, byte[]> files(String content) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("plan.json", content.getBytes(StandardCharsets.UTF_8));
    files.put("result.json", "{}".getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private long entriesOf(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.count();
    }
  }

  @Test
  void createsTheDirectoryWithAllFilesAndLeavesNoStaging() throws IOException {
    Path out = parent.resolve("out");

    OutputDirectory.write(out, files("{\"operations\":[]}"), List.of());

    assertThat(out.resolve("plan.json")).hasContent("{\"operations\":[]}");
    assertThat(out.resolve("result.json")).exists();
    assertThat(entriesOf(parent)).isEqualTo(1);
  }

  @Test
  void replacesAnEarlierOutput() throws IOException {
    Path out = parent.resolve("out");
    OutputDirectory.write(out, files("first"), List.of());

    OutputDirectory.write(out, files("second"), List.of());

    assertThat(out.resolve("plan.json")).hasContent("second");
    assertThat(entriesOf(parent)).isEqualTo(1);
  }

  @Test
  void refusesADirectoryHoldingOtherFilesAndKeepsIt() throws IOException {
    Path out = Files.createDirectory(parent.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> OutputDirectory.write(out, files("x"), List.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED));
    assertThat(out.resolve("notes.txt")).hasContent("mine");
    assertThat(out.resolve("plan.json")).doesNotExist();
    assertThat(entriesOf(parent)).isEqualTo(1);
  }

  @Test
  void refusesADirectoryWithFilesOfTheOutputsNamesThatNoRunWrote() throws IOException {
    Path out = Files.createDirectory(parent.resolve("out"));
    Files.writeString(out.resolve("plan.json"), "hello");

    assertThatThrownBy(() -> OutputDirectory.write(out, files("x"), List.of()))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("not an earlier output");
    assertThat(Files.readString(out.resolve("plan.json"))).isEqualTo("hello");
  }

  @Test
  void refusesADirectoryHoldingAnInputFile() throws IOException {
    OutputDirectory.write(parent.resolve("out"), files("first"), List.of());
    Path out = parent.resolve("out");
    Path input = out.resolve("plan.json");

    assertThatThrownBy(() -> OutputDirectory.write(out, files("x"), List.of(input)))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("holds the input file");
    assertThat(Files.readString(input)).isEqualTo("first");
  }

  @Test
  void refusesATargetThatIsAFile() throws IOException {
    Path out = Files.writeString(parent.resolve("out"), "a file");

    assertThatThrownBy(() -> OutputDirectory.write(out, files("x"), List.of()))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void refusesAMissingParent() {
    Path out = parent.resolve("missing").resolve("out");

    assertThatThrownBy(() -> OutputDirectory.write(out, files("x"), List.of()))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("parent directory");
    assertThat(parent.resolve("missing")).doesNotExist();
  }
}
