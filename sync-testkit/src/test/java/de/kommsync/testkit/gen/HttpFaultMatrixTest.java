package de.kommsync.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.advoware.HttpAdvoware;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartyEntry;
import de.kommsync.retry.RetryPolicy;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import de.kommsync.testkit.HttpFault;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP fault matrix over both fake servers: for every kind of call of a first sync (CRM read
 * and update, party read, entry create and update), each of 401, 403, 404, 409, 429 with
 * Retry-After, 500, 502, 503, 504, a timeout, a connection reset, a garbled body, a write applied
 * with its answer lost, and a wrong content type: the call's normal status with an HTML page
 * labelled {@code text/html} ({@code ctype-html}, what a proxy or log-in portal answers), or with
 * its normal JSON labelled {@code text/plain} ({@code ctype-plain}). The faulted run ends with a
 * defined outcome (transient faults on reads and updates are retried to success); clean runs
 * afterwards converge with nothing lost or duplicated.
 */
class HttpFaultMatrixTest {

  private static final RetryPolicy FAST =
      new RetryPolicy(3, Duration.ofMillis(5), 2.0, 0.0, Duration.ofSeconds(2));
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final String RECORD = Sandbox.RECORD_ID;
  private static final Set<String> KEYS =
      Set.of("+49511123456", "+49304455667", "max.mustermann@example.com");
  private static final List<String> FAULTS =
      List.of(
          "401",
          "403",
          "404",
          "409",
          "429",
          "500",
          "502",
          "503",
          "504",
          "timeout",
          "reset",
          "garbled",
          "lost",
          "ctype-html",
          "ctype-plain");
  private static final List<String[]> CALLS =
      List.of(
          new String[] {"crm", "GET", "/CBeteiligte/.*"},
          new String[] {"crm", "PUT", "/CBeteiligte/.*"},
          new String[] {"party", "GET", ".*/Beteiligte/4711"},
          new String[] {"party", "POST", ".*/Kommunikationen"},
          new String[] {"party", "PUT", ".*/Kommunikationen/[0-9]+"});

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] call : CALLS) {
      for (String fault : FAULTS) {
        cases.add(Arguments.of(call[0], call[1], call[2], fault));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("matrix")
  void aFaultAtAnyCallEndsDefinedAndLosesNothing(
      String side, String method, String path, String fault) {
    AdvowareSimulation party = AdvowareSimulation.builder().build();
    EspoCrmSimulation crm = EspoCrmSimulation.builder().build();
    load(party, crm);
    try (FakeEspoCrmServer crmServer = FakeEspoCrmServer.start(crm);
        FakeAdvowareServer partyServer = FakeAdvowareServer.start(party);
        SyncEngine engine = engine(crmServer, partyServer)) {
      if (side.equals("crm")) {
        crmServer.inject(method, path, 1, crmFault(fault));
      } else {
        partyServer.inject(method, path, 1, partyFault(fault));
      }

      RunResult faulted = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(engine));
      crmServer.clearFaults();
      partyServer.clearFaults();
      RunResult clean = run(engine);
      if (clean.isFailure()) {
        clean = run(engine);
      }

      assertThat(clean.isFailure()).as(clean.reasonText().orElse("")).isFalse();
      assertConverged(party, crm);
      assertThat(engine.plan("4711", RECORD, options()).operations()).isEmpty();
      assertThat(faulted.outcome()).isIn(expected(side, method, fault));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void anHtmlPageInsteadOfJsonStopsTheRunWithoutQuotingThePage(
      String side, String method, String path) {
    AdvowareSimulation party = AdvowareSimulation.builder().build();
    EspoCrmSimulation crm = EspoCrmSimulation.builder().build();
    load(party, crm);
    try (FakeEspoCrmServer crmServer = FakeEspoCrmServer.start(crm);
        FakeAdvowareServer partyServer = FakeAdvowareServer.start(party);
        SyncEngine engine = engine(crmServer, partyServer)) {
      if (side.equals("crm")) {
        crmServer.inject(method, path, 1, HttpFault.htmlPage());
      } else {
        partyServer.inject(method, path, 1, FakeAdvowareServer.Fault.htmlPage());
      }

      RunResult faulted = run(engine);

      assertThat(faulted.outcome())
          .isEqualTo(method.equals("GET") ? RunOutcome.FAILED : RunOutcome.OUTCOME_UNKNOWN);
      assertThat(String.join("\n", faulted.errors()) + faulted.reasonText().orElse(""))
          .contains(method.equals("GET") ? "HTML or XML page" : "unreadable")
          .doesNotContain("Anmeldung", "portal-support", "kanzlei.example", "<");
      assertWriteApplied(side, method, party, crm);
    }
  }

  static Stream<Arguments> calls() {
    return CALLS.stream().map(call -> Arguments.of(call[0], call[1], call[2]));
  }

  /** Asserts that a faulted write reached the fake's state, although its answer was unreadable. */
  private static void assertWriteApplied(
      String side, String method, AdvowareSimulation party, EspoCrmSimulation crm) {
    List<PartyEntry> entries = AdvowareJson.readParty(party.party(4711).orElseThrow()).entries();
    if (side.equals("crm") && method.equals("PUT")) {
      CrmRecord record =
          new EspoCrmJson(EspoCrmConfig.defaults()).readRecord(crm.record(RECORD).orElseThrow());
      assertThat(record.phones()).extracting(CrmValue::value).contains("+49511123456");
    } else if (method.equals("POST")) {
      assertThat(entries).extracting(PartyEntry::value).contains("+49304455667");
    } else if (method.equals("PUT")) {
      assertThat(entries).anySatisfy(e -> assertThat(e.remark()).startsWith("[ESPOCRM:"));
    }
  }

  /**
   * The outcomes a faulted first sync may end with: a read retries 429 (honouring Retry-After),
   * 502, 503, 504, timeouts and resets to success; an update retries the statuses, and may stop
   * with an unknown outcome when the connection is lost or times out after sending; a create is
   * never repeated; 401 renews the party system's token once; 404 on the CRM record or the party
   * means it is missing or deleted. JSON labelled {@code text/plain} is read as JSON; an HTML page
   * on a 2xx answer fails a read and leaves a write's outcome unknown (the status says it went
   * through, the page may come from a portal that never passed it on), so the run stops.
   */
  private static Set<RunOutcome> expected(String side, String method, String fault) {
    boolean retryableStatus = Set.of("429", "502", "503", "504").contains(fault);
    boolean lostConnection = Set.of("timeout", "reset").contains(fault);
    if (method.equals("GET") && (retryableStatus || lostConnection)) {
      return Set.of(RunOutcome.SUCCESS);
    }
    if (method.equals("PUT") && retryableStatus) {
      return Set.of(RunOutcome.SUCCESS);
    }
    if (method.equals("PUT") && lostConnection) {
      return Set.of(RunOutcome.SUCCESS, RunOutcome.OUTCOME_UNKNOWN);
    }
    if (fault.equals("ctype-plain")) {
      return Set.of(RunOutcome.SUCCESS);
    }
    if (fault.equals("ctype-html")) {
      return Set.of(method.equals("GET") ? RunOutcome.FAILED : RunOutcome.OUTCOME_UNKNOWN);
    }
    if (fault.equals("401") && side.equals("party")) {
      return Set.of(RunOutcome.SUCCESS);
    }
    if (fault.equals("404") && side.equals("crm")) {
      return Set.of(RunOutcome.RECORD_MISSING);
    }
    if (fault.equals("404") && method.equals("GET")) {
      return Set.of(RunOutcome.PARTY_DELETED);
    }
    return Set.of(
        RunOutcome.FAILED,
        RunOutcome.OUTCOME_UNKNOWN,
        RunOutcome.VERIFICATION_FAILED,
        RunOutcome.SUCCESS);
  }

  private static RunResult run(SyncEngine engine) {
    return engine.sync("4711", RECORD, options());
  }

  private static SyncOptions options() {
    return SyncOptions.builder().ignoreBackoff(true).build();
  }

  private static SyncEngine engine(FakeEspoCrmServer crmServer, FakeAdvowareServer partyServer) {
    HttpEspoCrm crm =
        new HttpEspoCrm(
            crmServer
                .connection(crmServer.apiKeyCredentials())
                .retryPolicy(FAST)
                .requestTimeout(TIMEOUT)
                .build(),
            EspoCrmConfig.defaults());
    HttpAdvoware party =
        HttpAdvoware.create(
            partyServer.config().requestTimeout(TIMEOUT).build(), FAST, Clock.systemUTC());
    return SyncEngine.builder().partySystem(party).crm(crm).executor(Player.POOL).build();
  }

  private static HttpFault crmFault(String fault) {
    return switch (fault) {
      case "429" -> HttpFault.status(429, null, "1");
      case "timeout" -> HttpFault.delay(TIMEOUT.multipliedBy(2));
      case "reset" -> HttpFault.reset();
      case "garbled" -> HttpFault.garbledBody();
      case "lost" -> HttpFault.applyThenDrop();
      case "ctype-html" -> HttpFault.htmlPage();
      case "ctype-plain" -> HttpFault.jsonAsPlainText();
      default -> HttpFault.status(Integer.parseInt(fault));
    };
  }

  private static FakeAdvowareServer.Fault partyFault(String fault) {
    return switch (fault) {
      case "429" -> FakeAdvowareServer.Fault.statusWithRetryAfter(429, 1);
      case "timeout" -> FakeAdvowareServer.Fault.delay(TIMEOUT.multipliedBy(2));
      case "reset" -> FakeAdvowareServer.Fault.reset();
      case "garbled" -> FakeAdvowareServer.Fault.garbledBody();
      case "lost" -> FakeAdvowareServer.Fault.applyThenDrop();
      case "ctype-html" -> FakeAdvowareServer.Fault.htmlPage();
      case "ctype-plain" -> FakeAdvowareServer.Fault.jsonAsPlainText();
      default -> FakeAdvowareServer.Fault.status(Integer.parseInt(fault), "Fehler");
    };
  }

  private static void load(AdvowareSimulation party, EspoCrmSimulation crm) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode().put("betNr", 4711);
    json.putArray("kommunikation")
        .add(
            nodes
                .objectNode()
                .put("id", 1)
                .put("kommKz", 1)
                .put("tlf", "0511 123456")
                .put("bemerkung", "Zentrale"))
        .add(
            nodes
                .objectNode()
                .put("id", 2)
                .put("kommKz", 4)
                .put("tlf", "max.mustermann@example.com")
                .put("online", true));
    party.load(json);
    ObjectNode record = nodes.objectNode().put("id", RECORD).put("betnr", 4711);
    record
        .putArray("phoneNumberData")
        .addObject()
        .put("phoneNumber", "+49304455667")
        .put("type", "Office")
        .put("primary", true)
        .put("optOut", false)
        .put("invalid", false);
    record.put("phoneNumber", "+49304455667");
    crm.load(record);
  }

  private static void assertConverged(AdvowareSimulation party, EspoCrmSimulation crm) {
    List<PartyEntry> entries = AdvowareJson.readParty(party.party(4711).orElseThrow()).entries();
    CrmRecord record =
        new EspoCrmJson(EspoCrmConfig.defaults()).readRecord(crm.record(RECORD).orElseThrow());
    Map<String, Integer> entryKeys = new HashMap<>();
    for (PartyEntry entry : entries) {
      if (!entry.isBlank()) {
        SampleValues.keyOf(entry.valueOrEmpty())
            .ifPresent(k -> entryKeys.merge(k, 1, Integer::sum));
      }
    }
    List<String> crmKeys = new ArrayList<>();
    for (CrmValue value : record.emails()) {
      crmKeys.add(SampleValues.keyOf(value.value()).orElseThrow());
    }
    for (CrmValue value : record.phones()) {
      crmKeys.add(SampleValues.keyOf(value.value()).orElseThrow());
    }
    assertThat(entryKeys).containsOnlyKeys(KEYS).allSatisfy((k, n) -> assertThat(n).isOne());
    assertThat(crmKeys).containsExactlyInAnyOrderElementsOf(KEYS);
    assertThat(entries)
        .anySatisfy(e -> assertThat(OwnMarkers.read(e.remark()).userText()).isEqualTo("Zentrale"));
  }
}
