package de.kommsync.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.kommsync.advoware.AdvowareConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Advoware REST API on 127.0.0.1 (an ephemeral port) for tests: the security gateway, the
 * configurator and the party endpoints over an {@link AdvowareSimulation}, with fault injection and
 * a log of every request.
 *
 * <p>Paths: the security gateway under {@code /gateway/} ({@code POST /gateway/api/v1/Token}), the
 * configurator at {@code GET /AdvonetConfigurator/api/Url?Kanzlei=...}, and the API under two
 * bases, {@code /connector/} and {@code /relay/} (both serve the same simulation; the configurator
 * publishes the connector unless {@link #publishConnector(boolean)} turned it off, so a test can
 * tell which base a client chose). API calls need a bearer token the gateway issued that has not
 * expired at the server's clock; otherwise they answer 401.
 *
 * <p>The gateway accepts exactly the {@link #credentials() test credentials}; users point their own
 * tests at {@link #config()}. Start with {@link #start(AdvowareSimulation)} or {@link
 * #builder(AdvowareSimulation)}; close to stop. Thread-safe.
 */
public final class FakeAdvowareServer implements AutoCloseable {

  /**
   * The credentials the fake gateway accepts. They are test values, not secrets, and are exposed so
   * that users can configure their own clients against the fake.
   *
   * @param appId the App-ID
   * @param kanzlei the firm identifier
   * @param database the database name
   * @param user the user short code
   * @param password the password
   * @param apiKey the API key, Base64 text as the vendor issues it
   */
  public record Credentials(
      String appId, String kanzlei, String database, String user, String password, String apiKey) {

    /** Checks the arguments. */
    public Credentials {
      Objects.requireNonNull(appId, "appId");
      Objects.requireNonNull(kanzlei, "kanzlei");
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(apiKey, "apiKey");
    }
  }

  /** The credentials every fake server accepts unless its builder sets others. */
  public static final Credentials TEST_CREDENTIALS =
      new Credentials(
          "KOMMSYNC_TEST_APP",
          "TESTKANZLEI",
          "ADVOWARE_TEST",
          "TEST",
          "test-password-not-secret",
          "a29tbXN5bmMtdGVzdC1hcGkta2V5LW5vdC1hLXNlY3JldCE=");

  /**
   * A fault the server injects instead of, or around, the normal answer. Build with the static
   * factories. Unlike the EspoCRM fake's {@link HttpFault} a status fault carries a text body
   * (Advoware's error bodies are text, research/advoware-api.md §4.6), and a write can be applied
   * before a status is answered.
   */
  public sealed interface Fault {

    /** Waits, then answers normally (a wait beyond the client's timeout makes it time out). */
    static Fault delay(Duration wait) {
      return new Delay(wait);
    }

    /** Answers with a status and a text body, without applying the request. */
    static Fault status(int status, String body) {
      return new Status(status, body, Map.of(), false);
    }

    /** Answers 429 or 503 and the like with a {@code Retry-After} in seconds, applying nothing. */
    static Fault statusWithRetryAfter(int status, long seconds) {
      return new Status(status, "", Map.of("Retry-After", Long.toString(seconds)), false);
    }

    /** Applies the request, then answers with a status (for example a 502 after the write). */
    static Fault applyThenStatus(int status) {
      return new Status(status, "", Map.of(), true);
    }

    /** Closes the connection without an answer, applying nothing. */
    static Fault reset() {
      return new Drop(false);
    }

    /** Applies the request, then closes the connection without an answer. */
    static Fault applyThenDrop() {
      return new Drop(true);
    }

    /** Applies the request, then answers its status with a body that is not JSON. */
    static Fault garbledBody() {
      return new Garbled();
    }

    /**
     * Applies the request, then answers its status with {@link HttpFault#HTML_PAGE} labelled {@code
     * text/html; charset=utf-8}, as a reverse proxy or a log-in portal in front of the API would.
     */
    static Fault htmlPage() {
      return new WrongContentType("text/html; charset=utf-8", HttpFault.HTML_PAGE);
    }

    /**
     * Applies the request, then answers its status and JSON body labelled {@code text/plain;
     * charset=utf-8} instead of {@code application/json}.
     */
    static Fault jsonAsPlainText() {
      return new WrongContentType("text/plain; charset=utf-8", null);
    }
  }

  /** See {@link Fault#delay}. */
  record Delay(Duration duration) implements Fault {}

  /** See {@link Fault#status} and {@link Fault#applyThenStatus}. */
  record Status(int status, String body, Map<String, String> headers, boolean apply)
      implements Fault {}

  /** See {@link Fault#reset} and {@link Fault#applyThenDrop}. */
  record Drop(boolean apply) implements Fault {}

  /** See {@link Fault#garbledBody}. */
  record Garbled() implements Fault {}

  /**
   * See {@link Fault#htmlPage} and {@link Fault#jsonAsPlainText}.
   *
   * @param contentType the {@code Content-Type} header to send
   * @param body the body to send instead of the normal one, or null to send the normal body
   */
  record WrongContentType(String contentType, @Nullable String body) implements Fault {}

  /**
   * A request the server received, with the status it answered, for assertions. Unlike the EspoCRM
   * fake's {@link RecordedRequest} it carries the status, because Advoware tests assert on the
   * sequence of answers (for example 401, token, 200). Holds headers and body as sent, secrets
   * included: never log one.
   *
   * @param method the HTTP method
   * @param path the path, without query
   * @param query the raw query, or empty
   * @param headers the request headers by lower-case name
   * @param body the request body as UTF-8 text
   * @param status the status answered, or 0 when the server answered nothing (or has not answered
   *     yet: a request is logged when it arrives)
   */
  public record LoggedRequest(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body,
      int status) {

    /** Checks the arguments and copies the headers. */
    public LoggedRequest {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(body, "body");
      headers = Map.copyOf(headers);
    }

    /** Returns the first value of a header, by name in any case. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns whether this request went to the token endpoint. */
    public boolean isTokenRequest() {
      return path.endsWith("/api/v1/Token");
    }

    /** Returns method, path and status only: headers hold tokens, bodies passwords or data. */
    @Override
    public String toString() {
      return "LoggedRequest[" + method + " " + path + " -> " + status + "]";
    }
  }

  /** Collects the settings of a {@link FakeAdvowareServer}. Not thread-safe. */
  public static final class Builder {
    private final AdvowareSimulation simulation;
    private Credentials credentials = TEST_CREDENTIALS;
    private Clock clock = Clock.systemUTC();
    private Duration tokenLifetime = Duration.ofMinutes(55);
    private int port;

    private Builder(AdvowareSimulation simulation) {
      this.simulation = Objects.requireNonNull(simulation, "simulation");
    }

    /** Sets the credentials the gateway accepts; default {@link #TEST_CREDENTIALS}. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Sets the clock that decides token expiry; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the lifetime of issued tokens; default 55 minutes. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
      return this;
    }

    /**
     * Sets the loopback port, for a server people point a configuration file at (the command line's
     * {@code serve-fakes}); default 0, an ephemeral port.
     *
     * @param port 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must lie in 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Starts the server on 127.0.0.1 at the port set, by default an ephemeral one.
     *
     * @throws UncheckedIOException when the socket cannot be opened
     */
    public FakeAdvowareServer start() {
      return new FakeAdvowareServer(this);
    }
  }

  static final String GATEWAY = "/gateway/";
  static final String CONNECTOR = "/connector/";
  static final String RELAY = "/relay/";
  static final String CONFIGURATOR = "/AdvonetConfigurator/api/Url";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Credentials credentials;
  private final FakeTokenDesk tokenDesk;
  private final FakeAdvowareRoutes routes;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<FaultRule> faults = new ArrayList<>();
  private final List<LogEntry> requests = new ArrayList<>();
  private volatile boolean publishConnector = true;

  /** A request in the log; its status is filled in once the server answered. */
  private static final class LogEntry {
    volatile LoggedRequest request;

    LogEntry(LoggedRequest request) {
      this.request = request;
    }

    void answered(int status) {
      LoggedRequest r = request;
      request = new LoggedRequest(r.method(), r.path(), r.query(), r.headers(), r.body(), status);
    }
  }

  /** A fault with the requests it applies to and how many times it still fires. */
  private static final class FaultRule {
    final @Nullable String method;
    final Pattern path;
    final Fault fault;
    int remaining;

    FaultRule(@Nullable String method, Pattern path, Fault fault, int remaining) {
      this.method = method;
      this.path = path;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private FakeAdvowareServer(Builder builder) {
    this.credentials = builder.credentials;
    this.tokenDesk =
        new FakeTokenDesk(builder.credentials, builder.clock, builder.tokenLifetime, mapper);
    this.routes = new FakeAdvowareRoutes(builder.simulation);
    this.executor = Executors.newCachedThreadPool(FakeAdvowareServer::daemon);
    try {
      this.server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("could not open the fake Advoware server's socket", e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server over a simulation with the test credentials and the system clock. */
  public static FakeAdvowareServer start(AdvowareSimulation simulation) {
    return builder(simulation).start();
  }

  /** Returns a builder for a server over a simulation. */
  public static Builder builder(AdvowareSimulation simulation) {
    return new Builder(simulation);
  }

  /** Returns the credentials the gateway accepts. */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * Describes the server for a user's test setup: its URLs and the test credentials it accepts
   * (test values, not secrets), one setting per line, ready to print.
   */
  public String describe() {
    return String.join(
        "\n",
        "Fake Advoware server",
        "  connectorUrl    " + connectorUrl(),
        "  relayUrl        " + relayUrl(),
        "  securityGateway " + securityGatewayUrl(),
        "  configurator    " + configuratorUrl(),
        "  AppID           " + credentials.appId(),
        "  Kanzlei         " + credentials.kanzlei(),
        "  Database        " + credentials.database(),
        "  User            " + credentials.user(),
        "  Password        " + credentials.password() + "   (test value)",
        "  API key         " + credentials.apiKey() + "   (test value)");
  }

  /**
   * Returns the API base URL of the connector, for example {@code
   * http://127.0.0.1:4711/connector/}.
   */
  public URI connectorUrl() {
    return uri(CONNECTOR);
  }

  /** Returns the API base URL of the relay. */
  public URI relayUrl() {
    return uri(RELAY);
  }

  /** Returns the security gateway URL (the part before {@code api/v1/Token}). */
  public URI securityGatewayUrl() {
    return uri(GATEWAY);
  }

  /** Returns the configurator URL (discovery appends {@code ?Kanzlei=...}). */
  public URI configuratorUrl() {
    return uri(CONFIGURATOR);
  }

  /**
   * Returns a configuration builder for this server: the connector as base URL, the gateway and the
   * test credentials. Tests may change timeouts and the like before {@code build()}.
   */
  public AdvowareConfig.Builder config() {
    return credentialsOnly().baseUrl(connectorUrl()).securityGateway(securityGatewayUrl());
  }

  /** Returns a configuration builder that discovers both URLs from this server's configurator. */
  public AdvowareConfig.Builder discoveringConfig() {
    return credentialsOnly().configuratorUrl(configuratorUrl());
  }

  /**
   * Sets whether the configurator publishes a {@code connectorUrl} (default true); without one a
   * client must use the {@code relayUrl}.
   */
  public void publishConnector(boolean publish) {
    this.publishConnector = publish;
  }

  /** Sets the lifetime of tokens issued from now on. */
  public void tokenLifetime(Duration lifetime) {
    tokenDesk.lifetime(lifetime);
  }

  /** Invalidates every token issued so far: the next API call with one answers 401. */
  public void revokeTokens() {
    tokenDesk.revokeAll();
  }

  /**
   * Injects a fault into the next {@code times} requests that match.
   *
   * @param method the HTTP method to match, or null for any
   * @param pathRegex a regular expression the whole path must match (for example {@code
   *     .+/Kommunikationen})
   * @param times how many matching requests the fault hits, 1 or more
   * @param fault the fault
   */
  public void inject(@Nullable String method, String pathRegex, int times, Fault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be 1 or more");
    }
    synchronized (faults) {
      faults.add(new FaultRule(method, Pattern.compile(pathRegex), fault, times));
    }
  }

  /** Removes every injected fault that has not fired yet. */
  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  /** Returns the requests received so far, oldest first. */
  public List<LoggedRequest> requests() {
    synchronized (requests) {
      return requests.stream().map(entry -> entry.request).toList();
    }
  }

  /** Returns how many token requests arrived so far. */
  public long tokenRequestCount() {
    return requests().stream().filter(LoggedRequest::isTokenRequest).count();
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private AdvowareConfig.Builder credentialsOnly() {
    return AdvowareConfig.builder()
        .appId(credentials.appId())
        .kanzlei(credentials.kanzlei())
        .database(credentials.database())
        .user(credentials.user())
        .password(credentials.password().toCharArray())
        .apiKey(credentials.apiKey().toCharArray());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = readBody(exchange.getRequestBody());
      LogEntry logged = record(exchange, body);
      Optional<Fault> fault = takeFault(exchange);
      if (fault.isPresent() && fault.get() instanceof Delay delay) {
        sleep(delay.duration());
        fault = Optional.empty();
      }
      FakeAdvowareRoutes.Answer answer = answerSafely(exchange, body, fault);
      logged.answered(answer.status());
      if (answer.status() != 0) {
        send(exchange, answer);
      }
    }
  }

  /** Answers, turning a failure of the simulation into a 500 as a real server would. */
  private FakeAdvowareRoutes.Answer answerSafely(
      HttpExchange exchange, byte[] body, Optional<Fault> fault) {
    try {
      return fault.map(f -> faulted(exchange, body, f)).orElseGet(() -> answer(exchange, body));
    } catch (RuntimeException e) {
      return FakeAdvowareRoutes.Answer.of(500, "Internal Server Error");
    }
  }

  private FakeAdvowareRoutes.Answer faulted(HttpExchange exchange, byte[] body, Fault fault) {
    if (fault instanceof Status status) {
      if (status.apply()) {
        answer(exchange, body);
      }
      return new FakeAdvowareRoutes.Answer(status.status(), status.body(), status.headers());
    }
    if (fault instanceof Drop drop) {
      if (drop.apply()) {
        answer(exchange, body);
      }
      return new FakeAdvowareRoutes.Answer(0, "", Map.of());
    }
    FakeAdvowareRoutes.Answer normal = answer(exchange, body);
    if (fault instanceof WrongContentType wrong) {
      String text = wrong.body() == null ? normal.body() : wrong.body();
      return new FakeAdvowareRoutes.Answer(
          normal.status(), text, Map.of("Content-Type", wrong.contentType()));
    }
    return new FakeAdvowareRoutes.Answer(normal.status(), "{\"kommunik", Map.of());
  }

  private FakeAdvowareRoutes.Answer answer(HttpExchange exchange, byte[] body) {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals(GATEWAY + "api/v1/Token") && method.equals("POST")) {
      FakeTokenDesk.Answer token = tokenDesk.request(body);
      return FakeAdvowareRoutes.Answer.of(token.status(), token.body());
    }
    if (path.equals(CONFIGURATOR) && method.equals("GET")) {
      return configurator(exchange.getRequestURI().getRawQuery());
    }
    Optional<String> apiPath = apiPath(path);
    if (apiPath.isEmpty()) {
      return FakeAdvowareRoutes.Answer.of(404, "Not Found");
    }
    if (!authorised(exchange.getRequestHeaders())) {
      return FakeAdvowareRoutes.Answer.of(401, "Unauthorized");
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    return routes.answer(method, apiPath.get(), contentType, body);
  }

  private FakeAdvowareRoutes.Answer configurator(@Nullable String query) {
    String expected = "Kanzlei=" + URLEncoder.encode(credentials.kanzlei(), StandardCharsets.UTF_8);
    if (query == null || !query.equals(expected)) {
      return FakeAdvowareRoutes.Answer.of(404, "Kanzlei ist nicht registriert.");
    }
    var json = mapper.createObjectNode();
    json.put("relayUrl", relayUrl().toString());
    if (publishConnector) {
      json.put("connectorUrl", connectorUrl().toString());
    } else {
      json.putNull("connectorUrl");
    }
    json.put("securityGateway", securityGatewayUrl().toString());
    return FakeAdvowareRoutes.Answer.of(200, json.toString());
  }

  private static Optional<String> apiPath(String path) {
    for (String base : List.of(CONNECTOR, RELAY)) {
      if (path.startsWith(base)) {
        return Optional.of(path.substring(base.length() - 1));
      }
    }
    return Optional.empty();
  }

  private boolean authorised(Headers headers) {
    String authorization = headers.getFirst("Authorization");
    return authorization != null
        && authorization.startsWith("Bearer ")
        && tokenDesk.valid(authorization.substring("Bearer ".length()));
  }

  private Optional<Fault> takeFault(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    synchronized (faults) {
      for (FaultRule rule : faults) {
        boolean methodMatches = rule.method == null || rule.method.equalsIgnoreCase(method);
        if (rule.remaining > 0 && methodMatches && rule.path.matcher(path).matches()) {
          rule.remaining--;
          return Optional.of(rule.fault);
        }
      }
    }
    return Optional.empty();
  }

  private LogEntry record(HttpExchange exchange, byte[] body) {
    Map<String, List<String>> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    URI uri = exchange.getRequestURI();
    LoggedRequest request =
        new LoggedRequest(
            exchange.getRequestMethod(),
            uri.getPath(),
            uri.getRawQuery() == null ? "" : uri.getRawQuery(),
            headers,
            new String(body, StandardCharsets.UTF_8),
            0);
    LogEntry entry = new LogEntry(request);
    synchronized (requests) {
      requests.add(entry);
    }
    return entry;
  }

  private static void send(HttpExchange exchange, FakeAdvowareRoutes.Answer answer)
      throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", answer.contentType());
    answer.headers().forEach(headers::set);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "fake-advoware");
    thread.setDaemon(true);
    return thread;
  }
}
