package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.testkit.SampleParties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDueCommandTest {

  @TempDir Path dir;

  private ConfiguredFakes fakes;

  @BeforeEach
  void startServers() throws IOException {
    fakes = new ConfiguredFakes(dir);
    SampleParties.loadAll(fakes.servers.advowareSimulation(), fakes.servers.espocrmSimulation());
  }

  @AfterEach
  void stopServers() {
    fakes.close();
  }

  private CliRun runDue(Map<String, String> env, String... extra) {
    String[] base = {"run-due", "--config", fakes.config.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(
        cli -> ((RunDueCommand) cli.getSubcommands().get("run-due").getCommand()).env = env, args);
  }

  @Test
  void syncsTheDuePartiesWithProgressAndSummary() {
    CliRun run = runDue(fakes.secrets(), "--revisit", "0");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Progress: 10 parties done, 0 failed")
        .containsPattern(
            "Cycle: \\d+ due, 0 revisited, 0 reset from permanently_failed; \\d+ synced")
        .contains(" 0 failed");
  }

  @Test
  void aSecondCycleOnlyRevisitsAndFindsNothingChanged() {
    runDue(fakes.secrets());

    CliRun second = runDue(fakes.secrets(), "--revisit", "5");

    assertThat(second.exitCode()).isZero();
    assertThat(second.out())
        .contains("Cycle: 0 due, 5 revisited")
        .contains("0 synced, 5 unchanged");
  }

  @Test
  void keepsTheRevisitPositionInTheCursorFile() {
    Path cursor = dir.resolve("cursor");
    runDue(fakes.secrets(), "--revisit", "0");

    runDue(fakes.secrets(), "--revisit", "3", "--cursor-file", cursor.toString());

    assertThat(cursor).hasContent("6c0000000000a0103");
  }

  @Test
  void missingConfigIsAConfigError() {
    CliRun run =
        CliRun.of(
            cli ->
                ((RunDueCommand) cli.getSubcommands().get("run-due").getCommand()).env = Map.of(),
            "run-due");

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID);
    assertThat(run.errLines()).isEqualTo(1);
  }

  @Test
  void countsASinglePartyInTheSingular() {
    runDue(fakes.secrets(), "--revisit", "0");

    CliRun run = runDue(fakes.secrets(), "--revisit", "1");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Progress: 1 party done, 0 failed");
  }

  @Test
  void namesARecordIdTheAdapterRefusesInPlainWords() {
    runDue(fakes.secrets(), "--revisit", "0");
    ObjectNode record =
        new ObjectMapper()
            .createObjectNode()
            .put("id", "../../etc")
            .put("betnr", 4711)
            .put("syncStatus", "pending_sync");
    fakes.servers.espocrmSimulation().load(record);

    CliRun run = runDue(fakes.secrets(), "--revisit", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SYNC_FAILED);
    assertThat(run.out())
        .contains("failed: record ../../etc (")
        .contains("malformed")
        .doesNotContain("IllegalArgumentException");
  }

  @Test
  void aCursorFileThatIsADirectoryIsNotARegularFile() {
    CliRun run = runDue(fakes.secrets(), "--revisit", "1", "--cursor-file", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("kommsync: " + dir + ": is not a regular file but a directory (--cursor-file)\n")
        .doesNotContain("Exception");
  }

  @Test
  void aCursorFileWithBytesThatAreNotUtf8SaysSo() throws IOException {
    Path cursor = Files.write(dir.resolve("cursor"), new byte[] {'6', (byte) 0xE4});

    CliRun run = runDue(fakes.secrets(), "--revisit", "1", "--cursor-file", cursor.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.err())
        .isEqualTo("kommsync: " + cursor + ": is not UTF-8 text (--cursor-file)\n");
  }

  /**
   * A FIFO in the test's own directory, never a system device: a cursor file is written back by
   * renaming a new file over it. The timeout guards against a hang; it asserts no speed.
   */
  @Test
  void aCursorFileThatIsAPipeIsRefusedWithoutOpeningOrReplacingIt() throws IOException {
    Path fifo = SpecialFiles.fifo(dir.resolve("cursor.fifo"));

    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> runDue(fakes.secrets(), "--revisit", "1", "--cursor-file", fifo.toString()));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE);
    assertThat(run.err()).contains(fifo + ": is not a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }
}
