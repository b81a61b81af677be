package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFilesTest {

  @TempDir Path dir;

  @Test
  void readsSinglePayloadsByTheirShape() {
    SeedFiles.Seeds seeds = SeedFiles.read(List.of(Samples.advoware(), Samples.espocrm()));

    assertThat(seeds.parties()).hasSize(1);
    assertThat(seeds.records()).hasSize(1);
  }

  @Test
  void readsPairsAndArrays() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("seed.json"),
            """
            {"pairs": [
              {"advoware": {"betNr": 1}, "espocrm": {"id": "a", "betnr": 1}},
              {"advoware": {"betNr": 2}, "espocrm": null}]}
            """);
    Path array = Files.writeString(dir.resolve("more.json"), "[{\"betNr\": 3}, {\"id\": \"c\"}]");

    SeedFiles.Seeds seeds = SeedFiles.read(List.of(file, array));

    assertThat(seeds.parties()).extracting(p -> p.get("betNr").asInt()).containsExactly(1, 2, 3);
    assertThat(seeds.records()).extracting(r -> r.get("id").asText()).containsExactly("a", "c");
  }

  @Test
  void refusesSomethingThatIsNoPayload() throws IOException {
    Path file = Files.writeString(dir.resolve("seed.json"), "[{\"name\": \"x\"}]");

    assertThatThrownBy(() -> SeedFiles.read(List.of(file)))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("seed.json")
        .hasMessageContaining("item 0");
  }
}
