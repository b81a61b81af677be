package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile input corpus through the command line: {@code plan} and {@code apply} fed with
 * payload files that are empty, not JSON, JSON of the wrong shape or types, huge, nested without
 * end, not UTF-8, or no readable file at all. Each is refused with its documented exit code and one
 * line on stderr that names the file and quotes no value of it, or, where the input is legitimate
 * (a malformed marker is user text, a huge value is no phone), accepted with the value reported in
 * the plan. {@code apply} writes nothing for a refused input. The timeout guards against hangs; it
 * asserts no speed.
 */
class HostilePayloadFilesTest {

  private static final Duration HANG = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The id of the entry the accepted cases add to the party. */
  private static final long HOSTILE_ENTRY = 99001;

  /** The sample's beA entry, which every plan of the samples reports as skipped. */
  private static final long BEA_ENTRY = 88005;

  /** A phone number only the hostile files hold. */
  private static final String LEAK_PHONE = "+49 30 9998887";

  /** An e-mail address only the hostile files hold. */
  private static final String LEAK_EMAIL = "leak.me@example.org";

  /** Fragments of every value of the sample payloads and of the hostile files. */
  private static final List<String> PERSONAL =
      List.of(
          "9998887",
          "leak.me",
          "max.mueller",
          "mueller-privat",
          "Mueller-Privat",
          "123456",
          "2345678",
          "987654",
          "DE.BRAK",
          "Zentrale",
          "xxxxxxxx");

  @TempDir Path dir;

  /** Which payload file a case replaces; the other one is the sample. */
  enum Side {
    ADVOWARE,
    ESPOCRM
  }

  /** Creates the hostile input at the given path (or leaves it missing). */
  @FunctionalInterface
  interface Content {
    void create(Path path) throws IOException;
  }

  /** Creates the hostile input somewhere and returns its path. */
  @FunctionalInterface
  interface Placement {
    Path place(Path suggested) throws IOException;
  }

  /**
   * One hostile input.
   *
   * @param name the case, also the file name
   * @param side the file it replaces
   * @param exitCode the documented exit code, 0 for an input that is legitimately accepted
   * @param reportedEntry for an accepted input, the entry the plan must report as skipped or in a
   *     notice
   * @param placement creates the input and returns its path
   */
  record Hostile(String name, Side side, int exitCode, long reportedEntry, Placement placement) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return corpus().stream()
        .flatMap(c -> Stream.of(Arguments.of("plan", c), Arguments.of("apply", c)));
  }

  @Test
  void theCorpusHoldsAtLeastSixtyFiles() {
    List<Hostile> corpus = corpus();

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
    assertThat(corpus.stream().map(Hostile::name).distinct()).hasSameSizeAs(corpus);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void everyHostileFileIsRefusedClearlyOrAcceptedWithAReport(String command, Hostile hostile)
      throws IOException {
    Path input = hostile.placement().place(dir.resolve(hostile.name() + ".json"));
    if (hostile.name().equals("unreadable-file")) {
      Assumptions.assumeFalse(
          Files.isReadable(input), "runs as a user who may read any file (root)");
    }
    Path out = dir.resolve("out");
    Path advoware = hostile.side() == Side.ADVOWARE ? input : Samples.advoware();
    Path espocrm = hostile.side() == Side.ESPOCRM ? input : Samples.espocrm();

    CliRun run = assertTimeoutPreemptively(HANG, () -> run(command, advoware, espocrm, out));

    if (hostile.exitCode() == ExitCode.OK) {
      assertAcceptedWithReport(command, hostile, run, out);
    } else {
      assertRefused(command, hostile, run, out);
    }
  }

  private static CliRun run(String command, Path advoware, Path espocrm, Path out) {
    List<String> args =
        new ArrayList<>(
            List.of(command, "--advoware", advoware.toString(), "--espocrm", espocrm.toString()));
    if (command.equals("apply")) {
      args.addAll(List.of("--out", out.toString()));
    } else {
      args.addAll(List.of("--format", "json"));
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void assertRefused(String command, Hostile hostile, CliRun run, Path out) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(hostile.exitCode());
    assertThat(run.errLines()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("kommsync: ")
        .contains(hostile.name() + ".json")
        .doesNotContain("Exception", "\tat ", "internal error");
    assertNoPersonalData(run.err());
    assertThat(run.out()).isEmpty();
    if (command.equals("apply")) {
      assertThat(out).doesNotExist();
    }
  }

  private static void assertAcceptedWithReport(
      String command, Hostile hostile, CliRun run, Path out) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    JsonNode plan =
        command.equals("apply")
            ? JSON.readTree(out.resolve("plan.json").toFile())
            : JSON.readTree(run.out());
    List<Long> reported = new ArrayList<>();
    plan.get("skipped").forEach(s -> reported.add(s.path("entryId").asLong(-1)));
    plan.get("notices").forEach(n -> reported.add(n.path("entryId").asLong(-1)));
    assertThat(reported).as(hostile.name()).contains(hostile.reportedEntry());
    if (command.equals("apply")) {
      assertThat(out.resolve("advoware.json")).exists();
      assertThat(out.resolve("result.json")).exists();
    }
  }

  private static void assertNoPersonalData(String text) {
    for (String value : PERSONAL) {
      assertThat(text).doesNotContain(value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the corpus

  static List<Hostile> corpus() {
    List<Hostile> cases = new ArrayList<>();
    files(cases);
    encodings(cases);
    controlBytes(cases);
    syntax(cases);
    grammar(cases);
    sizes(cases);
    hugeValues(cases);
    partyShapes(cases);
    entryShapes(cases);
    recordShapes(cases);
    itemShapes(cases);
    accepted(cases);
    return cases;
  }

  private static void files(List<Hostile> cases) {
    cases.add(refused("missing-party-file", Side.ADVOWARE, ExitCode.INPUT_UNREADABLE, p -> {}));
    cases.add(refused("missing-record-file", Side.ESPOCRM, ExitCode.INPUT_UNREADABLE, p -> {}));
    cases.add(
        refused(
            "directory-as-party",
            Side.ADVOWARE,
            ExitCode.INPUT_UNREADABLE,
            Files::createDirectory));
    cases.add(
        refused(
            "directory-as-record",
            Side.ESPOCRM,
            ExitCode.INPUT_UNREADABLE,
            Files::createDirectory));
    cases.add(
        refused(
            "unreadable-file",
            Side.ADVOWARE,
            ExitCode.INPUT_UNREADABLE,
            p -> {
              Files.copy(Samples.advoware(), p);
              Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
            }));
    cases.add(
        new Hostile(
            "path-through-a-file",
            Side.ESPOCRM,
            ExitCode.INPUT_UNREADABLE,
            0,
            p -> Files.write(p, bytes(Samples.espocrm())).resolve("child.json")));
    cases.add(
        refused(
            "dangling-link",
            Side.ADVOWARE,
            ExitCode.INPUT_UNREADABLE,
            p -> Files.createSymbolicLink(p, p.resolveSibling("nowhere.json"))));
    cases.add(
        refused(
            "fifo-without-writer", Side.ADVOWARE, ExitCode.INPUT_UNREADABLE, SpecialFiles::fifo));
    cases.add(
        refused(
            "endless-device",
            Side.ADVOWARE,
            ExitCode.INPUT_UNREADABLE,
            p -> Files.createSymbolicLink(p, Path.of("/dev/zero"))));
    cases.add(
        refused(
            "empty-device",
            Side.ESPOCRM,
            ExitCode.INPUT_UNREADABLE,
            p -> Files.createSymbolicLink(p, Path.of("/dev/null"))));
  }

  private static void encodings(List<Hostile> cases) {
    byte[] sample = bytes(Samples.advoware());
    cases.add(
        refused(
            "invalid-utf8-in-string",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, replaceFirst(sample, "Zentrale", new byte[] {(byte) 0xC3, 'Z'}))));
    cases.add(
        refused(
            "truncated-utf8-at-end",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, concat(bytes(Samples.espocrm()), new byte[] {(byte) 0xE2}))));
    cases.add(
        refused(
            "utf16-with-bom",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, utf16(sample)))));
    cases.add(
        refused(
            "latin1-umlaut",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, replaceFirst(sample, "Müller", new byte[] {'M', (byte) 0xFC}))));
  }

  private static void controlBytes(List<Hostile> cases) {
    byte[] sample = bytes(Samples.advoware());
    cases.add(
        refused(
            "raw-nul-in-string",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, replaceFirst(sample, "Zentrale", new byte[] {'Z', 0, 'e'}))));
    cases.add(
        refused(
            "raw-control-in-string",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            p ->
                Files.write(
                    p, replaceFirst(bytes(Samples.espocrm()), "Max", new byte[] {'M', 0x07}))));
    cases.add(
        refused(
            "nul-bytes-only",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> Files.write(p, new byte[64])));
  }

  private static void syntax(List<Hostile> cases) {
    String party = text(Samples.advoware());
    String record = text(Samples.espocrm());
    cases.add(text("empty-party", Side.ADVOWARE, ExitCode.INPUT_INVALID, ""));
    cases.add(text("empty-record", Side.ESPOCRM, ExitCode.INPUT_INVALID, ""));
    cases.add(text("whitespace-only", Side.ADVOWARE, ExitCode.INPUT_INVALID, " \n\t\r\n "));
    cases.add(text("null-party", Side.ADVOWARE, ExitCode.INPUT_INVALID, "null"));
    cases.add(text("null-record", Side.ESPOCRM, ExitCode.INPUT_INVALID, "null"));
    cases.add(text("empty-array-party", Side.ADVOWARE, ExitCode.INPUT_INVALID, "[]"));
    cases.add(text("empty-array-record", Side.ESPOCRM, ExitCode.INPUT_INVALID, "[]"));
    cases.add(
        text("string-party", Side.ADVOWARE, ExitCode.INPUT_INVALID, "\"" + LEAK_EMAIL + "\""));
    cases.add(text("number-record", Side.ESPOCRM, ExitCode.INPUT_INVALID, "104860"));
    cases.add(text("boolean-party", Side.ADVOWARE, ExitCode.INPUT_INVALID, "true"));
    cases.add(text("party-in-an-array", Side.ADVOWARE, ExitCode.INPUT_INVALID, "[" + party + "]"));
    cases.add(
        text(
            "list-answer-as-record",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            "{\"total\": 1, \"list\": [" + record + "]}"));
    cases.add(
        text(
            "truncated-party",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            party.substring(0, party.length() / 2)));
  }

  private static void grammar(List<Hostile> cases) {
    String party = text(Samples.advoware());
    String record = text(Samples.espocrm());
    cases.add(text("trailing-garbage", Side.ADVOWARE, ExitCode.INPUT_INVALID, party + " xyz"));
    cases.add(text("two-records", Side.ESPOCRM, ExitCode.INPUT_INVALID, record + record));
    cases.add(
        text(
            "duplicate-top-level-key",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            party.replaceFirst("\\{", "{\"betNr\": 1,")));
    cases.add(
        text(
            "duplicate-list-key",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            record.replaceFirst("\\{", "{\"emailAddressData\": [],")));
    cases.add(
        text(
            "duplicate-entry-key",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            party.replace("\"tlf\": \"0511/123456\"", "\"tlf\": \"0511/123456\", \"tlf\": \"\"")));
    cases.add(
        text("comment", Side.ADVOWARE, ExitCode.INPUT_INVALID, "// " + LEAK_PHONE + "\n" + party));
    cases.add(
        text(
            "single-quotes",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            "{'id': 'a', 'emailAddress': '" + LEAK_EMAIL + "'}"));
    cases.add(
        text(
            "not-a-number",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "{\"betNr\": NaN, \"kommunikation\": []}"));
    cases.add(
        text(
            "unquoted-value",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "{\"betNr\": 104860, \"kommunikation\": [{\"id\": 1, \"tlf\": " + LEAK_PHONE + "}]}"));
  }

  private static void sizes(List<Hostile> cases) {
    cases.add(
        text(
            "deep-array-nesting",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "[".repeat(100_000) + "]".repeat(100_000)));
    cases.add(
        text(
            "deep-object-nesting",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
    cases.add(
        text(
            "deep-nesting-in-a-field",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "{\"betNr\": 104860, \"x\": "
                + "[".repeat(100_000)
                + "]".repeat(100_000)
                + ", \"kommunikation\": []}"));
    cases.add(
        text(
            "unterminated-deep-nesting",
            Side.ESPOCRM,
            ExitCode.INPUT_INVALID,
            "[".repeat(100_000)));
  }

  private static void hugeValues(List<Hostile> cases) {
    cases.add(
        text(
            "huge-field-name",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "{\"" + "n".repeat(1_000_000) + "\": 1, \"betNr\": 104860, \"kommunikation\": []}"));
    cases.add(
        text(
            "huge-number",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            "{\"betNr\": " + "9".repeat(100_000) + ", \"kommunikation\": []}"));
    cases.add(
        refused(
            "fifty-megabytes",
            Side.ADVOWARE,
            ExitCode.INPUT_INVALID,
            p -> {
              byte[] chunk = ("\"" + "x".repeat(1022) + "\",").getBytes(StandardCharsets.US_ASCII);
              try (OutputStream stream = Files.newOutputStream(p)) {
                stream.write("{\"betNr\": 104860, \"kommunikation\": [], \"x\": [".getBytes(UTF8));
                for (int i = 0; i < 50 * 1024; i++) {
                  stream.write(chunk);
                }
                stream.write("\"\"]}".getBytes(UTF8));
              }
            }));
  }

  private static void partyShapes(List<Hostile> cases) {
    cases.add(
        party(
            "party-without-kommunikation", ExitCode.INPUT_INVALID, p -> p.remove("kommunikation")));
    cases.add(party("kommunikation-null", ExitCode.INPUT_INVALID, p -> p.putNull("kommunikation")));
    cases.add(
        party(
            "kommunikation-string",
            ExitCode.INPUT_INVALID,
            p -> p.put("kommunikation", LEAK_PHONE)));
    cases.add(
        party(
            "kommunikation-object",
            ExitCode.INPUT_INVALID,
            p -> p.set("kommunikation", NODES.objectNode().put("tlf", LEAK_PHONE))));
    cases.add(party("party-without-betnr", ExitCode.INPUT_INVALID, p -> p.remove("betNr")));
    cases.add(party("betnr-null", ExitCode.INPUT_INVALID, p -> p.putNull("betNr")));
    cases.add(party("betnr-text", ExitCode.INPUT_INVALID, p -> p.put("betNr", LEAK_PHONE)));
    cases.add(party("betnr-object", ExitCode.INPUT_INVALID, p -> p.putObject("betNr")));
    cases.add(party("betnr-fraction", ExitCode.INPUT_INVALID, p -> p.put("betNr", 104860.5)));
    cases.add(party("betnr-other-party", ExitCode.INPUT_INVALID, p -> p.put("betNr", 4711)));
    cases.add(
        party(
            "geaendert-am-garbage", ExitCode.INPUT_INVALID, p -> p.put("geaendertAm", LEAK_PHONE)));
    cases.add(party("geaendert-am-number", ExitCode.INPUT_INVALID, p -> p.put("geaendertAm", 1)));
    cases.add(party("row-id-array", ExitCode.INPUT_INVALID, p -> p.putArray("rowId")));
    cases.add(
        party(
            "nulls-in-every-field",
            ExitCode.INPUT_INVALID,
            p -> {
              p.properties().forEach(f -> f.setValue(NODES.nullNode()));
            }));
  }

  private static void entryShapes(List<Hostile> cases) {
    cases.add(entries("entry-a-string", ExitCode.INPUT_INVALID, list -> list.add(LEAK_PHONE)));
    cases.add(entries("entry-null", ExitCode.INPUT_INVALID, ArrayNode::addNull));
    cases.add(entries("entry-an-array", ExitCode.INPUT_INVALID, list -> list.addArray().add(1)));
    cases.add(entry("entry-without-id", ExitCode.INPUT_INVALID, e -> e.remove("id")));
    cases.add(entry("entry-id-text", ExitCode.INPUT_INVALID, e -> e.put("id", "x")));
    cases.add(entry("entry-id-null", ExitCode.INPUT_INVALID, e -> e.putNull("id")));
    cases.add(entry("kommkz-text", ExitCode.INPUT_INVALID, e -> e.put("kommKz", "1")));
    cases.add(entry("kommkz-fraction", ExitCode.INPUT_INVALID, e -> e.put("kommKz", 1.5)));
    cases.add(entry("kommkz-huge", ExitCode.INPUT_INVALID, e -> e.put("kommKz", 1L << 40)));
    cases.add(entry("online-text", ExitCode.INPUT_INVALID, e -> e.put("online", "yes")));
    cases.add(entry("online-object", ExitCode.INPUT_INVALID, e -> e.putObject("online")));
    cases.add(entry("tlf-number", ExitCode.INPUT_INVALID, e -> e.put("tlf", 4930999888L)));
    cases.add(entry("tlf-array", ExitCode.INPUT_INVALID, e -> e.putArray("tlf").add(LEAK_PHONE)));
    cases.add(entry("bemerkung-object", ExitCode.INPUT_INVALID, e -> e.putObject("bemerkung")));
    cases.add(entry("entry-row-id-number", ExitCode.INPUT_INVALID, e -> e.put("rowId", 7)));
    cases.add(entry("entry-of-another-party", ExitCode.INPUT_INVALID, e -> e.put("betNr", 4711)));
    cases.add(entry("entry-id-repeats", ExitCode.INPUT_INVALID, e -> e.put("id", 88001)));
  }

  private static void recordShapes(List<Hostile> cases) {
    cases.add(
        record("record-without-emails", ExitCode.INPUT_INVALID, r -> r.remove("emailAddressData")));
    cases.add(record("emails-null", ExitCode.INPUT_INVALID, r -> r.putNull("emailAddressData")));
    cases.add(
        record("record-without-phones", ExitCode.INPUT_INVALID, r -> r.remove("phoneNumberData")));
    cases.add(
        record("phones-text", ExitCode.INPUT_INVALID, r -> r.put("phoneNumberData", LEAK_PHONE)));
    cases.add(
        record(
            "emails-object",
            ExitCode.INPUT_INVALID,
            r -> r.putObject("emailAddressData").put("emailAddress", LEAK_EMAIL)));
    cases.add(record("record-without-id", ExitCode.INPUT_INVALID, r -> r.remove("id")));
    cases.add(record("record-id-number", ExitCode.INPUT_INVALID, r -> r.put("id", 17)));
    cases.add(record("version-text", ExitCode.INPUT_INVALID, r -> r.put("versionNumber", "7")));
    cases.add(
        record("retry-count-text", ExitCode.INPUT_INVALID, r -> r.put("syncRetryCount", "x")));
    cases.add(
        record(
            "modified-at-garbage", ExitCode.INPUT_INVALID, r -> r.put("modifiedAt", LEAK_PHONE)));
    cases.add(
        record("last-sync-number", ExitCode.INPUT_INVALID, r -> r.put("advowareLastSync", 1)));
    cases.add(record("betnr-of-record-object", ExitCode.INPUT_INVALID, r -> r.putObject("betnr")));
    cases.add(record("record-of-another-party", ExitCode.INPUT_INVALID, r -> r.put("betnr", 4711)));
    cases.add(record("status-number", ExitCode.INPUT_INVALID, r -> r.put("syncStatus", 3)));
  }

  private static void itemShapes(List<Hostile> cases) {
    cases.add(email("email-item-text", ExitCode.INPUT_INVALID, null, list -> list.add(LEAK_EMAIL)));
    cases.add(
        email("email-value-null", ExitCode.INPUT_INVALID, i -> i.putNull("emailAddress"), null));
    cases.add(
        email("email-value-number", ExitCode.INPUT_INVALID, i -> i.put("emailAddress", 5), null));
    cases.add(
        email("email-value-blank", ExitCode.INPUT_INVALID, i -> i.put("emailAddress", " "), null));
    cases.add(email("primary-text", ExitCode.INPUT_INVALID, i -> i.put("primary", "true"), null));
    cases.add(email("opt-out-object", ExitCode.INPUT_INVALID, i -> i.putObject("optOut"), null));
    cases.add(phone("phone-value-array", ExitCode.INPUT_INVALID, i -> i.putArray("phoneNumber")));
    cases.add(phone("phone-type-number", ExitCode.INPUT_INVALID, i -> i.put("type", 1)));
    cases.add(phone("phone-invalid-flag-number", ExitCode.INPUT_INVALID, i -> i.put("invalid", 0)));
  }

  private static void accepted(List<Hostile> cases) {
    String[] remarks = {
      "[ESPOCRM:!!notbase64!!:1] Notiz",
      "[ESPOCRM:KzQ5IDMwIDk5OTg4ODc=:13] Notiz",
      "[ESPOCRM:KzQ5IDMwIDk5OTg4ODc=:5]",
      "[ESPOCRM:KzQ5IDMwIDk5OTg4ODc=:1 Notiz",
      "[ESPOCRM:/w==:1] Notiz",
      "[ESPOCRM-SLOT:99]",
      " [ESPOCRM:KzQ5IDMwIDk5OTg4ODc=:1]",
      "[ESPOCRM:\u0000:1]\u0007\u001b[31m",
    };
    for (int i = 0; i < remarks.length; i++) {
      String remark = remarks[i];
      cases.add(hostileEntry("malformed-marker-" + i, e -> e.put("bemerkung", remark)));
    }
    cases.add(hostileEntry("one-megabyte-value", e -> e.put("tlf", "x".repeat(1 << 20))));
    cases.add(
        hostileEntry(
            "hundred-thousand-remark", e -> e.put("bemerkung", "Notiz ".repeat(100_000 / 6))));
    cases.add(hostileEntry("nul-in-value", e -> e.put("tlf", "\u0000" + LEAK_PHONE)));
    cases.add(hostileEntry("control-chars-in-value", e -> e.put("tlf", LEAK_PHONE + "\u0007\r\n")));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    cases.add(
        accepted(
            "utf8-bom-party",
            Side.ADVOWARE,
            BEA_ENTRY,
            p -> Files.write(p, concat(bom, bytes(Samples.advoware())))));
    cases.add(
        accepted(
            "utf8-bom-record",
            Side.ESPOCRM,
            BEA_ENTRY,
            p -> Files.write(p, concat(bom, bytes(Samples.espocrm())))));
  }

  // ---------------------------------------------------------------------------------------------
  // builders

  private static Hostile refused(String name, Side side, int exitCode, Content content) {
    return new Hostile(
        name,
        side,
        exitCode,
        0,
        p -> {
          content.create(p);
          return p;
        });
  }

  private static Hostile accepted(String name, Side side, long reportedEntry, Content content) {
    return new Hostile(
        name,
        side,
        ExitCode.OK,
        reportedEntry,
        p -> {
          content.create(p);
          return p;
        });
  }

  private static Hostile text(String name, Side side, int exitCode, String text) {
    return refused(name, side, exitCode, p -> Files.writeString(p, text, UTF8));
  }

  private static Hostile party(String name, int exitCode, Consumer<ObjectNode> edit) {
    return refused(
        name, Side.ADVOWARE, exitCode, p -> Files.write(p, edited(Samples.advoware(), edit)));
  }

  private static Hostile entries(String name, int exitCode, Consumer<ArrayNode> edit) {
    return party(name, exitCode, p -> edit.accept((ArrayNode) p.get("kommunikation")));
  }

  private static Hostile entry(String name, int exitCode, Consumer<ObjectNode> edit) {
    return entries(name, exitCode, list -> edit.accept(newEntry(list)));
  }

  private static Hostile hostileEntry(String name, Consumer<ObjectNode> edit) {
    return accepted(
        name, Side.ADVOWARE, HOSTILE_ENTRY, p -> Files.write(p, withHostileEntry(edit)));
  }

  private static byte[] withHostileEntry(Consumer<ObjectNode> edit) {
    return edited(
        Samples.advoware(), p -> edit.accept(newEntry((ArrayNode) p.get("kommunikation"))));
  }

  private static ObjectNode newEntry(ArrayNode list) {
    return list.addObject()
        .put("id", HOSTILE_ENTRY)
        .put("betNr", 104860)
        .put("rowId", "ZZZ")
        .put("kommKz", 0)
        .put("tlf", LEAK_PHONE)
        .put("bemerkung", "Notiz")
        .put("online", false);
  }

  private static Hostile record(String name, int exitCode, Consumer<ObjectNode> edit) {
    return refused(
        name, Side.ESPOCRM, exitCode, p -> Files.write(p, edited(Samples.espocrm(), edit)));
  }

  private static Hostile email(
      String name, int exitCode, Consumer<ObjectNode> editItem, Consumer<ArrayNode> editList) {
    return record(
        name,
        exitCode,
        r -> {
          ArrayNode list = (ArrayNode) r.get("emailAddressData");
          if (editItem != null) {
            editItem.accept(
                list.addObject()
                    .put("emailAddress", LEAK_EMAIL)
                    .put("primary", false)
                    .put("optOut", false)
                    .put("invalid", false));
          }
          if (editList != null) {
            editList.accept(list);
          }
        });
  }

  private static Hostile phone(String name, int exitCode, Consumer<ObjectNode> editItem) {
    return record(
        name,
        exitCode,
        r ->
            editItem.accept(
                ((ArrayNode) r.get("phoneNumberData"))
                    .addObject()
                    .put("phoneNumber", "+49309998887")
                    .put("type", "Office")
                    .put("primary", false)
                    .put("optOut", false)
                    .put("invalid", false)));
  }

  private static byte[] edited(Path sample, Consumer<ObjectNode> edit) {
    try {
      ObjectNode json = (ObjectNode) JSON.readTree(sample.toFile());
      edit.accept(json);
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Path file) {
    return new String(bytes(file), UTF8);
  }

  private static byte[] utf16(byte[] utf8) {
    return new String(utf8, UTF8).getBytes(StandardCharsets.UTF_16BE);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] replaceFirst(byte[] text, String needle, byte[] replacement) {
    byte[] n = needle.getBytes(UTF8);
    for (int i = 0; i + n.length <= text.length; i++) {
      if (Arrays.equals(text, i, i + n.length, n, 0, n.length)) {
        byte[] head = Arrays.copyOf(text, i);
        byte[] tail = Arrays.copyOfRange(text, i + n.length, text.length);
        return concat(concat(head, replacement), tail);
      }
    }
    throw new IllegalArgumentException("not in the sample: " + needle);
  }
}
