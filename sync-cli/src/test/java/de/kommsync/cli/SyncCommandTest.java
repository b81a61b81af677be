package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import de.kommsync.testkit.SampleParties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

  @TempDir Path dir;

  private FakeServers servers;
  private SampleParties.Pair pair;
  private Path config;

  @BeforeEach
  void startServers() throws IOException {
    servers = FakeServers.start(true, true, 0);
    pair = SampleParties.named("first-sync-union");
    pair.loadInto(servers.advowareSimulation(), servers.espocrmSimulation());
    FakeAdvowareServer advoware = servers.advoware().orElseThrow();
    FakeAdvowareServer.Credentials c = advoware.credentials();
    Path apiKeyFile = Files.writeString(dir.resolve("advoware-api-key"), c.apiKey());
    config =
        Files.writeString(
            dir.resolve("kommsync.properties"),
            String.join(
                "\n",
                "espocrm.url=" + servers.espocrm().orElseThrow().site(),
                "advoware.baseUrl=" + advoware.connectorUrl(),
                "advoware.securityGateway=" + advoware.securityGatewayUrl(),
                "advoware.appId=" + c.appId(),
                "advoware.kanzlei=" + c.kanzlei(),
                "advoware.database=" + c.database(),
                "advoware.user=" + c.user(),
                "advoware.apiKeyFile=" + apiKeyFile.toString().replace('\\', '/'),
                ""));
  }

  @AfterEach
  void stopServers() {
    servers.close();
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
    return Map.of(
        "KOMMSYNC_ESPOCRM_API_KEY",
        FakeEspoCrmServer.API_KEY,
        "KOMMSYNC_ADVOWARE_PASSWORD",
        servers.advoware().orElseThrow().credentials().password());
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
