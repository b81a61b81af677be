package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.kommsync.MalformedResponseException;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CRM role over EspoCRM's REST API ({@code {site}/api/v1/}), with {@code java.net.http}.
 *
 * <ul>
 *   <li>Reads a record with {@code GET /{entity}/{id}}, which returns both value lists.
 *   <li>Updates with one {@code PUT /{entity}/{id}} that carries only what the {@link CrmChange}
 *       holds: complete lists whose items all carry real booleans {@code primary}, {@code optOut},
 *       {@code invalid} and, for phones, a type, the scalar primary beside each list, and the named
 *       sync-state fields. With an expected version it sends {@code X-Version-Number}.
 *   <li>Reads the instance's rules from {@code GET /Settings} and {@code GET
 *       /Metadata?key=entityDefs.{entity}.fields.phoneNumber} once, on first use, and caches them
 *       (the metadata call is skipped when the configuration overrides the type list).
 *   <li>Lists due and settled records with {@code where} filters, {@code select}, {@code
 *       orderBy=id} and keyset paging on the id, at most 200 rows a call.
 * </ul>
 *
 * <p>Failures arrive as the core's exceptions: 401 and 403 as {@link
 * de.kommsync.AuthenticationException}; 404 as {@link de.kommsync.NoSuchRecordException}; 400 as
 * {@link de.kommsync.RejectedWriteException} with the field and check that failed; 409 {@code
 * modified} as {@link de.kommsync.StaleRecordException}, 409 {@code duplicate} as {@link
 * DuplicateRecordException}; 429, 502, 503, 504 and connection failures as a retryable {@link
 * de.kommsync.RemoteCallException}, retried by the connection's {@link
 * de.kommsync.retry.RetryPolicy} (reads and updates alike, since an EspoCRM update is idempotent);
 * an update whose answer was lost (time-out, dropped connection, 500, or a gateway error after the
 * last retry) as {@code outcomeUnknown}, and such an update is never repeated. Messages carry
 * record ids, never values, headers or credentials.
 *
 * <p>A 2xx answer must be JSON (EspoCRM labels its answers {@code application/json},
 * research/espocrm-api.md §1): an HTML or XML page, what a reverse proxy or login portal in front
 * of the instance returns, is refused unread, as a {@link MalformedResponseException} on a read and
 * as an update of unknown outcome on a write. Well-formed JSON under another label (such as {@code
 * text/plain}) is read, since the label is no part of the data (see {@link
 * MalformedResponseException#parseJson(String, String, String)}).
 *
 * <p>Thread-safe: one instance serves any number of concurrent calls.
 */
public final class HttpEspoCrm implements Crm {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final Pattern METADATA_KEY =
      Pattern.compile("[A-Za-z0-9_]{1,64}(\\.[A-Za-z0-9_]{1,64}){0,7}");

  private final EspoCrmClient client;
  private final EspoCrmJson json;
  private final String entity;
  private final int pageSize;
  private final Object rulesLock = new Object();
  private volatile @Nullable CrmRules rules;

  /**
   * Creates the adapter. No call is made until the first method call.
   *
   * @param connection where the instance is and how to authenticate
   * @param config the entity, field and phone-type names
   */
  public HttpEspoCrm(EspoCrmConnection connection, EspoCrmConfig config) {
    this(connection, config, Clock.systemUTC());
  }

  /**
   * Creates the adapter with a clock, used to turn a {@code Retry-After} date into a wait.
   *
   * @param connection where the instance is and how to authenticate
   * @param config the entity, field and phone-type names
   * @param clock the clock
   */
  public HttpEspoCrm(EspoCrmConnection connection, EspoCrmConfig config, Clock clock) {
    Objects.requireNonNull(connection, "connection");
    this.json = new EspoCrmJson(Objects.requireNonNull(config, "config"));
    if (!NAME.matcher(config.entityName()).matches()) {
      throw new IllegalArgumentException("entityName must be letters, digits and underscores");
    }
    this.client = new EspoCrmClient(connection, clock);
    this.entity = config.entityName();
    this.pageSize = connection.pageSize();
  }

  @Override
  public CrmRules rules() {
    CrmRules known = rules;
    if (known != null) {
      return known;
    }
    synchronized (rulesLock) {
      if (rules == null) {
        rules = readRules();
      }
      return rules;
    }
  }

  private CrmRules readRules() {
    JsonNode settings = read(Call.get("read of the settings", "/Settings", "", null));
    JsonNode metadata = JsonNodeFactory.instance.objectNode();
    if (json.config().typeList() == null) {
      String key = "entityDefs." + entity + ".fields.phoneNumber";
      String what = "read of the " + entity + " phone field metadata";
      metadata = read(Call.get(what, "/Metadata", new Query().add("key", key).encoded(), null));
    }
    return json.readRules(settings, metadata);
  }

  /**
   * Reads one key of the instance's metadata ({@code GET /Metadata?key=...}), for set-up checks
   * such as the command line's {@code check-setup}. Not cached; not used by the sync itself.
   *
   * @param key a dotted metadata path of letters, digits and underscores, for example {@code
   *     entityDefs.CBeteiligte.fields}
   * @return the JSON under the key; JSON null when the instance has nothing there or does not show
   *     it to the API user
   * @throws IllegalArgumentException when the key is not a dotted path
   */
  public JsonNode readMetadata(String key) {
    Objects.requireNonNull(key, "key");
    if (!METADATA_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a metadata key is a dotted path of names");
    }
    String what = "read of the metadata key " + key;
    return read(Call.get(what, "/Metadata", new Query().add("key", key).encoded(), null));
  }

  @Override
  public CrmRecord readRecord(String recordId) {
    String what = "read of " + entity + " record " + requireId(recordId);
    return json.readRecord(read(Call.get(what, recordPath(recordId), "", recordId)));
  }

  @Override
  public UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    Objects.requireNonNull(change, "change");
    if (change.isEmpty()) {
      throw new IllegalArgumentException("an empty change must not be sent");
    }
    String what = "update of " + entity + " record " + requireId(recordId);
    byte[] body = json.writeChange(change).toString().getBytes(UTF_8);
    Call call = Call.put(what, recordPath(recordId), body, expectedVersion, recordId);
    EspoCrmClient.Reply reply = client.send(call);
    try {
      JsonNode answer = reply.json(what);
      return new UpdateReceipt(EspoCrmJson.readVersion(answer).orElse(null));
    } catch (MalformedResponseException e) {
      // the status said the write went through; without its answer the version is unknown
      throw EspoCrmErrors.forUnreadableBody(call, reply.status());
    }
  }

  @Override
  public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    if (pageToken != null) {
      requireId(pageToken);
    }
    JsonNode where = json.dueWhere(now, staleSyncingBefore, pageToken);
    return list("list of due " + entity + " records", where, pageSize);
  }

  @Override
  public CrmPage listSettled(@Nullable String afterId, int limit) {
    if (limit < 1 || limit > EspoCrmConnection.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("limit must lie in 1..200");
    }
    if (afterId != null) {
      requireId(afterId);
    }
    return list("list of settled " + entity + " records", json.settledWhere(afterId), limit);
  }

  private CrmPage list(String what, JsonNode where, int size) {
    String query =
        new Query()
            .add("select", json.listSelect())
            .add("maxSize", Integer.toString(size))
            .add("offset", "0")
            .add("orderBy", "id")
            .add("order", "asc")
            .add("where", where)
            .encoded();
    JsonNode answer = read(Call.get(what, "/" + entity, query, null));
    List<CrmListRow> rows = json.readListRows(answer);
    JsonNode total = answer.path("total");
    boolean more =
        total.canConvertToLong() && total.longValue() >= 0
            ? total.longValue() > rows.size()
            : rows.size() >= size;
    String next = more && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null;
    return new CrmPage(rows, next);
  }

  private JsonNode read(Call call) {
    return client.send(call).json(call.what());
  }

  private String recordPath(String recordId) {
    return "/" + entity + "/" + recordId;
  }

  private static String requireId(String recordId) {
    Objects.requireNonNull(recordId, "recordId");
    if (!RECORD_ID.matcher(recordId).matches()) {
      throw new IllegalArgumentException("a record id holds 1 to 64 letters, digits, _ or -");
    }
    return recordId;
  }
}
