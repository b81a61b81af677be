package de.kommsync.espocrm;

import java.util.Objects;

/**
 * How the adapter authenticates to EspoCRM (research/espocrm-api.md §1 and §8 item 1): with an API
 * user's key in {@code X-Api-Key}, or with the key and secret of an API user set up for HMAC. An
 * API user accepts only the method it was set up for. {@code toString()} never shows a key or a
 * secret.
 */
public sealed interface EspoCrmCredentials {

  /**
   * Returns credentials that send the API key in {@code X-Api-Key}.
   *
   * @param apiKey the API user's key, not blank
   */
  static EspoCrmCredentials apiKey(String apiKey) {
    return new ApiKey(apiKey);
  }

  /**
   * Returns credentials that sign every request with HMAC-SHA256 in {@code X-Hmac-Authorization}.
   *
   * @param apiKey the API user's key, not blank
   * @param secret the API user's secret key, not blank
   */
  static EspoCrmCredentials hmac(String apiKey, String secret) {
    return new Hmac(apiKey, secret);
  }

  /**
   * An API key sent as it is.
   *
   * @param key the API user's key
   */
  record ApiKey(String key) implements EspoCrmCredentials {

    /** Checks the key. */
    public ApiKey {
      requireText(key, "apiKey");
    }

    /** Returns a text that names the method, never the key. */
    @Override
    public String toString() {
      return "EspoCrmCredentials.ApiKey[***]";
    }
  }

  /**
   * An API key with its HMAC secret; the secret never leaves the process.
   *
   * @param key the API user's key
   * @param secret the API user's secret key
   */
  record Hmac(String key, String secret) implements EspoCrmCredentials {

    /** Checks key and secret. */
    public Hmac {
      requireText(key, "apiKey");
      requireText(secret, "secret");
    }

    /** Returns a text that names the method, never the key or the secret. */
    @Override
    public String toString() {
      return "EspoCrmCredentials.Hmac[***]";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
