package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static CliRun plan(String... extra) {
    String[] base = {
      "plan", "--advoware", Samples.advoware().toString(), "--espocrm", Samples.espocrm().toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void printsTheTextPlanOfTheSamples() {
    CliRun run = plan();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Plan for party 104860, CRM record 68e3e7eab49f09adb")
        .contains("VAR4_NEW_IN_PARTY_SYSTEM")
        .contains("VAR1_NEW_IN_CRM")
        .contains("NOT_A_PHONE_NUMBER");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsTheJsonPlanWithOperationsDeferredAndSkipped() throws IOException {
    CliRun run = plan("--format", "json");

    JsonNode plan = JSON.readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(plan.get("operations").isArray()).isTrue();
    assertThat(plan.get("operations")).hasSize(4);
    assertThat(plan.get("deferred").isArray()).isTrue();
    assertThat(plan.get("skipped")).hasSize(1);
  }

  @Test
  void defersTheOtherDirectionsOperations() throws IOException {
    CliRun run = plan("--format", "json", "--direction", "to-espocrm");

    JsonNode plan = JSON.readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(plan.get("direction").asText()).isEqualTo("TO_CRM");
    assertThat(plan.get("deferred")).isNotEmpty();
    assertThat(plan.get("operations").findValuesAsText("variant"))
        .doesNotContain("VAR1_NEW_IN_CRM");
  }

  @Test
  void mapsTheProductWordsOfTheConflictPolicy() throws IOException {
    CliRun run = plan("--format", "json", "--conflict", "advoware-wins");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("conflictPolicy").asText())
        .isEqualTo("PARTY_SYSTEM_WINS");
  }

  @Test
  void plansNothingForAnEmptyPair() throws IOException {
    Path party = Files.writeString(dir.resolve("p.json"), "{\"betNr\": 7, \"kommunikation\": []}");
    Path record =
        Files.writeString(
            dir.resolve("r.json"),
            "{\"id\": \"abc\", \"betnr\": 7, \"emailAddressData\": [], \"phoneNumberData\": []}");

    CliRun run =
        CliRun.of(
            "plan",
            "--advoware",
            party.toString(),
            "--espocrm",
            record.toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("operations")).isEmpty();
  }

  @Test
  void rejectsAnUnknownDirectionAsUsageError() {
    CliRun run = plan("--direction", "sideways");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--direction").contains("to-espocrm");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rejectsAnUnknownRegionAsUsageError() {
    CliRun run = plan("--default-region", "XX");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--default-region");
  }

  @Test
  void rejectsARepeatedPhoneTypeAsUsageError() {
    CliRun run = plan("--phone-types", "Mobile,Pager,Mobile");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--phone-types");
  }

  @Test
  void keepsPhonesVerbatimWhenTheInstanceIsNotInternational() throws IOException {
    CliRun run = plan("--format", "json", "--phone-international", "false");

    JsonNode plan = JSON.readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(plan.get("operations").get(0).get("phones").findValuesAsText("value"))
        .contains("0171 2345678");
  }

  @Test
  void refusesPayloadsOfDifferentParties() throws IOException {
    Path party = Files.writeString(dir.resolve("p.json"), "{\"betNr\": 8, \"kommunikation\": []}");

    CliRun run =
        CliRun.of(
            "plan", "--advoware", party.toString(), "--espocrm", Samples.espocrm().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.err()).contains("linked to party 104860");
  }

  @Test
  void refusesMalformedPayloadsWithExitCodeFourAndOneLineNamingTheFile() throws IOException {
    Path noEntries = Files.writeString(dir.resolve("no-entries.json"), "{\"betNr\": 104860}");
    Path repeated =
        Files.writeString(
            dir.resolve("repeated.json"),
            "{\"betNr\": 104860, \"kommunikation\": [{\"id\": 1, \"tlf\": \"0511 123456\"},"
                + " {\"id\": 1, \"tlf\": \"0511 654321\"}]}");
    Path noLists =
        Files.writeString(dir.resolve("no-lists.json"), "{\"id\": \"68e3e7eab49f09adb\"}");

    CliRun party =
        CliRun.of(
            "plan", "--advoware", noEntries.toString(), "--espocrm", Samples.espocrm().toString());
    CliRun twice =
        CliRun.of(
            "plan", "--advoware", repeated.toString(), "--espocrm", Samples.espocrm().toString());
    CliRun record =
        CliRun.of(
            "plan", "--advoware", Samples.advoware().toString(), "--espocrm", noLists.toString());

    assertThat(party.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(party.errLines()).isEqualTo(1);
    assertThat(party.err()).contains("no-entries.json").contains("kommunikation is missing");
    assertThat(twice.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(twice.errLines()).isEqualTo(1);
    assertThat(twice.err()).contains("repeated.json").contains("entry id 1 repeats");
    assertThat(twice.err()).doesNotContain("0511");
    assertThat(record.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(record.errLines()).isEqualTo(1);
    assertThat(record.err()).contains("no-lists.json").contains("emailAddressData is missing");
    assertThat(party.out() + twice.out() + record.out()).isEmpty();
  }

  @Test
  void showsItsHelp() {
    CliRun run = CliRun.of("plan", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--advoware")
        .contains("--conflict")
        .contains("espocrm-wins, advoware-wins, keep-both")
        .contains("--phone-international");
  }
}
