package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {

  @Test
  void helpListsTheExitCodesAndSucceeds() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("guard").contains("70");
  }

  @Test
  void versionNamesTheProjectVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("kommsync ").doesNotContain("${");
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("missing command");
  }

  @Test
  void unknownOptionIsAShortUsageError() {
    CliRun run = CliRun.of("--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("--help");
    assertThat(run.errLines()).isLessThanOrEqualTo(3);
  }

  @Test
  void exitCodesAreDistinct() {
    assertThat(ExitCode.descriptions().keySet()).doesNotHaveDuplicates().hasSize(10);
  }
}
