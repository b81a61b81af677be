package de.kommsync.espocrm;

import de.kommsync.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link HttpEspoCrm} reaches an EspoCRM instance. Immutable; build with {@link
 * #builder(URI, EspoCrmCredentials)}. {@code toString()} never shows the credentials.
 *
 * @param site the instance's site URL (the API lives at {@code {site}/api/v1/}), http or https
 * @param credentials the API user's credentials
 * @param connectTimeout how long to wait for a connection; default 5 s
 * @param requestTimeout how long to wait for a response once connected; default 30 s
 * @param retryPolicy how reads and updates are retried on transient faults; default {@link
 *     RetryPolicy#defaults()}
 * @param pageSize the rows a list call asks for, 1 to 200 (EspoCRM answers 403 above 200); default
 *     200
 */
public record EspoCrmConnection(
    URI site,
    EspoCrmCredentials credentials,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retryPolicy,
    int pageSize) {

  /** The most rows EspoCRM returns per list call ({@code recordListMaxSizeLimit}). */
  public static final int MAX_PAGE_SIZE = 200;

  /** Checks the arguments and normalises the site to end with a slash. */
  public EspoCrmConnection {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    String scheme = site.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("site must be an http or https URL");
    }
    if (site.getRawQuery() != null || site.getRawFragment() != null) {
      throw new IllegalArgumentException("site must carry no query and no fragment");
    }
    if (site.getRawUserInfo() != null || site.getHost() == null) {
      throw new IllegalArgumentException("site must name a host and carry no user info");
    }
    if (!isPositive(connectTimeout) || !isPositive(requestTimeout)) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must lie in 1..200");
    }
    site = site.toString().endsWith("/") ? site : URI.create(site + "/");
  }

  /**
   * Returns a builder with the defaults.
   *
   * @param site the instance's site URL, for example {@code https://crm.example.org/}
   * @param credentials the API user's credentials
   */
  public static Builder builder(URI site, EspoCrmCredentials credentials) {
    return new Builder(site, credentials);
  }

  /** Returns the base URI of the API, {@code {site}/api/v1/}. */
  public URI apiBase() {
    return site.resolve("api/v1/");
  }

  /** Returns a text naming the site, never the credentials. */
  @Override
  public String toString() {
    return "EspoCrmConnection[site=" + site + ", credentials=" + credentials + "]";
  }

  private static boolean isPositive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }

  /** Builds an {@link EspoCrmConnection}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private final URI site;
    private final EspoCrmCredentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int pageSize = MAX_PAGE_SIZE;

    private Builder(URI site, EspoCrmCredentials credentials) {
      this.site = site;
      this.credentials = credentials;
    }

    /** Sets how long to wait for a connection, positive. */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /** Sets how long to wait for a response once connected, positive. */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /** Sets how calls are retried on transient faults; {@link RetryPolicy#none()} to never. */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = value;
      return this;
    }

    /** Sets the rows a list call asks for, 1 to 200. */
    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    /** Builds the connection settings. */
    public EspoCrmConnection build() {
      return new EspoCrmConnection(
          site, credentials, connectTimeout, requestTimeout, retryPolicy, pageSize);
    }
  }
}
