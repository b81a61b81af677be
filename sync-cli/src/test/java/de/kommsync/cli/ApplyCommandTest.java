package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CliRun apply(Path advoware, Path espocrm, Path out, String... extra) {
    String[] base = {
      "apply",
      "--advoware",
      advoware.toString(),
      "--espocrm",
      espocrm.toString(),
      "--out",
      out.toString()
    };
    String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
    return CliRun.of(args);
  }

  private long filesIn(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.count();
    }
  }

  @Test
  void writesAllFourOutputsAndAPlanOnThemIsEmpty() throws IOException {
    Path out = dir.resolve("out");

    CliRun run = apply(Samples.advoware(), Samples.espocrm(), out);
    CliRun again =
        CliRun.of(
            "plan",
            "--advoware",
            out.resolve("advoware.json").toString(),
            "--espocrm",
            out.resolve("espocrm.json").toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("plan.json")).exists();
    assertThat(out.resolve("result.json")).exists();
    assertThat(again.exitCode()).isZero();
    assertThat(JSON.readTree(again.out()).get("operations")).isEmpty();
  }

  @Test
  void outputsHaveTheInputShapesWithUnknownFieldsKept() throws IOException {
    Path out = dir.resolve("out");

    apply(Samples.advoware(), Samples.espocrmReal(), out);

    JsonNode party = JSON.readTree(out.resolve("advoware.json").toFile());
    JsonNode record = JSON.readTree(out.resolve("espocrm.json").toFile());
    assertThat(party.get("betNr").asLong()).isEqualTo(104860);
    assertThat(party.get("name").asText()).isEqualTo("Müller");
    assertThat(party.get("kommunikation").isArray()).isTrue();
    assertThat(record.get("createdByName").asText()).isEqualTo("sync-apikey");
    assertThat(record.get("syncStatus").asText()).isEqualTo("clean");
    assertThat(record.get("phoneNumberData").findValuesAsText("phoneNumber"))
        .contains("+491712345678");
  }

  @Test
  void resultSaysWhatTheRunDid() throws IOException {
    Path out = dir.resolve("out");

    CliRun run = apply(Samples.advoware(), Samples.espocrm(), out);

    JsonNode result = JSON.readTree(out.resolve("result.json").toFile());
    assertThat(result.get("outcome").asText()).isEqualTo("SUCCESS");
    assertThat(run.out()).contains("SUCCESS").contains("status clean");
  }

  @Test
  void missingInputFailsWithOneLineAndNoOutput() {
    Path out = dir.resolve("out");

    CliRun run = apply(dir.resolve("absent.json"), Samples.espocrm(), out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_UNREADABLE);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err()).contains("absent.json").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void garbageJsonFailsWithOneLineAndNoOutput() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{betNr: ");
    Path out = dir.resolve("out");

    CliRun run = apply(garbage, Samples.espocrm(), out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err()).contains("garbage.json").contains("not valid JSON");
    assertThat(out).doesNotExist();
  }

  @Test
  void emptyFileFailsWithOneLineAndNoOutput() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    Path out = dir.resolve("out");

    CliRun run = apply(Samples.advoware(), empty, out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err()).contains("empty.json").contains("empty");
    assertThat(out).doesNotExist();
  }

  @Test
  void wrongTypesFailWithOneLineAndNoOutput() throws IOException {
    Path wrong =
        Files.writeString(
            dir.resolve("wrong.json"),
            "{\"betNr\": 104860, \"kommunikation\": [{\"id\": 1, \"online\": \"yes\"}]}");
    Path out = dir.resolve("out");

    CliRun run = apply(wrong, Samples.espocrm(), out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.errLines()).isEqualTo(1);
    assertThat(run.err()).contains("wrong.json").contains("online");
    assertThat(out).doesNotExist();
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "[");

    CliRun run = apply(garbage, Samples.espocrm(), dir.resolve("out"), "--verbose");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_INVALID);
    assertThat(run.err()).contains("CliException").contains("\tat ");
  }

  @Test
  void guardStopsTheRunWithItsExitCodeAndWritesNothing() throws IOException {
    Path[] pair = guardPair();
    Path out = dir.resolve("out");

    CliRun run = apply(pair[0], pair[1], out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.GUARD_STOPPED);
    assertThat(run.err()).contains("guard").contains("--force");
    assertThat(out).doesNotExist();
    assertThat(filesIn(dir)).isEqualTo(2);
  }

  @Test
  void saysOnceWhatTheGuardSawAndThatForceAppliesIt() throws IOException {
    Path[] pair = guardPair();

    CliRun run = apply(pair[0], pair[1], dir.resolve("out"));

    assertThat(run.err())
        .isEqualTo(
            "kommsync: the mass-blank guard stopped the run, nothing was written: the plan would"
                + " leave 2 of 2 synced values blanked in Advoware; --force applies it\n");
  }

  @Test
  void anEmptyOutputPathIsAUsageError() {
    CliRun run =
        CliRun.of(
            "apply",
            "--advoware",
            Samples.advoware().toString(),
            "--espocrm",
            Samples.espocrm().toString(),
            "--out",
            "");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("kommsync: --out must name a directory, not be empty\n");
  }

  @Test
  void forceOverridesTheGuard() throws IOException {
    Path[] pair = guardPair();
    Path out = dir.resolve("out");

    CliRun run = apply(pair[0], pair[1], out, "--force");

    JsonNode party = JSON.readTree(out.resolve("advoware.json").toFile());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(party.get("kommunikation").findValuesAsText("tlf")).containsOnly("");
  }

  @Test
  void planReportsTheGuardWithItsExitCode() throws IOException {
    Path[] pair = guardPair();

    CliRun run =
        CliRun.of("plan", "--advoware", pair[0].toString(), "--espocrm", pair[1].toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.GUARD_STOPPED);
    assertThat(run.out()).contains("GUARD");
  }

  @Test
  void refusesAnOutputDirectoryHoldingOtherFiles() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");

    CliRun run = apply(Samples.advoware(), Samples.espocrm(), out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(filesIn(out)).isEqualTo(1);
  }

  @Test
  void writesBackAPhoneOfTheInstancesOwnTypeWithThatType() throws IOException {
    Path party =
        Files.writeString(
            dir.resolve("party.json"),
            """
            {"betNr": 4711, "rowId": "P1", "kommunikation": [
              {"id": 1, "rowId": "E1", "kommKz": 0, "tlf": "030 5550101", "bemerkung": null,
               "online": false}]}
            """);
    Path record =
        Files.writeString(
            dir.resolve("record.json"),
            """
            {"id": "6a0000000000d4711", "betnr": 4711, "emailAddressData": [],
             "phoneNumberData": [{"phoneNumber": "+491701111111", "type": "Pager",
               "primary": true, "optOut": false, "invalid": false}]}
            """);
    Path out = dir.resolve("out");

    CliRun run = apply(party, record, out, "--phone-types", "Mobile,Office,Home,Fax,Other,Pager");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode phones = JSON.readTree(out.resolve("espocrm.json").toFile()).get("phoneNumberData");
    assertThat(phones.findValuesAsText("phoneNumber"))
        .containsExactly("+491701111111", "+49305550101");
    assertThat(phones.findValuesAsText("type")).containsExactly("Pager", "Office");
  }

  @Test
  void appliesARecordWithTheInstancesOwnPhoneTypeWithoutNamingTheType() throws IOException {
    Path party =
        Files.writeString(
            dir.resolve("party.json"),
            """
            {"betNr": 4711, "rowId": "P1", "kommunikation": [
              {"id": 1, "rowId": "E1", "kommKz": 0, "tlf": "030 5550101", "bemerkung": null,
               "online": false}]}
            """);
    Path record =
        Files.writeString(
            dir.resolve("record.json"),
            """
            {"id": "6a0000000000d4711", "betnr": 4711, "emailAddressData": [],
             "phoneNumberData": [{"phoneNumber": "+491701111111", "type": "Pager",
               "primary": true, "optOut": false, "invalid": false}]}
            """);
    Path out = dir.resolve("out");

    CliRun run = apply(party, record, out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode phones = JSON.readTree(out.resolve("espocrm.json").toFile()).get("phoneNumberData");
    assertThat(phones.findValuesAsText("type")).containsExactly("Pager", "Office");
  }

  /** A synced party whose CRM record lost every value: the guard's case. */
  private Path[] guardPair() throws IOException {
    String phone = MarkerCodec.render(new Marker.Value("030 5550101", Kind.BUSINESS_PHONE), "");
    String mail =
        MarkerCodec.render(new Marker.Value("post@kanzlei-demo.de", Kind.BUSINESS_EMAIL), "Büro");
    String party =
        """
        {"betNr": 4711, "rowId": "P1", "kommunikation": [
          {"id": 1, "rowId": "E1", "kommKz": 0, "tlf": "030 5550101", "bemerkung": "%s",
           "online": false},
          {"id": 2, "rowId": "E2", "kommKz": 0, "tlf": "post@kanzlei-demo.de", "bemerkung": "%s",
           "online": true}]}
        """
            .formatted(phone, mail);
    String record =
        """
        {"id": "6a0000000000d4711", "betnr": 4711, "emailAddressData": [], "phoneNumberData": [],
         "syncStatus": "dirty", "advowareLastSync": "2026-02-01 08:00:00",
         "modifiedAt": "2026-02-02 08:00:00", "versionNumber": 4}
        """;
    return new Path[] {
      Files.writeString(dir.resolve("party.json"), party),
      Files.writeString(dir.resolve("record.json"), record)
    };
  }
}
