package de.kommsync.espocrm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.RejectedWriteException;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps between EspoCRM's JSON and the core's CRM role: a record read with {@code GET} to a {@link
 * CrmRecord}, a {@link CrmChange} to the body of a {@code PUT}, {@code GET /Settings} plus the
 * phone field's metadata to {@link CrmRules}, and list rows to {@link CrmListRow}s. Pure: no I/O.
 * Immutable and thread-safe.
 *
 * <p>Reading is strict about types and lenient about absent flags, as EspoCRM itself is: a missing
 * flag reads as false (research/espocrm-api.md §3 "Write semantics", §8). A record must carry both
 * value lists, since {@code GET} of one record always does: a missing list would read as "every
 * value deleted". A body of the wrong shape throws {@link MalformedResponseException}, whose
 * message names the element and the record id but never a value.
 */
public final class EspoCrmJson {

  /** EspoCRM's time format: UTC, whole seconds, no zone (research/espocrm-api.md §4). */
  public static final DateTimeFormatter TIME_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern VALIDATION_REASON =
      Pattern.compile(
          "Field validation failure; entityType: ([^,]*), field: ([^,]*), type: ([^.]*)\\.?");
  private static final int DEFAULT_MAX_ITEMS = 10;
  private static final int MAX_PHONE_LENGTH = 36;
  private static final int MAX_EMAIL_LENGTH = 254;

  private final EspoCrmConfig config;

  /** Creates the mapper for a configuration. */
  public EspoCrmJson(EspoCrmConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Returns the configuration. */
  public EspoCrmConfig config() {
    return config;
  }

  /**
   * Parses a response body.
   *
   * @param body the body text
   * @param what what the body is, for the message (for example {@code "CRM record abc"})
   * @return the JSON tree
   * @throws MalformedResponseException when the text is not JSON; the message carries the position
   *     of the fault, never the text
   */
  public static JsonNode parse(String body, String what) {
    return MalformedResponseException.parseJson(body, what);
  }

  /**
   * Reads a record as {@code GET /{entity}/{id}} returns it.
   *
   * @param json the record
   * @return the record with both lists in stored order
   * @throws MalformedResponseException when the JSON does not have a record's shape, including a
   *     missing or null {@code emailAddressData} or {@code phoneNumberData} (never read as empty:
   *     that would delete every value) and an item without a non-blank value
   */
  public CrmRecord readRecord(JsonNode json) {
    requireObject(json, "CRM record");
    String id = requiredText(json, "id", "CRM record");
    String where = "CRM record " + id;
    List<CrmValue> emails = readEmails(json.get("emailAddressData"), where);
    List<CrmValue> phones = readPhones(json.get("phoneNumberData"), where);
    JsonNode version = json.get("versionNumber");
    Long versionNumber = null;
    if (version != null && !version.isNull()) {
      if (!version.canConvertToLong() || !version.isIntegralNumber()) {
        throw new MalformedResponseException(where + ": versionNumber is not an integer");
      }
      versionNumber = version.asLong();
    }
    return new CrmRecord(
        id,
        partyId(json, where),
        emails,
        phones,
        readState(json, where),
        optionalTime(json, "modifiedAt", where),
        versionNumber);
  }

  private List<CrmValue> readEmails(@Nullable JsonNode data, String where) {
    List<CrmValue> emails = new ArrayList<>();
    for (JsonNode item : requiredItems(data, "emailAddressData", where)) {
      String itemWhere = where + " emailAddressData item " + emails.size();
      requireObject(item, itemWhere);
      emails.add(
          CrmValue.email(
              requiredValue(item, "emailAddress", itemWhere),
              flag(item, "primary", itemWhere),
              flag(item, "optOut", itemWhere),
              flag(item, "invalid", itemWhere)));
    }
    return emails;
  }

  private List<CrmValue> readPhones(@Nullable JsonNode data, String where) {
    List<CrmValue> phones = new ArrayList<>();
    for (JsonNode item : requiredItems(data, "phoneNumberData", where)) {
      String itemWhere = where + " phoneNumberData item " + phones.size();
      requireObject(item, itemWhere);
      String typeName = optionalText(item, "type", itemWhere);
      PhoneType type =
          typeName == null ? PhoneType.OTHER : config.phoneType(typeName).orElse(PhoneType.OTHER);
      phones.add(
          new CrmValue(
              Channel.PHONE,
              requiredValue(item, "phoneNumber", itemWhere),
              type,
              typeName,
              flag(item, "primary", itemWhere),
              flag(item, "optOut", itemWhere),
              flag(item, "invalid", itemWhere)));
    }
    return phones;
  }

  private static List<JsonNode> requiredItems(@Nullable JsonNode data, String field, String where) {
    if (data == null || data.isNull()) {
      throw new MalformedResponseException(where + ": " + field + " is missing");
    }
    return items(data, field, where);
  }

  private static List<JsonNode> items(@Nullable JsonNode data, String field, String where) {
    if (data == null || data.isNull()) {
      return List.of();
    }
    if (!data.isArray()) {
      throw new MalformedResponseException(where + ": " + field + " is not an array");
    }
    List<JsonNode> list = new ArrayList<>();
    data.forEach(list::add);
    return list;
  }

  private @Nullable String partyId(JsonNode json, String where) {
    JsonNode node = json.get(config.partyIdField());
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isTextual()) {
      String text = node.textValue().strip();
      return text.isEmpty() ? null : text;
    }
    throw new MalformedResponseException(
        where + ": " + config.partyIdField() + " is neither integer nor text");
  }

  private SyncState readState(JsonNode json, String where) {
    String status = optionalText(json, config.fieldName(SyncField.STATUS), where);
    JsonNode count = json.get(config.fieldName(SyncField.RETRY_COUNT));
    int retryCount = 0;
    if (count != null && !count.isNull()) {
      if (!count.isIntegralNumber() || !count.canConvertToInt()) {
        throw new MalformedResponseException(
            where + ": " + config.fieldName(SyncField.RETRY_COUNT) + " is not an integer");
      }
      retryCount = Math.max(0, count.intValue());
    }
    return new SyncState(
        status == null ? null : SyncStatus.ofWireName(status).orElse(null),
        retryCount,
        optionalTime(json, config.fieldName(SyncField.NEXT_RETRY), where),
        optionalTime(json, config.fieldName(SyncField.AUTO_RESET_AT), where),
        optionalText(json, config.fieldName(SyncField.ERROR_MESSAGE), where),
        optionalTime(json, config.fieldName(SyncField.LAST_SYNC), where),
        optionalText(json, config.fieldName(SyncField.PARTY_ROW_ID), where),
        optionalText(json, config.fieldName(SyncField.HASH), where));
  }

  /**
   * Renders the body of the {@code PUT} that applies a change. Lists are sent complete; every item
   * carries real booleans {@code primary}, {@code optOut} and {@code invalid} (a missing flag
   * clears a stored opt-out on the shared address, research/espocrm-api.md §3 "Flag pitfalls");
   * every phone carries a type (its native type name when it has one, else the mapped name); the
   * scalar {@code emailAddress}/{@code phoneNumber} (the primary) goes along with its list (a
   * stored legacy number otherwise fails the update, research/espocrm-api.md §8 item 5); only the
   * sync-state fields named in {@link CrmChange#stateFields()} are sent.
   *
   * @param change the change
   * @return the body
   */
  public ObjectNode writeChange(CrmChange change) {
    ObjectNode body = NODES.objectNode();
    if (change.emails() != null) {
      writeList(body, change.emails(), "emailAddress", "emailAddressData");
    }
    if (change.phones() != null) {
      writeList(body, change.phones(), "phoneNumber", "phoneNumberData");
    }
    SyncState state = change.state();
    for (SyncField field : SyncField.values()) {
      if (change.stateFields().contains(field)) {
        writeStateField(body, field, state);
      }
    }
    return body;
  }

  private void writeList(ObjectNode body, List<CrmValue> values, String scalar, String array) {
    ArrayNode items = body.putArray(array);
    String primary = null;
    for (CrmValue value : values) {
      ObjectNode item = items.addObject();
      item.put(scalar, value.value());
      if (value.channel() == Channel.PHONE) {
        item.put("type", typeName(value));
      }
      item.put("primary", value.primary());
      item.put("optOut", value.optOut());
      item.put("invalid", value.invalid());
      if (value.primary() && primary == null) {
        primary = value.value();
      }
    }
    if (primary == null && !values.isEmpty()) {
      primary = values.get(0).value();
    }
    body.put(scalar, primary);
  }

  private String typeName(CrmValue value) {
    if (value.nativeType() != null) {
      return value.nativeType();
    }
    return config.phoneTypeName(Objects.requireNonNull(value.type(), "phone type"));
  }

  private void writeStateField(ObjectNode body, SyncField field, SyncState state) {
    String name = config.fieldName(field);
    switch (field) {
      case STATUS -> body.put(name, state.status() == null ? null : state.status().wireName());
      case RETRY_COUNT -> body.put(name, state.retryCount());
      case NEXT_RETRY -> body.put(name, formatTime(state.nextRetry()));
      case AUTO_RESET_AT -> body.put(name, formatTime(state.autoResetAt()));
      case ERROR_MESSAGE -> body.put(name, state.errorMessage());
      case LAST_SYNC -> body.put(name, formatTime(state.lastSync()));
      case PARTY_ROW_ID -> body.put(name, state.partyRowId());
      case HASH -> body.put(name, state.hash());
    }
  }

  /**
   * Reads the rules of an instance from {@code GET /Settings} and {@code GET
   * /Metadata?key=entityDefs.<entity>.fields.phoneNumber}. Settings the answer lacks take the
   * values of a fresh EspoCRM 9 install (international phones on, 10 items per list); a missing
   * type list means the Person-type default. Type names the configuration does not map are ignored.
   * The configuration's overrides win over both answers.
   *
   * @param settings the settings JSON (a subset is enough)
   * @param phoneMetadata the phone field's metadata JSON
   * @return the rules
   */
  public CrmRules readRules(JsonNode settings, JsonNode phoneMetadata) {
    requireObject(settings, "CRM settings");
    requireObject(phoneMetadata, "CRM phone field metadata");
    boolean international =
        config.phoneNumberInternational() != null
            ? config.phoneNumberInternational()
            : optionalFlag(settings, "phoneNumberInternational", true, "CRM settings");
    int maxEmails = maxCount(settings, "emailAddressMaxCount");
    int maxPhones = maxCount(settings, "phoneNumberMaxCount");
    List<String> typeNames = config.typeList();
    if (typeNames == null) {
      typeNames = readTypeList(phoneMetadata);
    }
    Set<PhoneType> allowed = EnumSet.noneOf(PhoneType.class);
    for (String name : typeNames) {
      config.phoneType(name).ifPresent(allowed::add);
    }
    return new CrmRules(
        international, allowed, maxEmails, maxPhones, MAX_PHONE_LENGTH, MAX_EMAIL_LENGTH);
  }

  private static List<String> readTypeList(JsonNode phoneMetadata) {
    JsonNode list = phoneMetadata.get("typeList");
    if (list == null || list.isNull()) {
      return List.of("Mobile", "Office", "Home", "Fax", "Other");
    }
    if (!list.isArray()) {
      throw new MalformedResponseException("CRM phone field metadata: typeList is not an array");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : list) {
      if (!name.isTextual()) {
        throw new MalformedResponseException("CRM phone field metadata: typeList item not text");
      }
      names.add(name.textValue());
    }
    return names;
  }

  private static int maxCount(JsonNode settings, String field) {
    JsonNode node = settings.get(field);
    if (node == null || node.isNull()) {
      return DEFAULT_MAX_ITEMS;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
      throw new MalformedResponseException("CRM settings: " + field + " is not a positive integer");
    }
    return node.intValue();
  }

  /**
   * Reads one row of a list answer ({@code GET /{entity}?select=...}), which carries no value lists
   * (research/espocrm-api.md §2 "List rows lack the arrays").
   *
   * @param row the row
   * @return the row
   */
  public CrmListRow readListRow(JsonNode row) {
    requireObject(row, "CRM list row");
    String id = requiredText(row, "id", "CRM list row");
    String where = "CRM list row " + id;
    return new CrmListRow(
        id, partyId(row, where), readState(row, where), optionalTime(row, "modifiedAt", where));
  }

  /**
   * Reads the rows of a list answer {@code {"total": n, "list": [...]}}.
   *
   * @param answer the list answer
   * @return the rows in answer order
   */
  public List<CrmListRow> readListRows(JsonNode answer) {
    requireObject(answer, "CRM list");
    List<CrmListRow> rows = new ArrayList<>();
    for (JsonNode row : items(answer.get("list"), "list", "CRM list")) {
      rows.add(readListRow(row));
    }
    return rows;
  }

  /**
   * Returns the attributes a list query selects: the id, the party id, every sync-state field and
   * {@code modifiedAt}, comma-separated as EspoCRM's {@code select} parameter takes them.
   */
  public String listSelect() {
    List<String> names = new ArrayList<>();
    names.add("id");
    names.add(config.partyIdField());
    for (SyncField field : SyncField.values()) {
      names.add(config.fieldName(field));
    }
    names.add("modifiedAt");
    return String.join(",", names);
  }

  /**
   * Returns the {@code where} clause (EspoCRM's search-parameter form, an array of items) of the
   * records due for a sync, as {@link de.kommsync.spi.Crm#listDue} defines them.
   *
   * @param now the scheduler's time
   * @param staleSyncingBefore a {@code syncing} record changed at or before this time is stale
   * @param afterId only ids greater than this one (the paging token), or null
   * @return the where items
   */
  public ArrayNode dueWhere(Instant now, Instant staleSyncingBefore, @Nullable String afterId) {
    String status = config.fieldName(SyncField.STATUS);
    ArrayNode any = NODES.arrayNode();
    ObjectNode open = any.addObject().put("type", "in").put("attribute", status);
    open.putArray("value").add(SyncStatus.PENDING_SYNC.wireName()).add(SyncStatus.DIRTY.wireName());
    ArrayNode retry = NODES.arrayNode();
    retry.add(isNull(config.fieldName(SyncField.NEXT_RETRY)));
    retry.add(compare("lessThanOrEquals", config.fieldName(SyncField.NEXT_RETRY), now));
    any.add(group("and", equalsStatus(SyncStatus.FAILED), group("or", retry)));
    any.add(
        group(
            "and",
            equalsStatus(SyncStatus.PERMANENTLY_FAILED),
            compare("lessThanOrEquals", config.fieldName(SyncField.AUTO_RESET_AT), now)));
    any.add(
        group(
            "and",
            equalsStatus(SyncStatus.SYNCING),
            compare("lessThanOrEquals", "modifiedAt", staleSyncingBefore)));
    ArrayNode where = NODES.arrayNode();
    where.add(group("or", any));
    addAfterId(where, afterId);
    return where;
  }

  /**
   * Returns the {@code where} clause of the settled records ({@code clean} or {@code conflict})
   * with an id greater than {@code afterId}.
   *
   * @param afterId only ids greater than this one, or null for all
   * @return the where items
   */
  public ArrayNode settledWhere(@Nullable String afterId) {
    ArrayNode where = NODES.arrayNode();
    ObjectNode in =
        where.addObject().put("type", "in").put("attribute", config.fieldName(SyncField.STATUS));
    in.putArray("value").add(SyncStatus.CLEAN.wireName()).add(SyncStatus.CONFLICT.wireName());
    addAfterId(where, afterId);
    return where;
  }

  /**
   * Flattens {@code where} items into EspoCRM's PHP-style query parameters, in order: {@code
   * where[0][type]=in}, {@code where[0][attribute]=syncStatus}, {@code where[0][value][]=dirty},
   * nested groups as {@code where[0][value][1][type]=and} and so on (samples/
   * espocrm-exchanges-9.3.4.md, "Due-list query with a nested where group"). Names and values are
   * not URL-encoded.
   *
   * @param where the where items
   * @return the parameters as name/value pairs
   */
  public static List<Map.Entry<String, String>> whereParameters(ArrayNode where) {
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    for (int i = 0; i < where.size(); i++) {
      flatten("where[" + i + "]", where.get(i), parameters);
    }
    return parameters;
  }

  private static void flatten(String prefix, JsonNode item, List<Map.Entry<String, String>> out) {
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      String name = prefix + "[" + field.getKey() + "]";
      JsonNode value = field.getValue();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          JsonNode element = value.get(i);
          if (element.isObject()) {
            flatten(name + "[" + i + "]", element, out);
          } else {
            out.add(Map.entry(name + "[]", element.asText()));
          }
        }
      } else if (!value.isNull()) {
        out.add(Map.entry(name, value.asText()));
      }
    }
  }

  private static void addAfterId(ArrayNode where, @Nullable String afterId) {
    if (afterId != null) {
      where.addObject().put("type", "greaterThan").put("attribute", "id").put("value", afterId);
    }
  }

  private ObjectNode equalsStatus(SyncStatus status) {
    return NODES
        .objectNode()
        .put("type", "equals")
        .put("attribute", config.fieldName(SyncField.STATUS))
        .put("value", status.wireName());
  }

  private static ObjectNode isNull(String attribute) {
    return NODES.objectNode().put("type", "isNull").put("attribute", attribute);
  }

  private static ObjectNode compare(String type, String attribute, Instant value) {
    return NODES
        .objectNode()
        .put("type", type)
        .put("attribute", attribute)
        .put("value", formatTime(value));
  }

  private static ObjectNode group(String type, JsonNode... items) {
    ArrayNode value = NODES.arrayNode();
    for (JsonNode item : items) {
      value.add(item);
    }
    return group(type, value);
  }

  private static ObjectNode group(String type, ArrayNode items) {
    ObjectNode group = NODES.objectNode().put("type", type);
    group.set("value", items);
    return group;
  }

  /**
   * Reads the version a write's answer reports (EspoCRM's {@code versionNumber}, present only when
   * optimistic concurrency is on, research/espocrm-api.md §8 item 12).
   *
   * @param answer the answer body
   * @return the version, or empty when the answer carries none
   */
  public static Optional<Long> readVersion(JsonNode answer) {
    JsonNode version = answer.get("versionNumber");
    return version != null && version.isIntegralNumber() && version.canConvertToLong()
        ? Optional.of(version.longValue())
        : Optional.empty();
  }

  /**
   * A field validation failure as EspoCRM names it in {@code X-Status-Reason}.
   *
   * @param entityType the entity type
   * @param field the field that failed, for example {@code phoneNumber}
   * @param type the validation that failed, for example {@code valid} or {@code maxCount}
   */
  public record ValidationFailure(String entityType, String field, String type) {}

  /**
   * Parses EspoCRM's validation reason, for example {@code Field validation failure; entityType:
   * CBeteiligte, field: phoneNumber, type: valid.} (research/espocrm-api.md §2).
   *
   * @param reason the header text, may be null
   * @return the failure, or empty when the text has another form
   */
  public static Optional<ValidationFailure> parseValidationReason(@Nullable String reason) {
    if (reason == null) {
      return Optional.empty();
    }
    Matcher matcher = VALIDATION_REASON.matcher(reason.strip());
    return matcher.matches()
        ? Optional.of(new ValidationFailure(matcher.group(1), matcher.group(2), matcher.group(3)))
        : Optional.empty();
  }

  /**
   * Creates the exception for a refused write (400), with the field and validation parsed from the
   * reason when it is a field validation failure.
   *
   * @param recordId the record written
   * @param status the HTTP status
   * @param reason the {@code X-Status-Reason} text, or null
   * @return the exception
   */
  public static RejectedWriteException rejection(
      String recordId, int status, @Nullable String reason) {
    Optional<ValidationFailure> failure = parseValidationReason(reason);
    String detail =
        failure.map(f -> ": field " + f.field() + " failed validation " + f.type()).orElse("");
    return new RejectedWriteException(
        "CRM refused the update of record " + recordId + detail,
        status,
        ServerReasons.safe(reason),
        failure.map(ValidationFailure::field).orElse(null),
        failure.map(ValidationFailure::type).orElse(null));
  }

  /**
   * Formats an instant as EspoCRM stores times: UTC, whole seconds (truncated).
   *
   * @param time the instant, or null
   * @return the text, or null for null
   */
  public static @Nullable String formatTime(@Nullable Instant time) {
    if (time == null) {
      return null;
    }
    return TIME_FORMAT.format(
        LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
  }

  /**
   * Parses one of EspoCRM's time texts.
   *
   * @param text a time as {@code YYYY-MM-DD HH:MM:SS}, read as UTC
   * @return the instant, or empty when the text has another form
   */
  public static Optional<Instant> parseTime(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text.strip(), TIME_FORMAT).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static @Nullable Instant optionalTime(JsonNode json, String field, String where) {
    String text = optionalText(json, field, where);
    if (text == null || text.isBlank()) {
      return null;
    }
    return parseTime(text)
        .orElseThrow(
            () -> new MalformedResponseException(where + ": " + field + " is not a CRM time"));
  }

  private static void requireObject(JsonNode json, String where) {
    if (json == null || !json.isObject()) {
      throw new MalformedResponseException(where + ": not a JSON object");
    }
  }

  private static String requiredText(JsonNode json, String field, String where) {
    String text = optionalText(json, field, where);
    if (text == null) {
      throw new MalformedResponseException(where + ": " + field + " is missing");
    }
    return text;
  }

  private static String requiredValue(JsonNode json, String field, String where) {
    String text = requiredText(json, field, where);
    if (text.isBlank()) {
      throw new MalformedResponseException(where + ": " + field + " is blank");
    }
    return text;
  }

  private static @Nullable String optionalText(JsonNode json, String field, String where) {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new MalformedResponseException(where + ": " + field + " is not text");
    }
    return node.textValue();
  }

  private static boolean flag(JsonNode json, String field, String where) {
    return optionalFlag(json, field, false, where);
  }

  private static boolean optionalFlag(JsonNode json, String field, boolean absent, String where) {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return absent;
    }
    if (!node.isBoolean()) {
      throw new MalformedResponseException(where + ": " + field + " is not a boolean");
    }
    return node.booleanValue();
  }
}
