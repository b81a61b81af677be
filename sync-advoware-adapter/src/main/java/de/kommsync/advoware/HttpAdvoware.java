package de.kommsync.advoware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.NoSuchPartyException;
import de.kommsync.RemoteCallException;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.retry.RetryPolicy;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import io.github.resilience4j.retry.Retry;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The party-system role over Advoware's REST API (SPEC section 2): reads a party with its embedded
 * communication entries, creates entries and updates them. Entries are never deleted (Advoware
 * answers 403), and no method here sends a DELETE.
 *
 * <p>Authentication follows the token flow of the security gateway: one token is requested for all
 * callers, cached, renewed before it expires and once when a call answers 401. Reads and updates
 * are repeated on transient faults (connect errors, 429, 502, 503, 504, honouring {@code
 * Retry-After}) under the configured {@link RetryPolicy}; a create is never repeated once it may
 * have reached the server: a timeout, a lost connection or a 5xx after sending throw a {@link
 * RemoteCallException} whose {@link RemoteCallException#outcomeUnknown() outcome is unknown}.
 *
 * <p>A 2xx answer must be JSON: an HTML or XML page (what a proxy or login portal in front of the
 * API returns) is refused unread, as a {@link MalformedResponseException} on a read and as an
 * unknown outcome on a write; well-formed JSON under another label (such as {@code text/plain}) is
 * read (see {@link MalformedResponseException#parseJson(String, String, String)}).
 *
 * <p>Exception messages and logs name the party and entry ids only: never values, remarks, error
 * bodies (only known vendor phrases of them), tokens, passwords, keys or signatures. Thread-safe.
 */
public final class HttpAdvoware implements PartySystem {

  private static final Pattern PARTY_ID = Pattern.compile("[0-9]{1,18}");
  private static final String PARTIES = "api/v1/advonet/Beteiligte/";

  private final Transport transport;

  private HttpAdvoware(AdvowareConfig config, RetryPolicy retryPolicy, Clock clock) {
    ObjectMapper mapper = new ObjectMapper();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Wire wire = new Wire(client);
    Endpoints endpoints = new Endpoints(config, wire, mapper, clock);
    TokenCache tokens =
        new TokenCache(config, endpoints, wire, mapper, clock, () -> UUID.randomUUID().toString());
    Retry retry = retryPolicy.newRetry("advoware");
    this.transport = new Transport(wire, retry, endpoints, tokens, config.requestTimeout(), clock);
  }

  /**
   * Creates an adapter with the default retry policy and the system clock. No call is made until
   * the first read or write.
   *
   * @param config the connection settings
   * @return the adapter
   */
  public static HttpAdvoware create(AdvowareConfig config) {
    return create(config, RetryPolicy.defaults(), Clock.systemUTC());
  }

  /**
   * Creates an adapter.
   *
   * @param config the connection settings
   * @param retryPolicy how reads and updates are repeated on transient faults
   * @param clock the clock that decides when a token is due for renewal
   * @return the adapter
   */
  public static HttpAdvoware create(AdvowareConfig config, RetryPolicy retryPolicy, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(clock, "clock");
    return new HttpAdvoware(config, retryPolicy, clock);
  }

  /**
   * {@inheritDoc}
   *
   * @param partyId the {@code betNr} as a decimal string
   * @throws IllegalArgumentException when the id is not a decimal number
   */
  @Override
  public PartySnapshot readParty(String partyId) {
    String betNr = betNr(partyId);
    ApiCall call =
        new ApiCall(
            "GET",
            PARTIES + betNr,
            null,
            CallKind.READ,
            "GET party " + betNr,
            () -> new NoSuchPartyException(betNr));
    PartySnapshot party = AdvowareJson.readParty(parse(transport.call(call), call.what()));
    if (!party.partyId().equals(betNr)) {
      throw new MalformedResponseException(call.what() + ": the answer names another party", 200);
    }
    return party;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Never repeated once the request may have reached the server: a lost answer throws a {@link
   * RemoteCallException} with an unknown outcome, and the next run finds the entry by its marker.
   */
  @Override
  public PartyEntry createEntry(String partyId, EntryWrite write) {
    String betNr = betNr(partyId);
    String what = "POST entry of party " + betNr;
    ApiCall call =
        new ApiCall(
            "POST",
            PARTIES + betNr + "/Kommunikationen",
            bytes(AdvowareJson.createBody(write)),
            CallKind.CREATE,
            what,
            () -> new NoSuchPartyException(betNr));
    return writtenEntry(transport.call(call), what);
  }

  /** {@inheritDoc} */
  @Override
  public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    String betNr = betNr(partyId);
    ApiCall call =
        new ApiCall(
            "PUT",
            PARTIES + betNr + "/Kommunikationen/" + entryId,
            bytes(AdvowareJson.updateBody(write)),
            CallKind.IDEMPOTENT_WRITE,
            "PUT entry " + entryId + " of party " + betNr,
            null);
    HttpResponse<byte[]> response = transport.call(call);
    if (response.body().length == 0) {
      // an answer without body: the entry holds what was sent; the kind is unknown here
      return new PartyEntry(entryId, null, write.value(), 0, write.remark(), write.online());
    }
    PartyEntry entry = writtenEntry(response, call.what());
    if (entry.id() != entryId) {
      throw new MalformedResponseException(call.what() + ": the answer names another entry", 200);
    }
    return entry;
  }

  /**
   * Reads the entry a write's 2xx answer returns. An answer that cannot be read (not JSON, an HTML
   * page, the wrong shape) leaves the outcome unknown: the status says the write went through, but
   * a proxy or portal in front of the API may have sent it without passing the write on.
   */
  private static PartyEntry writtenEntry(HttpResponse<byte[]> response, String what) {
    try {
      return AdvowareJson.readEntry(parse(response, what));
    } catch (MalformedResponseException e) {
      throw new RemoteCallException(
          what + " succeeded with an unreadable answer",
          response.statusCode(),
          false,
          true,
          null,
          e);
    }
  }

  private static JsonNode parse(HttpResponse<byte[]> response, String what) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    String type = response.headers().firstValue("Content-Type").orElse(null);
    return MalformedResponseException.parseJson(body, type, what);
  }

  private static byte[] bytes(ObjectNode body) {
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String betNr(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    if (!PARTY_ID.matcher(partyId).matches()) {
      throw new IllegalArgumentException("an Advoware party id is a decimal betNr");
    }
    return Long.toString(Long.parseLong(partyId));
  }
}
