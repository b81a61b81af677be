package de.kommsync.advoware;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an Advoware connection: where the API and the security gateway are, the
 * credentials of the token request, timeouts and the token's safety margin. Immutable; build with
 * {@link #builder()}.
 *
 * <p>The API base URL is either configured directly ({@link Builder#baseUrl}) or discovered from
 * the vendor's configurator ({@link Builder#configuratorUrl}): {@code GET
 * <configurator>?Kanzlei=<id>} answers {@code relayUrl}, {@code connectorUrl} and {@code
 * securityGateway}; the adapter uses {@code connectorUrl} when it is set, else {@code relayUrl}. A
 * security gateway configured directly wins over the discovered one. No URL has a default: the
 * library contacts only hosts the user names.
 *
 * <p>The password and the API key are secrets: they are held as suppliers of {@code char[]} (a
 * fresh array per call, which the adapter wipes after use) and never appear in {@link #toString()}.
 *
 * @param baseUrl the API base URL (the part before {@code api/v1/...}), or null to discover it
 * @param securityGateway the security gateway URL (the part before {@code api/v1/Token}), or null
 *     to discover it
 * @param configuratorUrl the URL discovery calls (without query), or null when both URLs above are
 *     configured
 * @param appId the App-ID advoware issued
 * @param kanzlei the firm identifier ("Kanzleikennung")
 * @param database the Advoware database name
 * @param user the employee short code the API acts as
 * @param role the role code of the token request; default 2
 * @param product the product code of the token request; default 64 (third-party vendors)
 * @param password supplies the user's password, a fresh array per call
 * @param apiKey supplies the API key (Base64 text, as issued), a fresh array per call
 * @param connectTimeout how long to wait for a connection; default 5 s
 * @param requestTimeout how long to wait for a response, per attempt; default 30 s
 * @param tokenSafetyMargin how long before its expiry a token is renewed; default 2 min (at most
 *     half of the token's lifetime is used as margin)
 * @param fallbackTokenLifetime the lifetime assumed when the token response states none; default 55
 *     min
 */
public record AdvowareConfig(
    @Nullable URI baseUrl,
    @Nullable URI securityGateway,
    @Nullable URI configuratorUrl,
    String appId,
    String kanzlei,
    String database,
    String user,
    int role,
    int product,
    Supplier<char[]> password,
    Supplier<char[]> apiKey,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration tokenSafetyMargin,
    Duration fallbackTokenLifetime) {

  /** Checks the arguments and normalises the URLs to end with a slash. */
  public AdvowareConfig {
    baseUrl = baseUrl == null ? null : directory(baseUrl, "baseUrl");
    securityGateway =
        securityGateway == null ? null : directory(securityGateway, "securityGateway");
    if (configuratorUrl != null) {
      checkHttp(configuratorUrl, "configuratorUrl");
    }
    if (configuratorUrl == null && (baseUrl == null || securityGateway == null)) {
      throw new IllegalArgumentException(
          "configure baseUrl and securityGateway, or a configuratorUrl to discover them");
    }
    requireText(appId, "appId");
    requireText(kanzlei, "kanzlei");
    requireText(database, "database");
    requireText(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(apiKey, "apiKey");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(fallbackTokenLifetime, "fallbackTokenLifetime");
    Objects.requireNonNull(tokenSafetyMargin, "tokenSafetyMargin");
    if (tokenSafetyMargin.isNegative()) {
      throw new IllegalArgumentException("tokenSafetyMargin must not be negative");
    }
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the configured API base URL, when it is not discovered. */
  public Optional<URI> configuredBaseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** Returns the configured security gateway URL, when it is not discovered. */
  public Optional<URI> configuredSecurityGateway() {
    return Optional.ofNullable(securityGateway);
  }

  /** Returns the configurator URL, when discovery is configured. */
  public Optional<URI> configurator() {
    return Optional.ofNullable(configuratorUrl);
  }

  /** Returns the settings without the secrets. */
  @Override
  public String toString() {
    return "AdvowareConfig[baseUrl="
        + baseUrl
        + ", securityGateway="
        + securityGateway
        + ", configuratorUrl="
        + configuratorUrl
        + ", appId="
        + appId
        + ", kanzlei="
        + kanzlei
        + ", database="
        + database
        + ", user="
        + user
        + ", role="
        + role
        + ", product="
        + product
        + ", password=***, apiKey=***, connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", tokenSafetyMargin="
        + tokenSafetyMargin
        + "]";
  }

  private static URI directory(URI uri, String name) {
    checkHttp(uri, name);
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }

  private static void checkHttp(URI uri, String name) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(name + " must carry no query, fragment or user info");
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Collects the settings of an {@link AdvowareConfig}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable URI securityGateway;
    private @Nullable URI configuratorUrl;
    private String appId = "";
    private String kanzlei = "";
    private String database = "";
    private String user = "";
    private int role = 2;
    private int product = 64;
    private @Nullable Supplier<char[]> password;
    private @Nullable Supplier<char[]> apiKey;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration tokenSafetyMargin = Duration.ofMinutes(2);
    private Duration fallbackTokenLifetime = Duration.ofMinutes(55);

    private Builder() {}

    /** Sets the API base URL (for example the {@code connectorUrl}); skips discovery of it. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the security gateway URL; skips discovery of it. */
    public Builder securityGateway(URI securityGateway) {
      this.securityGateway = securityGateway;
      return this;
    }

    /** Sets the configurator URL used to discover the URLs not configured directly. */
    public Builder configuratorUrl(URI configuratorUrl) {
      this.configuratorUrl = configuratorUrl;
      return this;
    }

    /** Sets the App-ID. */
    public Builder appId(String appId) {
      this.appId = appId;
      return this;
    }

    /** Sets the firm identifier ("Kanzleikennung"). */
    public Builder kanzlei(String kanzlei) {
      this.kanzlei = kanzlei;
      return this;
    }

    /** Sets the Advoware database name. */
    public Builder database(String database) {
      this.database = database;
      return this;
    }

    /** Sets the employee short code the API acts as. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** Sets the role code; default 2. */
    public Builder role(int role) {
      this.role = role;
      return this;
    }

    /** Sets the product code; default 64. */
    public Builder product(int product) {
      this.product = product;
      return this;
    }

    /** Sets the password; the builder keeps a copy, the caller may wipe its array. */
    public Builder password(char[] password) {
      this.password = copyOf(password);
      return this;
    }

    /** Sets where the password comes from; called once per token request. */
    public Builder password(Supplier<char[]> source) {
      this.password = Objects.requireNonNull(source, "password");
      return this;
    }

    /** Sets the API key (Base64 text); the builder keeps a copy, the caller may wipe its array. */
    public Builder apiKey(char[] apiKey) {
      this.apiKey = copyOf(apiKey);
      return this;
    }

    /** Sets where the API key comes from; called once per token request. */
    public Builder apiKey(Supplier<char[]> source) {
      this.apiKey = Objects.requireNonNull(source, "apiKey");
      return this;
    }

    /** Sets the connect timeout; default 5 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Sets the per-attempt response timeout; default 30 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** Sets how long before expiry a token is renewed; default 2 min. */
    public Builder tokenSafetyMargin(Duration tokenSafetyMargin) {
      this.tokenSafetyMargin = tokenSafetyMargin;
      return this;
    }

    /** Sets the lifetime assumed when a token response states none; default 55 min. */
    public Builder fallbackTokenLifetime(Duration fallbackTokenLifetime) {
      this.fallbackTokenLifetime = fallbackTokenLifetime;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @throws IllegalArgumentException when a required setting is missing or invalid
     */
    public AdvowareConfig build() {
      if (password == null || apiKey == null) {
        throw new IllegalArgumentException("password and apiKey are required");
      }
      return new AdvowareConfig(
          baseUrl,
          securityGateway,
          configuratorUrl,
          appId,
          kanzlei,
          database,
          user,
          role,
          product,
          password,
          apiKey,
          connectTimeout,
          requestTimeout,
          tokenSafetyMargin,
          fallbackTokenLifetime);
    }

    private static Supplier<char[]> copyOf(char[] secret) {
      char[] copy = Arrays.copyOf(secret, secret.length);
      return copy::clone;
    }
  }
}
