package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.Masking;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Kind;
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

  private static final ObjectMapper JSON = new ObjectMapper();

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
  void partyNumberThatIsNoNumberIsAUsageErrorSayingWhatItMustBe() {
    CliRun run = syncParty("abc", pair.recordId(), secrets());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("kommsync: --betnr must be a party number (1 or more)\n")
        .doesNotContain("long");
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

  @Test
  void aBackedOffPartyExitsWithOneAndSaysUntilWhenAndHowToRunItAnyway() {
    failOnce();
    sync(secrets());

    CliRun run = sync(secrets());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SYNC_FAILED);
    assertThat(run.out()).contains("BACKED_OFF");
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err())
        .contains("was not synced, nothing was applied")
        .contains("after 1 consecutive failure until 20")
        .contains("--ignore-backoff runs it anyway")
        .doesNotContain("--force alone");
  }

  @Test
  void ignoreBackoffSyncsABackedOffParty() {
    failOnce();
    sync(secrets());

    CliRun run = sync(secrets(), "--ignore-backoff");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("SUCCESS");
  }

  @Test
  void aGuardStopSaysOnceWhatTheGuardSawAndThatTheBackOffMustBeIgnoredToo() {
    loadGuardPair();

    CliRun run = syncParty("4711", "6a0000000000d4711", secrets());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GUARD_STOPPED);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(occurrences(run.out() + run.err(), "guard")).isEqualTo(1);
    assertThat(occurrences(run.out() + run.err(), "force")).isEqualTo(1);
    assertThat(run.err())
        .contains("the plan would leave 2 of 2 synced values blanked in Advoware")
        .contains("--force --ignore-backoff applies it");
  }

  @Test
  void aForcedSyncThatHitsTheBackOffAfterAGuardStopNamesIgnoreBackoff() {
    loadGuardPair();
    syncParty("4711", "6a0000000000d4711", secrets());

    CliRun forced = forcedGuardPairSync("--force");
    CliRun both = forcedGuardPairSync("--force", "--ignore-backoff");

    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.SYNC_FAILED);
    assertThat(forced.errLines()).isEqualTo(1);
    assertThat(forced.err())
        .contains("--ignore-backoff runs it anyway")
        .contains("(--force alone does not)");
    assertThat(both.exitCode()).as(both.err()).isZero();
  }

  private CliRun forcedGuardPairSync(String... flags) {
    String[] base = {
      "sync", "--config", config.toString(), "--betnr", "4711", "--entity-id", "6a0000000000d4711"
    };
    String[] args = new String[base.length + flags.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(flags, 0, args, base.length, flags.length);
    return CliRun.of(
        cli -> ((SyncCommand) cli.getSubcommands().get("sync").getCommand()).env = secrets(), args);
  }

  private void failOnce() {
    servers
        .advoware()
        .orElseThrow()
        .inject(
            "GET",
            ".*/Beteiligte/" + pair.partyId(),
            1,
            FakeAdvowareServer.Fault.status(500, "Internal Server Error"));
  }

  /** A synced party whose CRM record lost both values: the guard's case. */
  private void loadGuardPair() {
    String phone = MarkerCodec.render(new Marker.Value("030 5550101", Kind.BUSINESS_PHONE), "");
    String mail =
        MarkerCodec.render(new Marker.Value("post@kanzlei-demo.de", Kind.BUSINESS_EMAIL), "");
    ObjectNode party = JSON.createObjectNode().put("betNr", 4711).put("rowId", "P1");
    party
        .putArray("kommunikation")
        .add(entry(1, "030 5550101", phone, false))
        .add(entry(2, "post@kanzlei-demo.de", mail, true));
    ObjectNode record =
        JSON.createObjectNode()
            .put("id", "6a0000000000d4711")
            .put("betnr", 4711)
            .put("syncStatus", "dirty")
            .put("advowareLastSync", "2026-02-01 08:00:00")
            .put("modifiedAt", "2026-02-02 08:00:00")
            .put("versionNumber", 4);
    record.putArray("emailAddressData");
    record.putArray("phoneNumberData");
    servers.advowareSimulation().load(party);
    servers.espocrmSimulation().load(record);
  }

  private static ObjectNode entry(int id, String value, String remark, boolean online) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("rowId", "E" + id)
        .put("kommKz", 0)
        .put("tlf", value)
        .put("bemerkung", remark)
        .put("online", online);
  }
}
