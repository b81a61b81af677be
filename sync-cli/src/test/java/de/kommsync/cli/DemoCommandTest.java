package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demoOverHttpConvergesAndTheSecondPassWritesNothing() {
    CliRun run = CliRun.of("demo", "--parties", "24");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("Demo over HTTP: fake Advoware http://127.0.0.1:")
        .contains("First pass: 24 parties")
        .contains("Second pass: {NOTHING_TO_DO=24}")
        .contains("(48 reads, 0 writes)")
        .contains("Converged: all 24 parties are in sync.");
  }

  @Test
  void aPartyThatFailsTwiceRecoversOnItsThirdRun() {
    CliRun run = CliRun.of("demo", "--parties", "20", "--in-memory");

    assertThat(run.out())
        .containsPattern("300000 +first-sync +FAILED .*-> failed")
        .containsPattern("300000 +first-sync +FAILED .*\\[attempt 2, retry count 2\\]")
        .containsPattern("300000 +first-sync +SUCCESS .*-> clean .*\\[attempt 3, retry count 0\\]");
  }

  @Test
  void theSchedulersRevisitPicksUpAnAdvowareChangeNoWebhookReports() {
    CliRun run = CliRun.of("demo", "--parties", "20", "--in-memory");

    assertThat(run.out())
        .contains("Scheduler cycle: 0 due, 20 revisited, 1 synced, 19 unchanged")
        .contains("was synced and now plans nothing");
  }

  @Test
  void demoShowsConflictsSkipsAndEveryVariant() {
    CliRun run = CliRun.of("demo", "--parties", "40", "--in-memory");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("both-changed")
        .containsPattern("VAR1x\\d+ VAR2x\\d+ VAR3x\\d+ VAR4x\\d+ VAR5x\\d+ VAR6x\\d+")
        .containsPattern("conflicts: [1-9]")
        .containsPattern("skipped values: [1-9]");
  }

  @Test
  void demoPrintsNoPersonalData() {
    CliRun run = CliRun.of("demo", "--parties", "20", "--in-memory");

    assertThat(run.out()).doesNotContain("@").doesNotContain("+49");
  }

  @Test
  void rejectsAnEmptyDemo() {
    CliRun run = CliRun.of("demo", "--parties", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
