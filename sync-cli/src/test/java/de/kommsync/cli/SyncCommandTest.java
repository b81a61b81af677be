package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.Masking;
import de.kommsync.testkit.FakeAdvowareServer;
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

  private CliRun syncParty(String betNr, String entityId, Map<String, String> env) {
    return CliRun.of(
        cli -> ((SyncCommand) cli.getSubcommands().get("sync").getCommand()).env = env,
        "sync",
        "--config",
        config.toString(),
        "--betnr",
        betNr,
        "--entity-id",
        entityId);
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
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

  @Test
  void malformedEntityIdIsAUsageErrorBeforeAnyCall() {
    CliRun run = syncParty(pair.partyId(), "../6c0000000000a0101", secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--entity-id").contains("record id").doesNotContain("../");
    assertThat(servers.advoware().orElseThrow().requests()).isEmpty();
  }

  @Test
  void partyNumberBelowOneIsAUsageError() {
    CliRun run = syncParty("0", pair.recordId(), secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--betnr");
  }

  @Test
  void advowareApiKeyThatIsNotBase64IsAConfigErrorWithoutTheKey() {
    Map<String, String> env = new java.util.HashMap<>(secrets());
    env.put("KOMMSYNC_ADVOWARE_API_KEY", "not*base64*key-4711");

    CliRun run = sync(env);

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err())
        .contains("advoware.apiKey")
        .contains("Base64")
        .contains("KOMMSYNC_ADVOWARE_API_KEY")
        .doesNotContain("not*base64")
        .doesNotContain("4711");
    assertThat(servers.advoware().orElseThrow().requests()).isEmpty();
  }

  @Test
  void aFailedCallNamesItsStatusAndReasonOnce() {
    servers
        .advoware()
        .orElseThrow()
        .inject(
            "GET",
            ".*/Beteiligte/" + pair.partyId(),
            1,
            FakeAdvowareServer.Fault.status(500, "Internal Server Error"));

    CliRun run = sync(secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SYNC_FAILED);
    assertThat(occurrences(run.out(), "status 500")).as(run.out()).isEqualTo(1);
    assertThat(occurrences(run.out(), "internal server error")).as(run.out()).isEqualTo(1);
  }

  @Test
  void aPartyAdvowareDoesNotKnowIsARemoteFailureThatMarksTheRecord() {
    servers.advowareSimulation().deleteParty(Long.parseLong(pair.partyId()));

    CliRun run = sync(secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.REMOTE_FAILED);
    assertThat(run.out()).contains("PARTY_DELETED");
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err())
        .contains("party " + pair.partyId() + " does not exist in Advoware")
        .contains("deleted_in_advoware");
  }

  @Test
  void aRecordEspoCrmDoesNotKnowIsARemoteFailureWithOneLine() {
    servers.espocrmSimulation().deleteRecord(pair.recordId());

    CliRun run = sync(secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.REMOTE_FAILED);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err()).contains("record " + pair.recordId() + " does not exist in EspoCRM");
  }
}
