package de.kommsync.bench.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.advoware.HttpAdvoware;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.Channel;
import de.kommsync.model.Kind;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import de.kommsync.testkit.HttpFault;
import de.kommsync.testkit.InMemoryAdvoware;
import de.kommsync.testkit.InMemoryEspoCrm;
import de.kommsync.value.ValueKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The two systems one scenario runs against: the product simulations, the adapters the engine talks
 * to (unmeasured), the same adapters behind a {@link CallTracker} with a fixed latency (measured),
 * and the editing helpers a scenario uses to change data as a person would.
 */
public final class World implements AutoCloseable {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ValueKeys KEYS = new ValueKeys("DE");

  private final AdvowareSimulation advoware;
  private final EspoCrmSimulation crm;
  private final PartySystem partySystem;
  private final Crm crmAdapter;
  private final CallTracker tracker = new CallTracker();
  private final TrackedPartySystem trackedPartySystem;
  private final TrackedCrm trackedCrm;
  private final InMemoryAdvoware advowareEditor;
  private final InMemoryEspoCrm crmEditor;
  private final List<AutoCloseable> servers;
  private final ExecutorService workers = Executors.newCachedThreadPool(World::daemon);
  private final String description;
  private int nextParty = 300_000;

  /**
   * The adapters of one side and how they are reached.
   *
   * @param adapter what the engine calls
   * @param latency the delay the tracking wrapper adds per call (zero when a server adds it)
   */
  private record Side<T>(T adapter, Latency latency) {}

  private World(
      AdvowareSimulation advoware,
      EspoCrmSimulation crm,
      Side<PartySystem> partySide,
      Side<Crm> crmSide,
      List<AutoCloseable> servers,
      String description) {
    this.advoware = advoware;
    this.crm = crm;
    this.partySystem = partySide.adapter();
    this.crmAdapter = crmSide.adapter();
    this.trackedPartySystem = new TrackedPartySystem(partySystem, tracker, partySide.latency());
    this.trackedCrm = new TrackedCrm(crmAdapter, tracker, crmSide.latency());
    this.advowareEditor = new InMemoryAdvoware(advoware);
    this.crmEditor = new InMemoryEspoCrm(crm);
    this.servers = List.copyOf(servers);
    this.description = description;
  }

  /**
   * Creates a world over the in-memory fakes, the latency slept per call by the tracked adapters.
   *
   * @param latency the delay per request
   * @param optimisticConcurrency whether the CRM checks record versions
   */
  public static World inMemory(Latency latency, boolean optimisticConcurrency) {
    AdvowareSimulation advoware = AdvowareSimulation.builder().build();
    EspoCrmSimulation crm =
        EspoCrmSimulation.builder().optimisticConcurrency(optimisticConcurrency).build();
    return new World(
        advoware,
        crm,
        new Side<>(new InMemoryAdvoware(advoware), latency),
        new Side<>(new InMemoryEspoCrm(crm), latency),
        List.of(),
        "in-memory fakes, latency slept per call by the client");
  }

  /**
   * Creates a world in which both systems are reached over HTTP: the Advoware and EspoCRM adapters
   * talk to fake servers on loopback that wait the latency before they answer each API request (the
   * Advoware token request excepted).
   *
   * @param latency the delay per request
   * @param optimisticConcurrency whether the CRM checks record versions
   */
  public static World overHttp(Latency latency, boolean optimisticConcurrency) {
    AdvowareSimulation advoware = AdvowareSimulation.builder().build();
    EspoCrmSimulation crm =
        EspoCrmSimulation.builder().optimisticConcurrency(optimisticConcurrency).build();
    FakeAdvowareServer advowareServer = FakeAdvowareServer.start(advoware);
    FakeEspoCrmServer crmServer = FakeEspoCrmServer.start(crm);
    if (!latency.perRequest().isZero()) {
      advowareServer.inject(
          null,
          ".*/advonet/.*",
          Integer.MAX_VALUE,
          FakeAdvowareServer.Fault.delay(latency.perRequest()));
      crmServer.inject("*", ".*", Integer.MAX_VALUE, HttpFault.delay(latency.perRequest()));
    }
    HttpAdvoware advowareHttp = HttpAdvoware.create(advowareServer.config().build());
    HttpEspoCrm crmHttp =
        new HttpEspoCrm(
            crmServer.connection(crmServer.apiKeyCredentials()).build(), EspoCrmConfig.defaults());
    return new World(
        advoware,
        crm,
        new Side<>(advowareHttp, Latency.NONE),
        new Side<>(crmHttp, Latency.NONE),
        List.of(advowareServer, crmServer),
        "both systems over HTTP (the adapters against fake servers on loopback,"
            + " latency per request in the servers)");
  }

  /** Returns how the systems are reached, for the report. */
  public String description() {
    return description;
  }

  /** Stops the servers this world started. */
  @Override
  public void close() {
    workers.shutdown();
    for (AutoCloseable server : servers) {
      try {
        server.close();
      } catch (Exception e) {
        throw new IllegalStateException("a fake server did not stop", e);
      }
    }
  }

  /** Returns the tracker of the measured adapters. */
  public CallTracker tracker() {
    return tracker;
  }

  /** Returns the measured party system. */
  public PartySystem trackedPartySystem() {
    return trackedPartySystem;
  }

  /** Returns the measured CRM. */
  public Crm trackedCrm() {
    return trackedCrm;
  }

  /** Returns the party-system editor (edits as a user of the party system). */
  public InMemoryAdvoware partyEditor() {
    return advowareEditor;
  }

  /** Returns the CRM editor (edits as a person in the CRM). */
  public InMemoryEspoCrm crmEditor() {
    return crmEditor;
  }

  /**
   * Builds an engine over the measured adapters; its parallel reads and writes run on the world's
   * workers through the tracker's executor, so they count by stage.
   */
  public SyncEngine measuredEngine(SyncOptions options) {
    return SyncEngine.builder()
        .partySystem(trackedPartySystem)
        .crm(trackedCrm)
        .options(options)
        .executor(tracker.executor(workers))
        .build();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bench-io");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Loads a new pair that was never synced.
   *
   * @param seeds the values and where each lives
   * @return the pair
   */
  public Pair load(List<Seed> seeds) {
    long betNr = nextParty++;
    String recordId = String.format("6d%015d", betNr);
    ArrayNode entries = NODES.arrayNode();
    ArrayNode emails = NODES.arrayNode();
    ArrayNode phones = NODES.arrayNode();
    List<Long> entryIds = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      Seed seed = seeds.get(i);
      long entryId = seed.side() == Seed.Side.CRM_ONLY ? -1 : betNr * 100 + i;
      entryIds.add(entryId);
      if (seed.side() != Seed.Side.CRM_ONLY) {
        entries.add(entry(betNr, entryId, seed));
      }
      if (seed.side() != Seed.Side.PARTY_ONLY) {
        addCrmItem(seed, emails, phones);
      }
    }
    ObjectNode party = NODES.objectNode().put("betNr", betNr).put("name", "Beispiel " + betNr);
    party.set("kommunikation", entries);
    advoware.load(party);
    crm.load(record(recordId, betNr, emails, phones));
    return new Pair(Long.toString(betNr), recordId, entryIds, seeds);
  }

  /** Loads a pair and syncs it once without measuring, so both sides hold every value marked. */
  public Pair loadSettled(List<Seed> seeds) {
    Pair pair = load(seeds);
    try (SyncEngine engine =
        SyncEngine.builder().partySystem(partySystem).crm(crmAdapter).build()) {
      RunResult result = engine.sync(pair.partyId(), pair.recordId());
      if (result.outcome() != RunOutcome.SUCCESS) {
        throw new IllegalStateException(
            "settling pair " + pair.partyId() + " ended " + result.outcome());
      }
    }
    return pair;
  }

  /** Returns the value's form in the CRM: E.164 for phones, as written for e-mails. */
  public static String crmForm(String value) {
    return ValueKeys.channelOf(value) == Channel.PHONE ? KEYS.phoneKey(value).orElseThrow() : value;
  }

  private static ObjectNode entry(long betNr, long entryId, Seed seed) {
    return NODES
        .objectNode()
        .put("id", entryId)
        .put("betNr", betNr)
        .put("kommKz", seed.kind().code())
        .put("tlf", seed.value())
        .putNull("bemerkung")
        .put("online", seed.kind().channel().orElse(Channel.PHONE) == Channel.EMAIL);
  }

  private static void addCrmItem(Seed seed, ArrayNode emails, ArrayNode phones) {
    Kind kind = seed.kind();
    if (kind.channel().orElseThrow() == Channel.EMAIL) {
      emails.add(flags(NODES.objectNode().put("emailAddress", seed.value()), emails.isEmpty()));
    } else {
      ObjectNode item =
          NODES.objectNode().put("phoneNumber", crmForm(seed.value())).put("type", typeName(kind));
      phones.add(flags(item, phones.isEmpty()));
    }
  }

  private static ObjectNode flags(ObjectNode item, boolean primary) {
    return item.put("primary", primary).put("optOut", false).put("invalid", false);
  }

  private static String typeName(Kind kind) {
    return switch (kind.phoneType().orElseThrow()) {
      case BUSINESS -> "Office";
      case MOBILE -> "Mobile";
      case HOME -> "Home";
      case FAX -> "Fax";
      case OTHER -> "Other";
    };
  }

  private static ObjectNode record(String id, long betNr, ArrayNode emails, ArrayNode phones) {
    ObjectNode record =
        NODES
            .objectNode()
            .put("id", id)
            .put("name", "Beispiel " + betNr)
            .put("betnr", betNr)
            .put("syncStatus", "pending_sync")
            .put("syncRetryCount", 0);
    record.set("emailAddressData", emails);
    record.set("phoneNumberData", phones);
    if (!emails.isEmpty()) {
      record.put("emailAddress", emails.get(0).path("emailAddress").asText());
    }
    if (!phones.isEmpty()) {
      record.put("phoneNumber", phones.get(0).path("phoneNumber").asText());
    }
    return record;
  }

  /** Returns the id of a pair's entry at a seed index. */
  public static long entryId(Pair pair, int index) {
    long id = pair.entryIds().get(index);
    if (id < 0) {
      throw new IllegalArgumentException("seed " + index + " has no entry");
    }
    return id;
  }

  /** Returns the seed of a pair at an index. */
  public static Seed seed(Pair pair, int index) {
    return Objects.requireNonNull(pair.seeds().get(index));
  }
}
