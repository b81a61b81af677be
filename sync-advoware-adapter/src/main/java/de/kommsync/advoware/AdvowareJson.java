package de.kommsync.advoware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps between Advoware's JSON and the core's party-system role: a party ({@code GET
 * /api/v1/advonet/Beteiligte/{betNr}}, entries embedded as {@code kommunikation}) to a {@link
 * PartySnapshot}, an entry to a {@link PartyEntry}, and an {@link EntryWrite} to the bodies of the
 * entry {@code POST} and {@code PUT} (research/advoware-api.md §2.1, §2.2). Pure: no I/O. Stateless
 * and thread-safe.
 *
 * <p>A body of the wrong shape throws {@link MalformedResponseException}, whose message names the
 * element and the ids but never a value.
 */
public final class AdvowareJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> NOT_CONTACT_FIELDS =
      Set.of("betNr", "rowId", "geaendertAm", "kommunikation");

  private AdvowareJson() {}

  /**
   * Parses a response body.
   *
   * @param body the body text
   * @param what what the body is, for the message (for example {@code "party 104860"})
   * @return the JSON tree
   * @throws MalformedResponseException when the text is not JSON; the message carries the position
   *     of the fault, never the text
   */
  public static JsonNode parse(String body, String what) {
    return MalformedResponseException.parseJson(body, what);
  }

  /**
   * Reads a party with its entries. The party id is {@code betNr} as a decimal string; every other
   * top-level text field except {@code rowId} and {@code geaendertAm} (for example {@code mobil})
   * becomes a contact field; {@code geaendertAm} is read as a local date-time without zone. The
   * party must carry the array {@code kommunikation} (a party without entries carries an empty
   * one): a missing list would make every CRM value look new. Entry ids must be unique, and an
   * entry's {@code betNr}, when present, must be the party's.
   *
   * @param json the party
   * @return the snapshot, entries in server order
   * @throws MalformedResponseException when the JSON does not have a party's shape
   */
  public static PartySnapshot readParty(JsonNode json) {
    requireObject(json, "party");
    String partyId = id(json, "betNr", "party");
    String where = "party " + partyId;
    Map<String, String> contactFields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (field.getValue().isTextual() && !NOT_CONTACT_FIELDS.contains(field.getKey())) {
        contactFields.put(field.getKey(), field.getValue().textValue());
      }
    }
    List<PartyEntry> entries = readEntries(json.get("kommunikation"), partyId, where);
    return new PartySnapshot(
        partyId,
        optionalText(json, "rowId", where),
        changedAt(json, where),
        contactFields,
        entries);
  }

  private static List<PartyEntry> readEntries(
      @Nullable JsonNode list, String partyId, String where) {
    if (list == null || list.isNull()) {
      throw new MalformedResponseException(where + ": kommunikation is missing");
    }
    if (!list.isArray()) {
      throw new MalformedResponseException(where + ": kommunikation is not an array");
    }
    List<PartyEntry> entries = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (JsonNode item : list) {
      String itemWhere = where + " kommunikation item " + entries.size();
      PartyEntry entry = readEntry(item, itemWhere);
      requireOwnParty(item, partyId, itemWhere);
      if (!ids.add(entry.id())) {
        throw new MalformedResponseException(where + ": entry id " + entry.id() + " repeats");
      }
      entries.add(entry);
    }
    return entries;
  }

  private static void requireOwnParty(JsonNode item, String partyId, String where) {
    JsonNode owner = item.get("betNr");
    if (owner != null && !owner.isNull() && !id(item, "betNr", where).equals(partyId)) {
      throw new MalformedResponseException(where + ": betNr names another party");
    }
  }

  /**
   * Reads one entry, as embedded in a party or as answered by a {@code POST} or {@code PUT}. A
   * missing {@code kommKz} reads as 0 (unknown), a missing {@code online} as false.
   *
   * @param json the entry
   * @return the entry
   * @throws MalformedResponseException when the JSON does not have an entry's shape
   */
  public static PartyEntry readEntry(JsonNode json) {
    return readEntry(json, "entry");
  }

  private static PartyEntry readEntry(JsonNode json, String where) {
    requireObject(json, where);
    long id = Long.parseLong(id(json, "id", where));
    String entryWhere = "entry " + id;
    JsonNode kind = json.get("kommKz");
    int kindCode = 0;
    if (kind != null && !kind.isNull()) {
      if (!kind.isIntegralNumber() || !kind.canConvertToInt()) {
        throw new MalformedResponseException(entryWhere + ": kommKz is not an integer");
      }
      kindCode = kind.intValue();
    }
    JsonNode online = json.get("online");
    if (online != null && !online.isNull() && !online.isBoolean()) {
      throw new MalformedResponseException(entryWhere + ": online is not a boolean");
    }
    return new PartyEntry(
        id,
        optionalText(json, "rowId", entryWhere),
        optionalText(json, "tlf", entryWhere),
        kindCode,
        optionalText(json, "bemerkung", entryWhere),
        online != null && online.booleanValue());
  }

  /**
   * Renders the body of the {@code POST} that creates an entry: {@code tlf}, {@code bemerkung},
   * {@code kommKz} and {@code online}.
   *
   * @param write the entry's fields
   * @return the body
   */
  public static ObjectNode createBody(EntryWrite write) {
    ObjectNode body = NODES.objectNode();
    body.put("tlf", write.value());
    body.put("bemerkung", write.remark());
    body.put("kommKz", write.kind().code());
    body.put("online", write.online());
    return body;
  }

  /**
   * Renders the body of the {@code PUT} that updates an entry: {@code tlf}, {@code bemerkung} and
   * {@code online}, plus {@code kommKz}, which the server ignores on update
   * (research/advoware-api.md §4.3: the kind is read-only on PUT).
   *
   * @param write the entry's new fields
   * @return the body
   */
  public static ObjectNode updateBody(EntryWrite write) {
    return createBody(write);
  }

  private static @Nullable LocalDateTime changedAt(JsonNode json, String where) {
    String text = optionalText(json, "geaendertAm", where);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new MalformedResponseException(where + ": geaendertAm is not a local date-time");
    }
  }

  private static String id(JsonNode json, String field, String where) {
    JsonNode node = json.get(field);
    if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
      return Long.toString(node.longValue());
    }
    if (node != null && node.isTextual() && node.textValue().strip().matches("[0-9]{1,18}")) {
      return Long.toString(Long.parseLong(node.textValue().strip()));
    }
    boolean missing = node == null || node.isNull();
    throw new MalformedResponseException(
        where + ": " + field + (missing ? " is missing" : " is not an integer"));
  }

  private static void requireObject(JsonNode json, String where) {
    if (json == null || !json.isObject()) {
      throw new MalformedResponseException(where + ": not a JSON object");
    }
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
}
