package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demoConvergesAndTheSecondPassWritesNothing() {
    CliRun run = CliRun.of("demo", "--parties", "40");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("First pass: 40 parties")
        .contains("Second pass: {NOTHING_TO_DO=40}")
        .contains("(80 reads, 0 writes)")
        .contains("Converged: all 40 parties are in sync.");
  }

  @Test
  void demoShowsConflictsSkipsAndEveryVariant() {
    CliRun run = CliRun.of("demo", "--parties", "40");

    assertThat(run.out())
        .contains("both-changed")
        .contains("conflict")
        .containsPattern("VAR1x\\d+ VAR2x\\d+ VAR3x\\d+ VAR4x\\d+ VAR5x\\d+ VAR6x\\d+")
        .containsPattern("skipped values: [1-9]");
  }

  @Test
  void demoPrintsNoPersonalData() {
    CliRun run = CliRun.of("demo", "--parties", "20");

    assertThat(run.out()).doesNotContain("@").doesNotContain("+49");
  }

  @Test
  void rejectsAnEmptyDemo() {
    CliRun run = CliRun.of("demo", "--parties", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
