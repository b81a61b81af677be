package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kommsync.espocrm.EspoCrmConnection;
import de.kommsync.espocrm.EspoCrmCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An EspoCRM REST API on loopback ({@code 127.0.0.1}, an ephemeral port) that serves an {@link
 * EspoCrmSimulation} through the real paths, for tests of HTTP adapters:
 *
 * <ul>
 *   <li>{@code GET}, {@code PUT} and {@code PATCH /api/v1/{entity}/{id}}, {@code POST
 *       /api/v1/{entity}};
 *   <li>{@code GET /api/v1/{entity}} with {@code where}, {@code select}, {@code maxSize}, {@code
 *       offset}, {@code orderBy}, {@code order} in PHP array notation (403 above 200 rows);
 *   <li>{@code GET /api/v1/Settings} and {@code GET /api/v1/Metadata?key=entityDefs.{entity}.
 *       fields.phoneNumber}.
 * </ul>
 *
 * <p>Credentials are checked as EspoCRM 9.3.4 checks them (research/espocrm-api.md §8 item 1): one
 * API-key user ({@link #API_KEY}) and one HMAC user ({@link #HMAC_KEY}, {@link #HMAC_SECRET}); each
 * accepts only its own method; the HMAC digest must be lower-case hex over {@code METHOD + " " +
 * path} without the query string. A refusal is 401 with an empty body and no reason header. A body
 * whose content type is not {@code application/json} is read as empty (200, nothing saved),
 * malformed JSON is 500 (research §8 item 2; the simulation applies both).
 *
 * <p>Faults can be injected per method and path ({@link #inject}); every request is recorded
 * ({@link #requests()}). Thread-safe. Close the server to free its port and threads.
 */
public final class FakeEspoCrmServer implements AutoCloseable {

  /** The key of the API user set up for {@code X-Api-Key}. A test value, not a secret. */
  public static final String API_KEY = "fake-espocrm-api-key-3f9a";

  /** The key of the API user set up for HMAC. A test value, not a secret. */
  public static final String HMAC_KEY = "fake-espocrm-hmac-key-7c21";

  /** The secret of the API user set up for HMAC. A test value, not a secret. */
  public static final String HMAC_SECRET = "fake-espocrm-hmac-secret-b04e";

  private static final String API_BASE = "/api/v1";
  private static final byte[] GARBLED = "{\"id\":\"6b12deaa5bc".getBytes(UTF_8);

  private final EspoCrmSimulation simulation;
  private final FakeEspoCrmUsers users;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<FaultRule> faults = new ArrayList<>();

  /** A fault for the next {@code remaining} requests that match method and path. */
  private static final class FaultRule {
    private final String method;
    private final Pattern path;
    private final HttpFault fault;
    private int remaining;

    private FaultRule(String method, Pattern path, HttpFault fault, int remaining) {
      this.method = method;
      this.path = path;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private FakeEspoCrmServer(EspoCrmSimulation simulation, int port) throws IOException {
    this.simulation = Objects.requireNonNull(simulation, "simulation");
    this.users = new FakeEspoCrmUsers(List.of(API_KEY), Map.of(HMAC_KEY, HMAC_SECRET));
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-espocrm");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a server for a simulation on {@code 127.0.0.1} and an ephemeral port.
   *
   * @param simulation the simulation to serve; tests may keep using it directly
   * @return the running server
   * @throws UncheckedIOException when no port could be opened
   */
  public static FakeEspoCrmServer start(EspoCrmSimulation simulation) {
    return start(simulation, 0);
  }

  /**
   * Starts a server for a simulation on {@code 127.0.0.1} and a given port, for a server people
   * point a configuration file at (the command line's {@code serve-fakes}).
   *
   * @param simulation the simulation to serve
   * @param port the port, 1 to 65535, or 0 for an ephemeral one
   * @return the running server
   * @throws UncheckedIOException when the port cannot be opened (for example, it is taken)
   */
  public static FakeEspoCrmServer start(EspoCrmSimulation simulation, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must lie in 0..65535");
    }
    try {
      return new FakeEspoCrmServer(simulation, port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open loopback port " + port, e);
    }
  }

  /** Returns the site URL, {@code http://127.0.0.1:<port>/}; the API is below {@code api/v1/}. */
  public URI site() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://127.0.0.1:" + address.getPort() + "/");
  }

  /** Returns the simulation behind this server. */
  public EspoCrmSimulation simulation() {
    return simulation;
  }

  /** Returns credentials of the API-key user. */
  public EspoCrmCredentials apiKeyCredentials() {
    return EspoCrmCredentials.apiKey(API_KEY);
  }

  /** Returns credentials of the HMAC user. */
  public EspoCrmCredentials hmacCredentials() {
    return EspoCrmCredentials.hmac(HMAC_KEY, HMAC_SECRET);
  }

  /** Returns a connection builder for this server with the given credentials. */
  public EspoCrmConnection.Builder connection(EspoCrmCredentials credentials) {
    return EspoCrmConnection.builder(site(), credentials);
  }

  /**
   * Injects a fault into the next requests that match. Rules are tried in the order injected; the
   * first that matches and has requests left applies.
   *
   * @param method the HTTP method, or {@code *} for any
   * @param pathRegex a regular expression the whole path below {@code /api/v1} must match, for
   *     example {@code /CBeteiligte/.*}
   * @param times how many matching requests get the fault, 1 or more
   * @param fault the fault
   */
  public void inject(String method, String pathRegex, int times, HttpFault fault) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be 1 or more");
    }
    synchronized (faults) {
      faults.add(new FaultRule(method, Pattern.compile(pathRegex), fault, times));
    }
  }

  /** Removes every fault not yet used. */
  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  /** Returns the requests received so far, in order of arrival. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Returns the requests received so far with the given method and exact path. */
  public List<RecordedRequest> requests(String method, String path) {
    return requests().stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /** Stops the server at once and frees its port and threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String rawPath = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      byte[] body = readBody(exchange.getRequestBody());
      if (!rawPath.startsWith(API_BASE + "/")) {
        send(exchange, 404, null, null);
        return;
      }
      String path = rawPath.substring(API_BASE.length());
      record(exchange, method, path, body);
      Optional<HttpFault> fault = takeFault(method, path);
      if (fault.isPresent() && !before(exchange, fault.get())) {
        return;
      }
      if (!users.accepts(name -> header(exchange, name), method, path)) {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      SimulatedResponse response = route(exchange, method, path, new String(body, UTF_8));
      if (fault.isPresent() && !after(exchange, fault.get(), response)) {
        return;
      }
      send(exchange, response.status(), response.reason(), response.jsonBody().orElse(null));
    }
  }

  /** Applies the part of a fault that comes before handling; returns whether to go on. */
  private static boolean before(HttpExchange exchange, HttpFault fault) throws IOException {
    if (fault instanceof HttpFault.Delay delay) {
      sleep(delay);
      return true;
    }
    if (fault instanceof HttpFault.Status status) {
      if (status.retryAfter() != null) {
        exchange.getResponseHeaders().set("Retry-After", status.retryAfter());
      }
      send(exchange, status.status(), status.reason(), null);
      return false;
    }
    // a reset: the connection closes (with the exchange) without a byte of answer
    return !(fault instanceof HttpFault.Reset);
  }

  /** Applies the part of a fault that comes after handling; returns whether to answer normally. */
  private static boolean after(HttpExchange exchange, HttpFault fault, SimulatedResponse response)
      throws IOException {
    if (fault instanceof HttpFault.WrongContentType wrong) {
      String body =
          wrong.body() != null
              ? wrong.body()
              : response.jsonBody().map(JsonNode::toString).orElse("");
      if (response.reason() != null) {
        exchange.getResponseHeaders().set("X-Status-Reason", response.reason());
      }
      exchange.getResponseHeaders().set("Content-Type", wrong.contentType());
      byte[] bytes = body.getBytes(UTF_8);
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
      return false;
    }
    if (fault instanceof HttpFault.GarbledBody) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, GARBLED.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(GARBLED);
      }
      return false;
    }
    // apply-then-drop: the write is saved, the connection closes without an answer
    return !(fault instanceof HttpFault.ApplyThenDrop);
  }

  private SimulatedResponse route(HttpExchange exchange, String method, String path, String body) {
    String[] parts = path.substring(1).split("/", -1);
    String entity = simulation.entityName();
    ObjectNode query = PhpQuery.parse(exchange.getRequestURI().getRawQuery());
    if (parts.length == 1 && "GET".equals(method)) {
      return switch (parts[0]) {
        case "Settings" -> simulation.settings();
        case "Metadata" -> metadata(query.path("key").asText(""));
        default -> parts[0].equals(entity) ? simulation.list(listQuery(query)) : unknownEntity();
      };
    }
    if (parts.length == 1 && "POST".equals(method) && parts[0].equals(entity)) {
      return simulation.createRecord(body, isJson(exchange));
    }
    if (parts.length == 2 && parts[0].equals(entity) && !parts[1].isEmpty()) {
      return switch (method) {
        case "GET" -> simulation.getRecord(parts[1]);
        case "PUT", "PATCH" ->
            simulation.putRecord(
                parts[1],
                body,
                isJson(exchange),
                header(exchange, "X-Version-Number").orElse(null));
        default -> SimulatedResponse.status(404, null);
      };
    }
    return unknownEntity();
  }

  private SimulatedResponse metadata(String key) {
    if (key.equals("entityDefs." + simulation.entityName() + ".fields.phoneNumber")) {
      return simulation.phoneMetadata();
    }
    if (key.equals("entityDefs." + simulation.entityName() + ".fields")) {
      return simulation.fieldsMetadata();
    }
    if (key.equals("formula." + simulation.entityName() + ".beforeSaveCustomScript")) {
      return simulation.formulaMetadata();
    }
    // not verified against a real instance: an unknown key is answered with JSON null
    return SimulatedResponse.ok(JsonNodeFactory.instance.nullNode());
  }

  private static SimulatedResponse unknownEntity() {
    return SimulatedResponse.status(404, null);
  }

  /** Builds the list query from EspoCRM's parameters (research/espocrm-api.md §2). */
  private static ListQuery listQuery(ObjectNode params) {
    JsonNode where = params.has("where") ? params.get("where") : params.path("whereGroup");
    if (where.isMissingNode() || where.isNull()) {
      where = JsonNodeFactory.instance.arrayNode();
    }
    String select = params.has("select") ? params.path("select").asText("") : "";
    List<String> attributes =
        select.isBlank() ? List.of() : Arrays.stream(select.split(",")).map(String::strip).toList();
    String orderBy = params.hasNonNull("orderBy") ? params.get("orderBy").asText() : null;
    boolean ascending = "asc".equalsIgnoreCase(params.path("order").asText("desc"));
    int offset = integer(params.path("offset"), 0);
    int maxSize = integer(params.path("maxSize"), ListQuery.MAX_SIZE);
    return new ListQuery(where, attributes, orderBy, ascending, offset, maxSize);
  }

  private static int integer(JsonNode node, int absent) {
    if (node.isMissingNode() || node.asText().isBlank()) {
      return absent;
    }
    try {
      return Math.max(0, Integer.parseInt(node.asText().strip()));
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  private static boolean isJson(HttpExchange exchange) {
    String type = header(exchange, "Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    String media = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    return media.equalsIgnoreCase("application/json");
  }

  private void record(HttpExchange exchange, String method, String path, byte[] body) {
    String query = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
    RecordedRequest request =
        new RecordedRequest(
            method, path, query, exchange.getRequestHeaders(), new String(body, UTF_8));
    synchronized (requests) {
      requests.add(request);
    }
  }

  private Optional<HttpFault> takeFault(String method, String path) {
    synchronized (faults) {
      for (FaultRule rule : faults) {
        boolean methodMatches = rule.method.equals("*") || rule.method.equalsIgnoreCase(method);
        if (rule.remaining > 0 && methodMatches && rule.path.matcher(path).matches()) {
          rule.remaining--;
          return Optional.of(rule.fault);
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<String> header(HttpExchange exchange, String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  private static void send(
      HttpExchange exchange, int status, @Nullable String reason, @Nullable JsonNode json)
      throws IOException {
    if (reason != null) {
      exchange.getResponseHeaders().set("X-Status-Reason", reason);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (json == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = json.toString().getBytes(UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static void sleep(HttpFault.Delay delay) {
    try {
      Thread.sleep(delay.duration().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
