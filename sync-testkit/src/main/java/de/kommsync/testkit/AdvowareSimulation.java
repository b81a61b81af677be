package de.kommsync.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A simulation of Advoware's party ("Beteiligte") and communication ("Kommunikationen") endpoints
 * that holds product-shaped state and applies the product's rules to product JSON
 * (research/advoware-api.md §2, §4; SPEC section 2). Its request-level methods take and return what
 * the REST API takes and returns, so an HTTP server can be put on top of it. Thread-safe: every
 * method is serialised.
 *
 * <p>Rules applied:
 *
 * <ul>
 *   <li>{@code GET} reports every entry's {@code kommKz} as 0, a known server bug (SPEC section 2;
 *       research/seed-system.md §4.6); {@link Builder#reportKinds(boolean)} makes it report the
 *       real kind. Answers to {@code POST} and {@code PUT} carry the real kind (the recorded entry
 *       sample with kind 1 is taken to come from such an answer, research/seed-system.md §4.6).
 *   <li>{@code kommKz} is read-only on {@code PUT}: a kind never changes (research/advoware-api.md
 *       §4.3); whatever is sent is ignored.
 *   <li>{@code DELETE} answers 403 (research/advoware-api.md §4.2).
 *   <li>A party that does not exist answers 404 (research/advoware-api.md §4.6); error bodies are
 *       text (§4.6: no error schema is documented).
 *   <li>The party's {@code rowId} does not change when only its entries change (research §4.1).
 *   <li>Every write gives the written entry a new {@code rowId}. <b>Assumption</b>: nothing public
 *       states it; the earlier implementation's hash over entry row ids relies on it
 *       (research/advoware-api.md §4.1).
 *   <li>Remarks longer than the remark limit (default 255 characters, SPEC section 4) are refused
 *       with 400. <b>Assumption</b>: what the server does with a longer remark is not documented.
 * </ul>
 */
public final class AdvowareSimulation {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One entry's stored fields. */
  private static final class Entry {
    final long id;
    final long betNr;
    final int kind;
    String rowId;
    @Nullable String tlf;
    @Nullable String remark;
    boolean online;

    Entry(long id, long betNr, int kind, String rowId) {
      this.id = id;
      this.betNr = betNr;
      this.kind = kind;
      this.rowId = rowId;
    }
  }

  /** One party: its top-level fields and its entries in server order. */
  private static final class Party {
    final ObjectNode fields;
    final List<Entry> entries = new ArrayList<>();

    Party(ObjectNode fields) {
      this.fields = fields;
    }
  }

  private final Map<Long, Party> parties = new TreeMap<>();
  private final Clock clock;
  private final ZoneId zone;
  private final int remarkMaxLength;
  private boolean reportKinds;
  private long nextEntryId;
  private long nextRowId = 1;

  private AdvowareSimulation(Builder b) {
    this.clock = b.clock;
    this.zone = b.zone;
    this.remarkMaxLength = b.remarkMaxLength;
    this.reportKinds = b.reportKinds;
    this.nextEntryId = b.firstEntryId;
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- requests

  /**
   * Answers {@code GET /api/v1/advonet/Beteiligte/{betNr}}: the party with its entries embedded as
   * {@code kommunikation}, each reported with {@code kommKz} 0 unless configured otherwise; 404
   * with a text body for an unknown party.
   */
  public synchronized SimulatedResponse getParty(long betNr) {
    Party party = parties.get(betNr);
    if (party == null) {
      return notFound(betNr);
    }
    return SimulatedResponse.ok(render(party, reportKinds));
  }

  /**
   * Answers {@code POST /api/v1/advonet/Beteiligte/{betNr}/Kommunikationen} with a body of {@code
   * tlf}, {@code bemerkung}, {@code kommKz} (1 to 12) and {@code online}: creates the entry and
   * answers it with its new id and row id.
   */
  public synchronized SimulatedResponse createEntry(long betNr, JsonNode body) {
    Party party = parties.get(betNr);
    if (party == null) {
      return notFound(betNr);
    }
    if (!body.isObject()) {
      return SimulatedResponse.text(400, "Ungültige Anfrage: JSON-Objekt erwartet.");
    }
    JsonNode kind = body.path("kommKz");
    if (!kind.isIntegralNumber() || kind.intValue() < 1 || kind.intValue() > 12) {
      return SimulatedResponse.text(
          400, "Ungültige Anfrage: kommKz muss zwischen 1 und 12 liegen.");
    }
    Optional<SimulatedResponse> invalid = checkFields(body);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Entry entry = new Entry(nextEntryId++, betNr, kind.intValue(), newRowId());
    apply(entry, body);
    party.entries.add(entry);
    return SimulatedResponse.ok(render(entry, true));
  }

  /**
   * Answers {@code PUT /api/v1/advonet/Beteiligte/{betNr}/Kommunikationen/{id}}: updates the fields
   * {@code tlf}, {@code bemerkung} and {@code online} that the body carries; {@code kommKz} is
   * ignored. 404 for an unknown party or an entry of another party.
   */
  public synchronized SimulatedResponse updateEntry(long betNr, long entryId, JsonNode body) {
    Party party = parties.get(betNr);
    if (party == null) {
      return notFound(betNr);
    }
    Entry entry = find(party, entryId).orElse(null);
    if (entry == null) {
      return SimulatedResponse.text(404, "Kommunikation " + entryId + " nicht gefunden.");
    }
    if (!body.isObject()) {
      return SimulatedResponse.text(400, "Ungültige Anfrage: JSON-Objekt erwartet.");
    }
    Optional<SimulatedResponse> invalid = checkFields(body);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    apply(entry, body);
    entry.rowId = newRowId();
    return SimulatedResponse.ok(render(entry, true));
  }

  /**
   * Answers the entry {@code POST} with a raw body: text that is not JSON is refused with 400 and a
   * text body (research/advoware-api.md §4.6: no error schema is documented).
   */
  public SimulatedResponse createEntry(long betNr, String rawBody) {
    return parse(rawBody)
        .map(body -> createEntry(betNr, body))
        .orElseGet(AdvowareSimulation::badJson);
  }

  /** Answers the entry {@code PUT} with a raw body; text that is not JSON is refused with 400. */
  public SimulatedResponse updateEntry(long betNr, long entryId, String rawBody) {
    return parse(rawBody)
        .map(body -> updateEntry(betNr, entryId, body))
        .orElseGet(AdvowareSimulation::badJson);
  }

  private static Optional<JsonNode> parse(String rawBody) {
    try {
      JsonNode node = MAPPER.readTree(rawBody);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static SimulatedResponse badJson() {
    return SimulatedResponse.text(400, "Ungültige Anfrage: kein gültiges JSON.");
  }

  /** Answers {@code DELETE} on an entry: always 403, entries cannot be deleted (research §4.2). */
  public synchronized SimulatedResponse deleteEntry(long betNr, long entryId) {
    return SimulatedResponse.text(403, "Forbidden");
  }

  private Optional<SimulatedResponse> checkFields(JsonNode body) {
    for (String text : List.of("tlf", "bemerkung")) {
      JsonNode value = body.path(text);
      if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
        return Optional.of(SimulatedResponse.text(400, "Ungültiger Wert für " + text + "."));
      }
    }
    JsonNode online = body.path("online");
    if (!online.isMissingNode() && !online.isNull() && !online.isBoolean()) {
      return Optional.of(SimulatedResponse.text(400, "Ungültiger Wert für online."));
    }
    JsonNode remark = body.path("bemerkung");
    if (remark.isTextual() && remark.textValue().length() > remarkMaxLength) {
      return Optional.of(SimulatedResponse.text(400, "Bemerkung ist zu lang."));
    }
    return Optional.empty();
  }

  private static void apply(Entry entry, JsonNode body) {
    if (body.has("tlf")) {
      entry.tlf = body.get("tlf").isNull() ? null : body.get("tlf").textValue();
    }
    if (body.has("bemerkung")) {
      entry.remark = body.get("bemerkung").isNull() ? null : body.get("bemerkung").textValue();
    }
    if (body.has("online") && !body.get("online").isNull()) {
      entry.online = body.get("online").booleanValue();
    }
  }

  private static SimulatedResponse notFound(long betNr) {
    return SimulatedResponse.text(404, "Beteiligter " + betNr + " nicht gefunden.");
  }

  // ---------------------------------------------------------------- rendering

  private ObjectNode render(Party party, boolean realKinds) {
    ObjectNode out = party.fields.deepCopy();
    ArrayNode list = out.putArray("kommunikation");
    for (Entry entry : party.entries) {
      list.add(render(entry, realKinds));
    }
    return out;
  }

  private static ObjectNode render(Entry entry, boolean realKind) {
    ObjectNode out = NODES.objectNode();
    out.put("id", entry.id).put("betNr", entry.betNr).put("rowId", entry.rowId);
    out.put("kommArt", 0).put("kommKz", realKind ? entry.kind : 0);
    out.put("tlf", entry.tlf).put("bemerkung", entry.remark).put("online", entry.online);
    return out;
  }

  private static Optional<Entry> find(Party party, long entryId) {
    return party.entries.stream().filter(e -> e.id == entryId).findFirst();
  }

  /** Returns a 40-character row id over the letters A to P, like the recorded ones. */
  private String newRowId() {
    long n = nextRowId++;
    StringBuilder id = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      id.append((char) ('A' + (int) ((n >>> ((i % 16) * 4)) & 0xF)));
    }
    return id.toString();
  }

  // ---------------------------------------------------------------- direct state access

  /**
   * Loads a party exactly as {@code GET} shows it, with the real kind of every entry in {@code
   * kommKz} (a kind of 0 in the JSON is kept as 0, as if the server never knew it). Replaces a
   * party with the same {@code betNr}.
   *
   * @param party the party JSON with {@code betNr} and optionally {@code kommunikation}
   * @return the party number
   */
  public synchronized long load(JsonNode party) {
    long betNr = party.path("betNr").asLong();
    ObjectNode fields = NODES.objectNode();
    party
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().equals("kommunikation")) {
                fields.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    fields.put("betNr", betNr);
    if (!fields.hasNonNull("rowId")) {
      fields.put("rowId", newRowId());
    }
    Party stored = new Party(fields);
    for (JsonNode item : party.path("kommunikation")) {
      long id = item.path("id").asLong();
      String rowId = item.path("rowId").isTextual() ? item.path("rowId").textValue() : newRowId();
      Entry entry = new Entry(id, betNr, item.path("kommKz").asInt(), rowId);
      apply(entry, item);
      stored.entries.add(entry);
      nextEntryId = Math.max(nextEntryId, id + 1);
    }
    parties.put(betNr, stored);
    return betNr;
  }

  /** Returns the party as {@code GET} would show it with the real kinds, if it exists. */
  public synchronized Optional<ObjectNode> party(long betNr) {
    Party party = parties.get(betNr);
    return party == null ? Optional.empty() : Optional.of(render(party, true));
  }

  /** Returns the party numbers in ascending order. */
  public synchronized List<Long> partyNumbers() {
    return List.copyOf(parties.keySet());
  }

  /**
   * Adds an entry as a user of the Advoware client would (no remark limit, no marker check).
   *
   * @return the new entry's id
   */
  public synchronized long addEntryAsUser(
      long betNr, int kind, @Nullable String tlf, @Nullable String remark) {
    Party party = requireParty(betNr);
    Entry entry = new Entry(nextEntryId++, betNr, kind, newRowId());
    entry.tlf = tlf;
    entry.remark = remark;
    entry.online = kind == 4 || kind == 5 || kind == 8 || kind == 11 || kind == 12;
    party.entries.add(entry);
    return entry.id;
  }

  /**
   * Changes an entry's value as a user would; the entry gets a new row id.
   *
   * @return whether the entry exists
   */
  public synchronized boolean setValueAsUser(long betNr, long entryId, @Nullable String tlf) {
    Optional<Entry> entry = find(requireParty(betNr), entryId);
    entry.ifPresent(
        e -> {
          e.tlf = tlf;
          e.rowId = newRowId();
        });
    return entry.isPresent();
  }

  /**
   * Changes an entry's remark as a user would; the entry gets a new row id.
   *
   * @return whether the entry exists
   */
  public synchronized boolean setRemarkAsUser(long betNr, long entryId, @Nullable String remark) {
    Optional<Entry> entry = find(requireParty(betNr), entryId);
    entry.ifPresent(
        e -> {
          e.remark = remark;
          e.rowId = newRowId();
        });
    return entry.isPresent();
  }

  /**
   * Removes an entry as a user of the Advoware client can (only the API cannot delete).
   *
   * @return whether the entry existed
   */
  public synchronized boolean removeEntryAsUser(long betNr, long entryId) {
    return requireParty(betNr).entries.removeIf(e -> e.id == entryId);
  }

  /**
   * Changes a top-level field of the party (master data, for example {@code mobil}) as a user
   * would: the party's {@code rowId} and {@code geaendertAm} move.
   */
  public synchronized void setPartyFieldAsUser(long betNr, String field, @Nullable String value) {
    Party party = requireParty(betNr);
    party.fields.put(field, value);
    party.fields.put("rowId", newRowId());
    party.fields.put(
        "geaendertAm",
        LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** Removes a party, as a deletion in Advoware does; its GET then answers 404. */
  public synchronized boolean deleteParty(long betNr) {
    return parties.remove(betNr) != null;
  }

  /** Sets whether {@code GET} reports the real kinds instead of 0. */
  public synchronized void setReportKinds(boolean value) {
    this.reportKinds = value;
  }

  private Party requireParty(long betNr) {
    Party party = parties.get(betNr);
    if (party == null) {
      throw new IllegalArgumentException("no party " + betNr);
    }
    return party;
  }

  /** Builds an {@link AdvowareSimulation}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private int remarkMaxLength = 255;
    private boolean reportKinds;
    private long firstEntryId = 90001;

    private Builder() {}

    /** Sets the clock that stamps {@code geaendertAm}; default the UTC system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the server's local zone for {@code geaendertAm}; default Europe/Berlin (SPEC §2). */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the remark length limit in characters; default 255 (SPEC section 4). */
    public Builder remarkMaxLength(int value) {
      this.remarkMaxLength = value;
      return this;
    }

    /** Sets whether {@code GET} reports real kinds instead of the bug's 0; default false. */
    public Builder reportKinds(boolean value) {
      this.reportKinds = value;
      return this;
    }

    /** Sets the id of the first entry created; default 90001. */
    public Builder firstEntryId(long value) {
      this.firstEntryId = value;
      return this;
    }

    /** Builds the simulation, empty. */
    public AdvowareSimulation build() {
      return new AdvowareSimulation(this);
    }
  }
}
