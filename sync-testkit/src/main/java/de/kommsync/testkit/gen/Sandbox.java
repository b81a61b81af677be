package de.kommsync.testkit.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartySnapshot;
import de.kommsync.plan.Plan;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FaultPlan;
import de.kommsync.testkit.InMemoryAdvoware;
import de.kommsync.testkit.InMemoryEspoCrm;
import de.kommsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Plays a {@link History} on the in-memory fakes: builds both simulations from the start state,
 * applies users' edits as a person would make them in either product, and runs the engine with a
 * run's options and injected fault. The host's clock and the CRM's clock are {@link TestClock}s
 * that may be minutes apart; the party system stamps its change times in Berlin local time.
 * Single-threaded use; not thread-safe.
 */
public final class Sandbox implements AutoCloseable {

  /** The party id every sandbox uses. */
  public static final String PARTY_ID = "4711";

  /** The CRM record id every sandbox uses. */
  public static final String RECORD_ID = "6c0000000000a4711";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final TestClock hostClock;
  private final TestClock crmClock;
  private final EspoCrmSimulation crmSimulation;
  private final AdvowareSimulation partySimulation;
  private final InMemoryEspoCrm crm;
  private final InMemoryAdvoware party;
  private final SyncEngine engine;
  private final EditApplier editor;

  /**
   * Builds the sandbox for a start state.
   *
   * @param start the start state
   * @param executor the executor for the engine's parallel calls; the caller owns it
   */
  public Sandbox(Start start, Executor executor) {
    Instant base =
        start.dstStart()
            ? Instant.parse("2026-10-25T00:30:00Z")
            : Instant.parse("2026-06-01T08:00:00Z");
    this.hostClock = TestClock.at(base);
    this.crmClock = TestClock.at(base.plusSeconds(start.crmClockSkewSeconds()));
    this.crmSimulation =
        EspoCrmSimulation.builder()
            .clock(crmClock)
            .optimisticConcurrency(start.optimisticConcurrency())
            .build();
    this.partySimulation = AdvowareSimulation.builder().clock(hostClock).zone(BERLIN).build();
    partySimulation.load(partyJson(start, LocalDateTime.ofInstant(base, BERLIN)));
    crmSimulation.load(recordJson(start));
    this.crm = new InMemoryEspoCrm(crmSimulation);
    this.party = new InMemoryAdvoware(partySimulation);
    this.engine =
        SyncEngine.builder()
            .partySystem(party)
            .crm(crm)
            .clock(hostClock)
            .executor(executor)
            .build();
    this.editor = new EditApplier(party, crm, PARTY_ID, RECORD_ID);
  }

  /** Returns the CRM fake. */
  public InMemoryEspoCrm crm() {
    return crm;
  }

  /** Returns the party-system fake. */
  public InMemoryAdvoware partySystem() {
    return party;
  }

  /** Returns the engine. */
  public SyncEngine engine() {
    return engine;
  }

  /** Returns the party as stored now, with real kinds, without counting a call. */
  public PartySnapshot partyNow() {
    return party.party(PARTY_ID);
  }

  /** Returns the CRM record as stored now, without counting a call. */
  public CrmRecord recordNow() {
    return crm.record(RECORD_ID);
  }

  /**
   * Applies one user edit.
   *
   * @return whether it changed something (an edit that finds nothing to touch, or that the CRM
   *     refuses, changes nothing)
   */
  public boolean apply(Edit edit) {
    return editor.apply(edit);
  }

  /** Moves both clocks forward by the same amount. */
  public void advance(Duration amount) {
    hostClock.advance(amount);
    crmClock.advance(amount);
  }

  /**
   * Runs the engine once with the run's options and fault; the fault plan is cleared afterwards.
   *
   * @return the run's result
   */
  public RunResult run(RunSpec spec) {
    crm.resetCalls();
    party.resetCalls();
    RunSpec.Fault fault = spec.fault();
    if (fault != null) {
      FaultPlan plan = new FaultPlan();
      if (fault.timing() == FaultPlan.Timing.BEFORE) {
        plan.failBeforeCall(fault.callIndex());
      } else {
        plan.loseResponseOfCall(fault.callIndex());
      }
      if (fault.crmSide()) {
        crm.setFaults(plan);
      } else {
        party.setFaults(plan);
      }
    }
    try {
      return engine.sync(PARTY_ID, RECORD_ID, options(spec));
    } finally {
      crm.setFaults(new FaultPlan());
      party.setFaults(new FaultPlan());
    }
  }

  /** Computes the plan a run with these options would apply now, writing nothing. */
  public Plan plan(RunSpec spec) {
    return engine.plan(PARTY_ID, RECORD_ID, options(spec));
  }

  /** Returns the options of a run. */
  public static SyncOptions options(RunSpec spec) {
    return SyncOptions.builder()
        .direction(spec.direction())
        .conflictPolicy(spec.policy())
        .force(spec.force())
        .ignoreBackoff(true)
        .build();
  }

  @Override
  public void close() {
    engine.close();
  }

  private static ObjectNode partyJson(Start start, LocalDateTime changedAt) {
    ObjectNode json = NODES.objectNode();
    json.put("betNr", Long.parseLong(PARTY_ID));
    json.put("geaendertAm", changedAt.withNano(0).toString());
    json.put("name", "Müller");
    json.put("vorname", "Jörg");
    ArrayNode entries = json.putArray("kommunikation");
    long id = 1001;
    for (Start.StartEntry entry : start.entries()) {
      ObjectNode item = entries.addObject();
      item.put("id", id++);
      item.put("betNr", Long.parseLong(PARTY_ID));
      SampleValue value = EditApplier.value(entry.valueIndex());
      int kind = EditApplier.kindFor(value, entry.kindPick());
      String text = RemarkTexts.at(entry.remarkIndex());
      item.put("kommKz", kind);
      if (entry.blankSlot() && kind != 5) {
        item.put("tlf", "");
        item.put("bemerkung", ("[ESPOCRM-SLOT:" + kind + "] " + text).strip());
      } else {
        item.put("tlf", value.text());
        item.put("bemerkung", text.isEmpty() ? null : text);
      }
      item.put("online", kind == 4 || kind == 5 || kind == 8 || kind == 11 || kind == 12);
    }
    return json;
  }

  private static ObjectNode recordJson(Start start) {
    EspoCrmConfig config = EspoCrmConfig.defaults();
    ObjectNode json = NODES.objectNode();
    json.put("id", RECORD_ID);
    json.put("name", "Jörg Müller");
    json.put("betnr", Long.parseLong(PARTY_ID));
    json.put("syncStatus", "pending_sync");
    json.put("syncRetryCount", 0);
    ArrayNode emails = json.putArray("emailAddressData");
    ArrayNode phones = json.putArray("phoneNumberData");
    Set<String> keys = new HashSet<>();
    for (Start.StartValue value : start.crmValues()) {
      List<SampleValue> pool = SampleValues.crmWritable(value.channel());
      SampleValue chosen = pool.get(Math.floorMod(value.valueIndex(), pool.size()));
      if (!keys.add(String.valueOf(chosen.key()))) {
        continue;
      }
      ObjectNode item = value.channel() == Channel.EMAIL ? emails.addObject() : phones.addObject();
      if (value.channel() == Channel.EMAIL) {
        item.put("emailAddress", chosen.text().strip());
        item.put("lower", chosen.text().strip().toLowerCase(Locale.ROOT));
      } else {
        item.put("phoneNumber", chosen.key());
        item.put("type", config.phoneTypeName(value.type()));
      }
      item.put("primary", false).put("optOut", value.optOut()).put("invalid", value.invalid());
    }
    markPrimary(json, emails, "emailAddress", start.primaryPick());
    markPrimary(json, phones, "phoneNumber", start.primaryPick());
    json.put("modifiedAt", EspoCrmJson.formatTime(Instant.parse("2026-01-01T00:00:00Z")));
    return json;
  }

  private static void markPrimary(ObjectNode json, ArrayNode items, String field, int pick) {
    if (items.isEmpty()) {
      json.putNull(field);
      return;
    }
    ObjectNode primary = (ObjectNode) items.get(Math.floorMod(pick, items.size()));
    primary.put("primary", true);
    json.put(field, primary.path(field).asText());
  }
}
