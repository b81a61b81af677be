package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.Masking;
import de.kommsync.testkit.FakeEspoCrmServer;
import de.kommsync.testkit.SampleParties;
import de.kommsync.testlogging.AllowsUnmaskedLogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

  @TempDir Path dir;

  private ConfiguredFakes fakes;
  private FakeServers servers;
  private SampleParties.Pair pair;
  private Path config;

  @BeforeEach
  void startServers() throws IOException {
    fakes = new ConfiguredFakes(dir);
    servers = fakes.servers;
    config = fakes.config;
    pair = SampleParties.named("first-sync-union");
    pair.loadInto(servers.advowareSimulation(), servers.espocrmSimulation());
  }

  @AfterEach
  void stopServers() {
    fakes.close();
    Masking.setEnabled(true);
  }

  private CliRun sync(Map<String, String> env, String... extra) {
    String[] base = {
      "sync",
      "--config",
      config.toString(),
      "--betnr",
      pair.partyId(),
      "--entity-id",
      pair.recordId()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(
        cli -> ((SyncCommand) cli.getSubcommands().get("sync").getCommand()).env = env, args);
  }

  private Map<String, String> secrets() {
    return fakes.secrets();
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() {
    CliRun run = sync(secrets(), "--dry-run");
    CliRun again = sync(secrets(), "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("first sync").contains("VAR1_NEW_IN_CRM");
    assertThat(again.out()).isEqualTo(run.out());
  }

  @Test
  void syncsOverHttpAndASecondRunHasNothingToDo() {
    CliRun first = sync(secrets());
    CliRun second = sync(secrets());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("SUCCESS").contains("status clean");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("NOTHING_TO_DO");
  }

  @Test
  void printsTheResultAsJsonWithPersonalDataMasked() {
    CliRun run = sync(secrets(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"outcome\" : \"SUCCESS\"").doesNotContain("mueller");
  }

  @Test
  @AllowsUnmaskedLogs(reason = "--unmask turns masking off for the run's log lines too")
  void unmaskShowsThePersonalDataOfTheResult() {
    CliRun run = sync(secrets(), "--format", "json", "--unmask");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("mueller");
  }

  @Test
  void missingSecretIsAConfigErrorNamingTheVariable() {
    CliRun run = sync(Map.of("KOMMSYNC_ESPOCRM_API_KEY", FakeEspoCrmServer.API_KEY));

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID);
    assertThat(run.err()).contains("KOMMSYNC_ADVOWARE_PASSWORD");
    assertThat(run.errLines()).isEqualTo(1);
  }

  @Test
  void refusedCredentialsAreARemoteFailureWithoutTheKey() {
    Map<String, String> env =
        Map.of(
            "KOMMSYNC_ESPOCRM_API_KEY",
            "wrong-key-123",
            "KOMMSYNC_ADVOWARE_PASSWORD",
            servers.advoware().orElseThrow().credentials().password());

    CliRun run = sync(env, "--dry-run");

    assertThat(run.exitCode()).isEqualTo(ExitCode.REMOTE_FAILED);
    assertThat(run.err()).contains("401").doesNotContain("wrong-key-123");
  }
}
