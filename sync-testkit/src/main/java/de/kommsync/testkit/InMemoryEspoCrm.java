package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.AuthenticationException;
import de.kommsync.NoSuchRecordException;
import de.kommsync.RemoteCallException;
import de.kommsync.StaleRecordException;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PhoneType;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The CRM role in memory: an {@link EspoCrmSimulation} behind the EspoCRM adapter's own JSON
 * mapping ({@link EspoCrmJson}), so every product quirk applies exactly as over HTTP. It counts
 * calls per {@link CallKind}, injects faults from a {@link FaultPlan}, and offers the edits a
 * person makes in the web UI. Thread-safe.
 *
 * <p>Statuses map to the core's exceptions as the HTTP adapter maps them: 404 to {@link
 * NoSuchRecordException}, 409 {@code modified} to {@link StaleRecordException}, 400 to {@link
 * de.kommsync.RejectedWriteException} with field and validation parsed from the reason.
 *
 * <p>The person edits ({@link #addEmail}, {@link #removeValue}, ...) read the record and write it
 * back in two steps; run them between sync runs, not concurrently with one.
 */
public final class InMemoryEspoCrm implements Crm {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final EspoCrmSimulation simulation;
  private final EspoCrmJson json;
  private final CallRecorder recorder = new CallRecorder();
  private volatile @Nullable CrmRules rules;

  /** Creates the fake over a simulation with the default configuration. */
  public InMemoryEspoCrm(EspoCrmSimulation simulation) {
    this(simulation, EspoCrmConfig.defaults());
  }

  /** Creates the fake over a simulation with a configuration (field and type names). */
  public InMemoryEspoCrm(EspoCrmSimulation simulation, EspoCrmConfig config) {
    this.simulation = Objects.requireNonNull(simulation, "simulation");
    this.json = new EspoCrmJson(config);
  }

  /** Returns the simulation behind this fake. */
  public EspoCrmSimulation simulation() {
    return simulation;
  }

  /** Returns the live fault plan; add rules to it. */
  public FaultPlan faults() {
    return recorder.faults();
  }

  /** Replaces the fault plan. */
  public void setFaults(FaultPlan plan) {
    recorder.setFaults(Objects.requireNonNull(plan, "plan"));
  }

  /** Returns how many calls of a kind this fake received, faulted ones included. */
  public int calls(CallKind kind) {
    return recorder.count(kind);
  }

  /** Returns every call received, in order. */
  public List<FakeCall> callLog() {
    return recorder.log();
  }

  /** Forgets the counted calls (the rules cache stays). */
  public void resetCalls() {
    recorder.reset();
  }

  @Override
  public CrmRules rules() {
    CrmRules cached = rules;
    if (cached != null) {
      return cached;
    }
    synchronized (this) {
      if (rules == null) {
        JsonNode settings =
            recorder.call(
                CallKind.CRM_SETTINGS, "Settings", () -> body(simulation.settings(), "Settings"));
        JsonNode metadata =
            recorder.call(
                CallKind.CRM_METADATA,
                "Metadata",
                () -> body(simulation.phoneMetadata(), "Metadata"));
        rules = json.readRules(settings, metadata);
      }
      return Objects.requireNonNull(rules);
    }
  }

  @Override
  public CrmRecord readRecord(String recordId) {
    return recorder.call(
        CallKind.CRM_READ,
        recordId,
        () -> json.readRecord(body(simulation.getRecord(recordId), recordId)));
  }

  @Override
  public UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    String body = json.writeChange(change).toString();
    String version = expectedVersion == null ? null : expectedVersion.toString();
    return recorder.call(
        CallKind.CRM_UPDATE,
        recordId,
        () -> {
          JsonNode answer = body(simulation.putRecord(recordId, body, true, version), recordId);
          return new UpdateReceipt(EspoCrmJson.readVersion(answer).orElse(null));
        });
  }

  @Override
  public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    return page(json.dueWhere(now, staleSyncingBefore, pageToken), ListQuery.MAX_SIZE);
  }

  @Override
  public CrmPage listSettled(@Nullable String afterId, int limit) {
    if (limit < 1 || limit > ListQuery.MAX_SIZE) {
      throw new IllegalArgumentException("limit must lie in 1..200");
    }
    return page(json.settledWhere(afterId), limit);
  }

  private CrmPage page(ArrayNode where, int size) {
    ListQuery query =
        ListQuery.all()
            .withWhere(where)
            .withSelect(Arrays.asList(json.listSelect().split(",")))
            .withPage(0, size);
    JsonNode answer =
        recorder.call(CallKind.CRM_LIST, "list", () -> body(simulation.list(query), "list"));
    List<CrmListRow> rows = json.readListRows(answer);
    boolean more = answer.path("total").asInt() > rows.size();
    return new CrmPage(rows, more && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null);
  }

  private static JsonNode body(SimulatedResponse answer, String target) {
    if (answer.isSuccess()) {
      return EspoCrmJson.parse(answer.bodyText(), "CRM answer for " + target);
    }
    throw failure(answer, target);
  }

  private static RemoteCallException failure(SimulatedResponse answer, String target) {
    int status = answer.status();
    String reason = answer.reason();
    return switch (status) {
      case 400 -> EspoCrmJson.rejection(target, status, reason);
      case 401 -> new AuthenticationException("CRM refused the credentials", status);
      case 404 -> new NoSuchRecordException(target);
      case 409 ->
          "modified".equals(reason)
              ? new StaleRecordException(target)
              : new RemoteCallException(
                  "CRM answered 409 for " + target, status, false, false, reason, null);
      default ->
          new RemoteCallException(
              "CRM answered " + status + " for " + target,
              status,
              status == 429 || status == 502 || status == 503 || status == 504,
              false,
              reason,
              null);
    };
  }

  // ---------------------------------------------------------------- edits by a person

  /** Returns the record as stored now, without counting a call. */
  public CrmRecord record(String recordId) {
    return json.readRecord(
        simulation.record(recordId).orElseThrow(() -> new NoSuchRecordException(recordId)));
  }

  /** Applies a person's edit with a raw PUT-shaped body; throws when the CRM refuses it. */
  public void editAsPerson(String recordId, ObjectNode changes) {
    SimulatedResponse answer = simulation.editAsPerson(recordId, changes);
    if (!answer.isSuccess()) {
      throw new IllegalArgumentException(
          "the CRM refused the edit of "
              + recordId
              + ": "
              + answer.status()
              + " "
              + answer.reason());
    }
  }

  /** Adds an e-mail address as a person would: appended, not primary unless the list was empty. */
  public void addEmail(String recordId, String address) {
    ArrayNode items = items(recordId, "emailAddressData");
    items
        .addObject()
        .put("emailAddress", address)
        .put("primary", items.isEmpty())
        .put("optOut", false)
        .put("invalid", false);
    writeItems(recordId, "emailAddressData", items);
  }

  /** Adds a phone number as a person would: appended, not primary unless the list was empty. */
  public void addPhone(String recordId, String number, PhoneType type) {
    ArrayNode items = items(recordId, "phoneNumberData");
    items
        .addObject()
        .put("phoneNumber", number)
        .put("type", json.config().phoneTypeName(type))
        .put("primary", items.isEmpty())
        .put("optOut", false)
        .put("invalid", false);
    writeItems(recordId, "phoneNumberData", items);
  }

  /**
   * Removes a value (an e-mail compared without case, a phone as stored) as a person would; the CRM
   * promotes its first remaining item when the primary goes (none flagged).
   *
   * @return whether the value was there
   */
  public boolean removeValue(String recordId, String value) {
    for (String field : List.of("emailAddressData", "phoneNumberData")) {
      ArrayNode items = items(recordId, field);
      ArrayNode kept = NODES.arrayNode();
      boolean removedPrimary = false;
      for (JsonNode item : items) {
        if (matches(item, value)) {
          removedPrimary |= item.path("primary").asBoolean();
        } else {
          kept.add(item);
        }
      }
      if (kept.size() < items.size()) {
        if (removedPrimary) {
          kept.forEach(item -> ((ObjectNode) item).put("primary", false));
        }
        writeItems(recordId, field, kept);
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces a value by another in place, keeping flags and type, as a person editing the field.
   *
   * @return whether the old value was there
   */
  public boolean changeValue(String recordId, String oldValue, String newValue) {
    return editItem(
        recordId,
        oldValue,
        item -> {
          item.put(item.has("phoneNumber") ? "phoneNumber" : "emailAddress", newValue);
          return true;
        });
  }

  /**
   * Changes a phone's type as a person would (the type belongs to the shared row).
   *
   * @return whether the number was there
   */
  public boolean changePhoneType(String recordId, String number, PhoneType type) {
    return changePhoneTypeName(recordId, number, json.config().phoneTypeName(type));
  }

  /**
   * Changes a phone's type to any EspoCRM type name, also one the neutral types do not know.
   *
   * @return whether the number was there
   */
  public boolean changePhoneTypeName(String recordId, String number, String typeName) {
    return editItem(
        recordId,
        number,
        item -> {
          if (!item.has("phoneNumber")) {
            return false;
          }
          item.put("type", typeName);
          return true;
        });
  }

  /**
   * Sets a value's opt-out and invalid flags as a person would.
   *
   * @return whether the value was there
   */
  public boolean setFlags(String recordId, String value, boolean optOut, boolean invalid) {
    return editItem(
        recordId,
        value,
        item -> {
          item.put("optOut", optOut).put("invalid", invalid);
          return true;
        });
  }

  /**
   * Makes a value the primary of its list as a person would.
   *
   * @return whether the value was there
   */
  public boolean makePrimary(String recordId, String value) {
    for (String field : List.of("emailAddressData", "phoneNumberData")) {
      ArrayNode items = items(recordId, field);
      if (StreamSupport.stream(items.spliterator(), false).anyMatch(i -> matches(i, value))) {
        items.forEach(item -> ((ObjectNode) item).put("primary", matches(item, value)));
        writeItems(recordId, field, items);
        return true;
      }
    }
    return false;
  }

  private boolean editItem(String recordId, String value, Predicate<ObjectNode> edit) {
    for (String field : List.of("emailAddressData", "phoneNumberData")) {
      ArrayNode items = items(recordId, field);
      for (JsonNode item : items) {
        if (matches(item, value) && edit.test((ObjectNode) item)) {
          writeItems(recordId, field, items);
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(JsonNode item, String value) {
    if (item.has("emailAddress")) {
      return item.path("emailAddress").asText().equalsIgnoreCase(value.strip());
    }
    return item.path("phoneNumber").asText().equals(value.strip());
  }

  private ArrayNode items(String recordId, String field) {
    ObjectNode record =
        simulation.record(recordId).orElseThrow(() -> new NoSuchRecordException(recordId));
    ArrayNode items = (ArrayNode) record.get(field);
    items.forEach(item -> ((ObjectNode) item).remove("lower"));
    return items;
  }

  private void writeItems(String recordId, String field, ArrayNode items) {
    ObjectNode changes = NODES.objectNode();
    changes.set(field, items);
    editAsPerson(recordId, changes);
  }
}
