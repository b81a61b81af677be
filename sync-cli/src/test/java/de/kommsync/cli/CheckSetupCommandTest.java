package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeEspoCrmServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSetupCommandTest {

  @TempDir Path dir;

  private CliRun check(EspoCrmSimulation simulation) throws IOException {
    try (FakeEspoCrmServer server = FakeEspoCrmServer.start(simulation)) {
      Path config = Files.writeString(dir.resolve("k.properties"), "espocrm.url=" + server.site());
      return CliRun.of(
          cli ->
              ((CheckSetupCommand) cli.getSubcommands().get("check-setup").getCommand()).env =
                  Map.of("KOMMSYNC_ESPOCRM_API_KEY", FakeEspoCrmServer.API_KEY),
          "check-setup",
          "--config",
          config.toString());
    }
  }

  @Test
  void reportsACompleteSetUp() throws IOException {
    CliRun run = check(EspoCrmSimulation.builder().build());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("ok       field kommunikationHash")
        .contains("ok       options of syncStatus")
        .contains("ok       before-save formula")
        .contains("types [Fax, Home, Mobile, Office, Other]")
        .contains("Set-up complete for entity CBeteiligte.");
  }

  @Test
  void reportsMissingFieldsAndAMissingFormula() throws IOException {
    EspoCrmSimulation simulation =
        EspoCrmSimulation.builder()
            .customFields(Set.of("betnr", "syncStatus", "advowareLastSync"))
            .statusFormula(false)
            .build();

    CliRun run = check(simulation);

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID);
    assertThat(run.out())
        .contains("ok       field betnr")
        .contains("MISSING  field kommunikationHash")
        .contains("MISSING  field syncRetryCount")
        .contains("MISSING  before-save formula")
        .containsPattern("\\d+ problems: ");
  }

  @Test
  void countsASingleProblemInTheSingular() throws IOException {
    CliRun run = check(EspoCrmSimulation.builder().statusFormula(false).build());

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID);
    assertThat(run.out()).contains("\n1 problem: ");
  }
}
