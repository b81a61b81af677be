package de.kommsync.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.testkit.EspoCrmStore.EmailRow;
import de.kommsync.testkit.EspoCrmStore.Item;
import de.kommsync.testkit.EspoCrmStore.Link;
import de.kommsync.testkit.EspoCrmStore.PhoneRow;
import de.kommsync.testkit.EspoCrmStore.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A simulation of one EspoCRM entity type (by default {@code CBeteiligte}, Person type) that holds
 * product-shaped state and applies the product's rules to product JSON, as verified on EspoCRM
 * 9.3.4 (research/espocrm-api.md §8). Its request-level methods take and return what the REST API
 * takes and returns, so an HTTP server can be put on top of it and an in-memory fake can go through
 * it with the real mappers. Thread-safe: every method is serialised.
 *
 * <p>Rules applied (each cites its source in the code):
 *
 * <ul>
 *   <li>{@code PUT} merges; unknown and read-only attributes are ignored (§2 "Update merges").
 *   <li>An array replaces the whole set; a missing flag reads as false; the string {@code "false"}
 *       is true (§3 "Write semantics", §8).
 *   <li>Primary: the last item flagged wins, none flagged means the first; collapsing copies keep
 *       the last copy's casing and flags and can leave the record without a primary (§8 item 4).
 *   <li>Phone values are sanitized and validated per the {@code phoneNumberInternational} setting;
 *       e-mails per PHP's filter; 10 items per field on the raw array; phone types from the type
 *       list, missing type = default type (§3, §8 items 5, 6).
 *   <li>Addresses are shared rows (§3 "Storage model", §8 item 8).
 *   <li>{@code modifiedAt} moves on every real change (arrays compared as objects, so items without
 *       {@code lower} or in another order count as changes) and, with the stream on, on every
 *       {@code PUT}; {@code versionNumber} grows on every save (§4, §8 item 7).
 *   <li>Optimistic concurrency: 409 {@code modified} with the stored values when the version is
 *       stale and a value differs (§2 "Optimistic concurrency control", §8).
 *   <li>A write's answer echoes the request's arrays (§8 item 3); a non-JSON content type is an
 *       empty body; malformed JSON is 500; a JSON array is 200 without change; a JSON scalar is 400
 *       (§8 item 2).
 * </ul>
 */
public final class EspoCrmSimulation {

  /** The entity template, which decides the default phone types (research §3 "Phone types"). */
  public enum Template {
    /** Person type: {@code Mobile, Office, Home, Fax, Other}, default {@code Mobile}. */
    PERSON,
    /**
     * Company type: {@code Office, Mobile, Fax, Other} (no {@code Home}), default {@code Office}.
     */
    COMPANY
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> STANDARD_FIELDS =
      Set.of(
          "name",
          "salutationName",
          "firstName",
          "lastName",
          "middleName",
          "description",
          "addressStreet",
          "addressCity",
          "addressState",
          "addressCountry",
          "addressPostalCode",
          "assignedUserId",
          "teamsIds");
  private static final Set<String> VALUE_FIELDS =
      Set.of(
          "emailAddress",
          "emailAddressData",
          "emailAddressIsOptedOut",
          "emailAddressIsInvalid",
          "phoneNumber",
          "phoneNumberData",
          "phoneNumberIsOptedOut",
          "phoneNumberIsInvalid");

  private final String entityName;
  private final Clock clock;
  private final boolean optimisticConcurrency;
  private final Set<String> customFields;
  private final String statusField;
  private final List<String> typeList;
  private final String defaultType;
  private final String apiUserId;
  private final String personUserId;
  private final EspoCrmStore store = new EspoCrmStore();
  private boolean phoneNumberInternational;
  private boolean phoneNumberExtensions;
  private int emailMaxCount;
  private int phoneMaxCount;
  private boolean streamEnabled;
  private boolean statusFormula;
  private boolean sharedRowEditsForbidden;
  private long nextId = 1;

  private EspoCrmSimulation(Builder b) {
    this.entityName = b.entityName;
    this.clock = b.clock;
    this.optimisticConcurrency = b.optimisticConcurrency;
    this.customFields = Set.copyOf(b.customFields);
    this.statusField = b.statusField;
    this.typeList =
        b.typeList != null
            ? List.copyOf(b.typeList)
            : b.template == Template.PERSON
                ? List.of("Mobile", "Office", "Home", "Fax", "Other")
                : List.of("Office", "Mobile", "Fax", "Other");
    this.defaultType =
        b.defaultType != null ? b.defaultType : b.template == Template.PERSON ? "Mobile" : "Office";
    this.apiUserId = "6b12dc4d3b428b25f";
    this.personUserId = "6b12dc0a8e1c8f85b";
    this.phoneNumberInternational = b.phoneNumberInternational;
    this.phoneNumberExtensions = b.phoneNumberExtensions;
    this.emailMaxCount = b.emailMaxCount;
    this.phoneMaxCount = b.phoneMaxCount;
    this.streamEnabled = b.streamEnabled;
    this.statusFormula = b.statusFormula;
    this.sharedRowEditsForbidden = b.sharedRowEditsForbidden;
  }

  /** Returns a builder with the defaults of the verified instance (research §8). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the entity type name. */
  public String entityName() {
    return entityName;
  }

  // ---------------------------------------------------------------- requests

  /**
   * Answers {@code GET /{entity}/{id}}: the record with both arrays, primary first; 404 with {@code
   * X-Status-Reason: Record <id> does not exist.} and no body when there is none
   * (samples/espocrm-exchanges-9.3.4.md, "GET of a record that does not exist").
   */
  public synchronized SimulatedResponse getRecord(String id) {
    StoredRecord record = store.records.get(id);
    if (record == null) {
      return SimulatedResponse.status(404, "Record " + id + " does not exist.");
    }
    return SimulatedResponse.ok(store.render(record));
  }

  /**
   * Answers {@code PUT /{entity}/{id}} (PATCH is the same, research §2 "Routes").
   *
   * @param id the record id from the path
   * @param body the raw request body
   * @param contentTypeIsJson whether the request's content type is {@code application/json}
   *     (parameters and case aside); any other type is read as an empty body and answered 200
   *     without change (research §8 item 2)
   * @param versionHeader the {@code X-Version-Number} header, or null
   * @return the answer; 404 with {@code X-Status-Reason: Record <id> not found.} for a missing
   *     record (research §2 "Status codes": the update path words it so)
   */
  public synchronized SimulatedResponse putRecord(
      String id, String body, boolean contentTypeIsJson, @Nullable String versionHeader) {
    Parsed parsed = parseBody(body, contentTypeIsJson);
    if (parsed.failure != null) {
      return parsed.failure;
    }
    StoredRecord record = store.records.get(id);
    if (record == null) {
      return SimulatedResponse.status(404, "Record " + id + " not found.");
    }
    return update(record, parsed.data, versionHeader, false);
  }

  /**
   * Answers a JSON {@code PUT} with an optional version: a convenience over {@link
   * #putRecord(String, String, boolean, String)}.
   */
  public SimulatedResponse putRecord(String id, JsonNode body, @Nullable Long version) {
    return putRecord(id, body.toString(), true, version == null ? null : version.toString());
  }

  /**
   * Answers {@code POST /{entity}} by the API user: creates a record (status 200, research §2
   * "Routes") with the attributes given, under the same validation as an update. The duplicate
   * check of a real instance is not simulated.
   */
  public synchronized SimulatedResponse createRecord(String body, boolean contentTypeIsJson) {
    Parsed parsed = parseBody(body, contentTypeIsJson);
    if (parsed.failure != null) {
      return parsed.failure;
    }
    return create(parsed.data, false);
  }

  /**
   * Answers {@code GET /{entity}} with list parameters: {@code {"total": n, "list": [...]}}, rows
   * without the arrays (research §2 "List rows lack the arrays"); 403 when {@code maxSize} exceeds
   * 200; 400 for a where item of unknown type.
   */
  public synchronized SimulatedResponse list(ListQuery query) {
    if (query.maxSize() > ListQuery.MAX_SIZE) {
      return SimulatedResponse.status(403, null);
    }
    List<ObjectNode> rows = new ArrayList<>();
    try {
      for (StoredRecord record : store.records.values()) {
        ObjectNode row = store.listRow(record);
        if (WhereFilter.matches(row, query.where())) {
          rows.add(row);
        }
      }
    } catch (WhereFilter.BadWhereException e) {
      return SimulatedResponse.status(400, null);
    }
    String orderBy = query.orderBy() == null ? "createdAt" : query.orderBy();
    boolean ascending = query.orderBy() != null && query.ascending();
    Comparator<ObjectNode> order = (a, b) -> WhereFilter.order(a.path(orderBy), b.path(orderBy));
    order = ascending ? order : order.reversed();
    rows.sort(order.thenComparing(row -> row.path("id").asText()));
    ObjectNode answer = EspoCrmStore.NODES.objectNode().put("total", rows.size());
    ArrayNode list = answer.putArray("list");
    int end = (int) Math.min(rows.size(), (long) query.offset() + query.maxSize());
    for (int i = query.offset(); i < end; i++) {
      list.add(project(rows.get(i), query.select()));
    }
    return SimulatedResponse.ok(answer);
  }

  private static ObjectNode project(ObjectNode row, List<String> select) {
    if (select.isEmpty()) {
      return row;
    }
    ObjectNode out = EspoCrmStore.NODES.objectNode().put("id", row.path("id").asText());
    Set<String> names = new LinkedHashSet<>(select);
    names.addAll(List.of("createdAt", "createdById", "assignedUserId"));
    for (String name : names) {
      if (row.has(name)) {
        out.set(name, row.get(name));
      }
    }
    return out;
  }

  /**
   * Answers {@code GET /Settings} with the phone and list settings a sync reads
   * (samples/espocrm-exchanges-9.3.4.md, "Settings the engine reads").
   */
  public synchronized SimulatedResponse settings() {
    ObjectNode settings = EspoCrmStore.NODES.objectNode();
    settings.put("phoneNumberInternational", phoneNumberInternational);
    settings.put("phoneNumberExtensions", phoneNumberExtensions);
    settings.put("phoneNumberNumericSearch", phoneNumberInternational);
    settings.putArray("phoneNumberPreferredCountryList").add("us").add("de");
    settings.put("emailAddressMaxCount", emailMaxCount);
    settings.put("phoneNumberMaxCount", phoneMaxCount);
    settings.put("timeZone", "UTC");
    return SimulatedResponse.ok(settings);
  }

  /**
   * Answers {@code GET /Metadata?key=entityDefs.<entity>.fields.phoneNumber}
   * (samples/espocrm-exchanges-9.3.4.md, "Phone field metadata").
   */
  public synchronized SimulatedResponse phoneMetadata() {
    ObjectNode metadata = EspoCrmStore.NODES.objectNode().put("type", "phone");
    ArrayNode types = metadata.putArray("typeList");
    typeList.forEach(types::add);
    metadata.put("defaultType", defaultType).put("isPersonalData", true);
    return SimulatedResponse.ok(metadata);
  }

  // ---------------------------------------------------------------- direct state access

  /**
   * Loads a record exactly as a {@code GET} shows it, without validation (so legacy numbers an
   * instance would now refuse can be stored). The arrays' casing, flags and types go to the shared
   * rows; a later load of the same address wins.
   *
   * @param record the record JSON; its {@code id} is kept, or one is made when it has none
   * @return the record id
   */
  public synchronized String load(JsonNode record) {
    ObjectNode attributes = EspoCrmStore.NODES.objectNode();
    record
        .properties()
        .forEach(
            e -> {
              if (!VALUE_FIELDS.contains(e.getKey())) {
                attributes.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    String id = record.path("id").isTextual() ? record.path("id").textValue() : newId();
    attributes.put("id", id);
    String now = now();
    if (!attributes.hasNonNull("createdAt")) {
      attributes.put("createdAt", now);
    }
    if (!attributes.hasNonNull("modifiedAt")) {
      attributes.put("modifiedAt", now);
    }
    if (!optimisticConcurrency) {
      attributes.remove("versionNumber");
    } else if (!attributes.path("versionNumber").canConvertToLong()) {
      attributes.put("versionNumber", 1);
    }
    StoredRecord stored = new StoredRecord(attributes);
    loadEmails(stored, record.path("emailAddressData"));
    loadPhones(stored, record.path("phoneNumberData"));
    store.records.put(id, stored);
    return id;
  }

  private void loadEmails(StoredRecord stored, JsonNode data) {
    for (JsonNode item : data) {
      String name = item.path("emailAddress").asText();
      String key = EspoCrmValueRules.asciiLower(name);
      store.emailRows.put(
          key,
          new EmailRow(name, item.path("optOut").asBoolean(), item.path("invalid").asBoolean()));
      stored.emails.add(new Link(key, item.path("primary").asBoolean()));
    }
  }

  private void loadPhones(StoredRecord stored, JsonNode data) {
    for (JsonNode item : data) {
      String name = item.path("phoneNumber").asText();
      String type = item.path("type").isTextual() ? item.path("type").textValue() : defaultType;
      store.phoneRows.put(
          name,
          new PhoneRow(type, item.path("optOut").asBoolean(), item.path("invalid").asBoolean()));
      stored.phones.add(new Link(name, item.path("primary").asBoolean()));
    }
  }

  /** Returns the record as {@code GET} shows it, if it exists. */
  public synchronized Optional<ObjectNode> record(String id) {
    StoredRecord record = store.records.get(id);
    return record == null ? Optional.empty() : Optional.of(store.render(record));
  }

  /** Returns the ids of all records in ascending order. */
  public synchronized List<String> recordIds() {
    return List.copyOf(store.records.keySet());
  }

  /**
   * Applies an edit by a person in the web UI: the same rules as an API update, and the status
   * formula of research §8 item 11 sets the status to {@code dirty} (research §8 item 11), when it
   * is on. Times move as for any change.
   *
   * @param id the record id
   * @param changes the attributes to change, as a PUT body
   * @return the answer, 400 when the edit is invalid, 404 when there is no record
   */
  public synchronized SimulatedResponse editAsPerson(String id, ObjectNode changes) {
    StoredRecord record = store.records.get(id);
    if (record == null) {
      return SimulatedResponse.status(404, "Record " + id + " not found.");
    }
    return update(record, changes, null, true);
  }

  /**
   * Creates a record as a person would in the web UI; the status formula sets {@code pending_sync}
   * when it is on (research §8 item 11).
   */
  public synchronized SimulatedResponse createAsPerson(ObjectNode attributes) {
    return create(attributes, true);
  }

  /** Deletes a record (a soft delete in EspoCRM; here it is gone). */
  public synchronized boolean deleteRecord(String id) {
    return store.records.remove(id) != null;
  }

  /**
   * Changes the flags of a shared e-mail row as another record, a mass-mail opt-out or a bounce
   * would: every record that links the address sees the change, and no record's {@code modifiedAt}
   * moves (research §4 "Changes that do not bump modifiedAt", §8 item 8).
   *
   * @return whether the address exists
   */
  public synchronized boolean setSharedEmailFlags(String address, boolean optOut, boolean invalid) {
    EmailRow row = store.emailRows.get(EspoCrmValueRules.asciiLower(address.strip()));
    if (row == null) {
      return false;
    }
    row.optOut = optOut;
    row.invalid = invalid;
    return true;
  }

  /**
   * Changes the casing of a shared e-mail row as another record's write would (research §8 item 8);
   * no record's {@code modifiedAt} moves.
   *
   * @return whether the address exists
   */
  public synchronized boolean setSharedEmailCasing(String address) {
    EmailRow row = store.emailRows.get(EspoCrmValueRules.asciiLower(address.strip()));
    if (row == null) {
      return false;
    }
    row.name = address.strip();
    return true;
  }

  /**
   * Changes the type and flags of a shared phone row as another record's write would (research §8
   * item 8); no record's {@code modifiedAt} moves.
   *
   * @return whether the number exists
   */
  public synchronized boolean setSharedPhone(
      String number, String type, boolean optOut, boolean invalid) {
    PhoneRow row = store.phoneRows.get(number);
    if (row == null) {
      return false;
    }
    row.type = type;
    row.optOut = optOut;
    row.invalid = invalid;
    return true;
  }

  /** Switches {@code phoneNumberInternational}, as an admin would; stored numbers stay. */
  public synchronized void setPhoneNumberInternational(boolean value) {
    this.phoneNumberInternational = value;
  }

  /** Switches {@code phoneNumberExtensions}, as an admin would. */
  public synchronized void setPhoneNumberExtensions(boolean value) {
    this.phoneNumberExtensions = value;
  }

  /** Switches the entity's stream, which makes every PUT move {@code modifiedAt} (§8 item 7). */
  public synchronized void setStreamEnabled(boolean value) {
    this.streamEnabled = value;
  }

  /** Switches the status formula of research §8 item 11 for person edits. */
  public synchronized void setStatusFormula(boolean value) {
    this.statusFormula = value;
  }

  /**
   * Sets whether the API user may not edit the other records that share an address, so its changes
   * to a shared row's casing, flags and type are dropped silently (research §3 "Flag pitfalls", §8
   * item 8).
   */
  public synchronized void setSharedRowEditsForbidden(boolean value) {
    this.sharedRowEditsForbidden = value;
  }

  /** Sets the item limits {@code emailAddressMaxCount} and {@code phoneNumberMaxCount}. */
  public synchronized void setMaxCounts(int emails, int phones) {
    this.emailMaxCount = emails;
    this.phoneMaxCount = phones;
  }

  // ---------------------------------------------------------------- request internals

  private record Parsed(ObjectNode data, @Nullable SimulatedResponse failure) {}

  private static Parsed parseBody(String body, boolean contentTypeIsJson) {
    ObjectNode empty = EspoCrmStore.NODES.objectNode();
    if (!contentTypeIsJson || body.isBlank()) {
      return new Parsed(empty, null);
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node.isObject()) {
        return new Parsed((ObjectNode) node, null);
      }
      if (node.isArray()) {
        return new Parsed(empty, null);
      }
      return new Parsed(empty, SimulatedResponse.status(400, null));
    } catch (JsonProcessingException e) {
      return new Parsed(empty, SimulatedResponse.status(500, null));
    }
  }

  private SimulatedResponse create(ObjectNode data, boolean byPerson) {
    ObjectNode attributes = EspoCrmStore.NODES.objectNode();
    String id = newId();
    attributes.put("id", id).put("deleted", false).put("createdAt", now()).put("modifiedAt", now());
    attributes.put("createdById", byPerson ? personUserId : apiUserId);
    if (optimisticConcurrency) {
      attributes.put("versionNumber", 0);
    }
    StoredRecord record = new StoredRecord(attributes);
    store.records.put(id, record);
    SimulatedResponse answer = update(record, data, null, byPerson);
    if (!answer.isSuccess()) {
      store.records.remove(id);
      return answer;
    }
    if (byPerson && statusFormula) {
      attributes.put(statusField, "pending_sync");
    }
    return answer;
  }

  private SimulatedResponse update(
      StoredRecord record, ObjectNode data, @Nullable String versionHeader, boolean byPerson) {
    ObjectNode input = writableInput(data);
    ObjectNode before = store.render(record);
    if (optimisticConcurrency && versionHeader != null && !byPerson) {
      Optional<SimulatedResponse> conflict = staleConflict(before, input, versionHeader);
      if (conflict.isPresent()) {
        return conflict.get();
      }
    }
    Optional<String> failure = new EspoCrmValidation(this, record).validate(input);
    if (failure.isPresent()) {
      return validationFailure(failure.get());
    }
    boolean changed = changes(before, input);
    applyScalars(record, input);
    new EspoCrmSaver(this, record).save(input);
    if (byPerson && statusFormula) {
      changed |= !"dirty".equals(before.path(statusField).asText(null));
      record.attributes.put(statusField, "dirty");
    }
    if (changed || streamEnabled) {
      record.attributes.put("modifiedAt", now());
      record.attributes.put("modifiedById", byPerson ? personUserId : apiUserId);
    }
    if (optimisticConcurrency) {
      record.attributes.put("versionNumber", record.attributes.path("versionNumber").asLong() + 1);
    }
    return SimulatedResponse.ok(echo(store.render(record), input));
  }

  private ObjectNode writableInput(ObjectNode data) {
    ObjectNode input = EspoCrmStore.NODES.objectNode();
    data.properties()
        .forEach(
            e -> {
              String name = e.getKey();
              if (STANDARD_FIELDS.contains(name)
                  || VALUE_FIELDS.contains(name)
                  || customFields.contains(name)) {
                input.set(name, e.getValue());
              }
            });
    for (String array : List.of("emailAddressData", "phoneNumberData")) {
      if (input.has(array) && input.get(array).isNull()) {
        input.remove(array);
      }
    }
    return input;
  }

  private Optional<SimulatedResponse> staleConflict(
      ObjectNode before, ObjectNode input, String versionHeader) {
    String stored = before.path("versionNumber").asText();
    if (stored.equals(versionHeader.strip())) {
      return Optional.empty();
    }
    ObjectNode values = EspoCrmStore.NODES.objectNode();
    input
        .properties()
        .forEach(
            e -> {
              if (!EspoCrmComparison.sameContent(
                  e.getKey(), before.path(e.getKey()), e.getValue())) {
                values.set(e.getKey(), before.path(e.getKey()).deepCopy());
              }
            });
    if (values.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode body = EspoCrmStore.NODES.objectNode();
    body.set("values", values);
    body.put("versionNumber", before.path("versionNumber").asLong());
    return Optional.of(new SimulatedResponse(409, "modified", body, null));
  }

  private SimulatedResponse validationFailure(String fieldAndType) {
    String[] parts = fieldAndType.split(":", 2);
    String reason =
        "Field validation failure; entityType: "
            + entityName
            + ", field: "
            + parts[0]
            + ", type: "
            + parts[1]
            + ".";
    ObjectNode body = EspoCrmStore.NODES.objectNode();
    ObjectNode translation = body.putObject("messageTranslation");
    translation.put("label", "validationFailure").putNull("scope");
    translation.putObject("data").put("field", parts[0]).put("type", parts[1]);
    return new SimulatedResponse(400, reason, body, null);
  }

  private static boolean changes(ObjectNode before, ObjectNode input) {
    for (Map.Entry<String, JsonNode> entry : input.properties()) {
      if (!EspoCrmComparison.looseEquals(before.path(entry.getKey()), entry.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static void applyScalars(StoredRecord record, ObjectNode input) {
    input
        .properties()
        .forEach(
            e -> {
              if (!VALUE_FIELDS.contains(e.getKey())) {
                record.attributes.set(e.getKey(), e.getValue().deepCopy());
              }
            });
  }

  /** research §8 item 3: the answer's arrays echo the request, not the stored state. */
  private static ObjectNode echo(ObjectNode stored, ObjectNode input) {
    for (String name :
        List.of("emailAddressData", "phoneNumberData", "emailAddress", "phoneNumber")) {
      if (input.has(name)) {
        stored.set(name, input.get(name).deepCopy());
      }
    }
    return stored;
  }

  // ---------------------------------------------------------------- helpers for the rules

  EspoCrmStore store() {
    return store;
  }

  boolean phoneNumberInternational() {
    return phoneNumberInternational;
  }

  boolean phoneNumberExtensions() {
    return phoneNumberExtensions;
  }

  int emailMaxCount() {
    return emailMaxCount;
  }

  int phoneMaxCount() {
    return phoneMaxCount;
  }

  List<String> typeList() {
    return typeList;
  }

  String defaultType() {
    return defaultType;
  }

  boolean sharedRowEditsForbidden() {
    return sharedRowEditsForbidden;
  }

  private String now() {
    return Objects.requireNonNull(EspoCrmJson.formatTime(clock.instant()));
  }

  private String newId() {
    String id;
    do {
      id = String.format("6c%015x", nextId++);
    } while (store.records.containsKey(id));
    return id;
  }

  /** Collapsed items by key, for the saver. */
  static Map<String, Item> newItemMap() {
    return new LinkedHashMap<>();
  }

  /** Builds an {@link EspoCrmSimulation}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private String entityName = "CBeteiligte";
    private Clock clock = Clock.systemUTC();
    private Template template = Template.PERSON;
    private boolean optimisticConcurrency = true;
    private boolean phoneNumberInternational = true;
    private boolean phoneNumberExtensions;
    private int emailMaxCount = 10;
    private int phoneMaxCount = 10;
    private boolean streamEnabled;
    private boolean statusFormula = true;
    private boolean sharedRowEditsForbidden;
    private String statusField = "syncStatus";
    private @Nullable List<String> typeList;
    private @Nullable String defaultType;
    private Set<String> customFields =
        Set.of(
            "betnr",
            "syncStatus",
            "syncRetryCount",
            "syncNextRetry",
            "syncAutoResetAt",
            "syncErrorMessage",
            "advowareLastSync",
            "advowareRowId",
            "kommunikationHash");

    private Builder() {}

    /** Sets the entity type name; default {@code CBeteiligte}. */
    public Builder entityName(String value) {
      this.entityName = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the clock that stamps {@code createdAt} and {@code modifiedAt}; default UTC. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the entity template; default {@link Template#PERSON}. */
    public Builder template(Template value) {
      this.template = Objects.requireNonNull(value);
      return this;
    }

    /** Sets optimistic concurrency control; default on, as on the verified instance. */
    public Builder optimisticConcurrency(boolean value) {
      this.optimisticConcurrency = value;
      return this;
    }

    /** Sets {@code phoneNumberInternational}; default true (a fresh install, research §3). */
    public Builder phoneNumberInternational(boolean value) {
      this.phoneNumberInternational = value;
      return this;
    }

    /** Sets {@code phoneNumberExtensions}; default false. */
    public Builder phoneNumberExtensions(boolean value) {
      this.phoneNumberExtensions = value;
      return this;
    }

    /** Sets the item limits per field; default 10 each. */
    public Builder maxCounts(int emails, int phones) {
      this.emailMaxCount = emails;
      this.phoneMaxCount = phones;
      return this;
    }

    /** Sets whether the entity's stream is on (every PUT moves {@code modifiedAt}); default off. */
    public Builder streamEnabled(boolean value) {
      this.streamEnabled = value;
      return this;
    }

    /** Sets whether person edits set the status (research §8 item 11); default on. */
    public Builder statusFormula(boolean value) {
      this.statusFormula = value;
      return this;
    }

    /** Sets whether the API user's changes to shared rows are dropped; default false. */
    public Builder sharedRowEditsForbidden(boolean value) {
      this.sharedRowEditsForbidden = value;
      return this;
    }

    /** Sets the status field the formula writes; default {@code syncStatus}. */
    public Builder statusField(String value) {
      this.statusField = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the phone type list; default from the template. */
    public Builder typeList(List<String> value) {
      this.typeList = List.copyOf(value);
      return this;
    }

    /** Sets the default phone type; default from the template. */
    public Builder defaultType(String value) {
      this.defaultType = Objects.requireNonNull(value);
      return this;
    }

    /** Sets the custom fields the entity has besides the standard and value fields. */
    public Builder customFields(Set<String> value) {
      this.customFields = Set.copyOf(value);
      return this;
    }

    /** Builds the simulation, empty. */
    public EspoCrmSimulation build() {
      return new EspoCrmSimulation(this);
    }
  }
}
