package de.kommsync.cli;

import de.kommsync.advoware.AdvowareConfig;
import de.kommsync.advoware.HttpAdvoware;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The Advoware endpoint of the remote commands, from {@link Settings}:
 *
 * <table>
 *   <caption>Advoware settings</caption>
 *   <tr><th>key</th><th>meaning</th></tr>
 *   <tr><td>{@code advoware.baseUrl}</td><td>the API base URL (before {@code api/v1/});
 *       with {@code advoware.securityGateway}, or discover both</td></tr>
 *   <tr><td>{@code advoware.securityGateway}</td><td>the token service URL (before {@code
 *       api/v1/Token})</td></tr>
 *   <tr><td>{@code advoware.configuratorUrl}</td><td>the discovery URL, when the two above are
 *       not set</td></tr>
 *   <tr><td>{@code advoware.appId}, {@code advoware.kanzlei}, {@code advoware.database},
 *       {@code advoware.user}</td><td>the token request's identity; required</td></tr>
 *   <tr><td>{@code advoware.role}, {@code advoware.product}</td><td>default 2 and 64</td></tr>
 *   <tr><td>{@code advoware.password}, {@code advoware.apiKey}</td><td>secrets: {@code
 *       KOMMSYNC_ADVOWARE_PASSWORD} / {@code KOMMSYNC_ADVOWARE_API_KEY}, or {@code
 *       advoware.passwordFile} / {@code advoware.apiKeyFile}</td></tr>
 *   <tr><td>{@code advoware.connectTimeoutSeconds}, {@code advoware.requestTimeoutSeconds}</td>
 *       <td>default 5 and 30</td></tr>
 * </table>
 */
final class AdvowareSettings {

  private AdvowareSettings() {}

  /** Builds the adapter's configuration; secrets are read here and nowhere printed. */
  static AdvowareConfig config(Settings settings) {
    AdvowareConfig.Builder config =
        AdvowareConfig.builder()
            .appId(settings.require("advoware.appId"))
            .kanzlei(settings.require("advoware.kanzlei"))
            .database(settings.require("advoware.database"))
            .user(settings.require("advoware.user"))
            .role(settings.intValue("advoware.role", 2))
            .product(settings.intValue("advoware.product", 64))
            .connectTimeout(EspoCrmSettings.seconds(settings, "advoware.connectTimeoutSeconds", 5))
            .requestTimeout(
                EspoCrmSettings.seconds(settings, "advoware.requestTimeoutSeconds", 30));
    url(settings, "advoware.baseUrl").ifPresent(config::baseUrl);
    url(settings, "advoware.securityGateway").ifPresent(config::securityGateway);
    url(settings, "advoware.configuratorUrl").ifPresent(config::configuratorUrl);
    String password = settings.requireSecret("advoware.password");
    String apiKey = settings.requireSecret("advoware.apiKey");
    if (!isBase64Key(apiKey)) {
      throw new CliException(
          ExitCode.CONFIG_INVALID,
          "advoware.apiKey is not valid Base64 (the key as Advoware issues it); check "
              + Settings.envName("advoware.apiKey")
              + " or advoware.apiKeyFile");
    }
    config.password(password::toCharArray).apiKey(apiKey::toCharArray);
    try {
      return config.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.CONFIG_INVALID, "advoware settings: " + e.getMessage(), e);
    }
  }

  /**
   * Returns whether an API key is what the token request can be signed with: non-empty Base64 of
   * ASCII characters, white space ignored, as the adapter decodes it. Checked here so that a wrong
   * key is a configuration error before any call, not a refused call; the decoded bytes are wiped.
   */
  static boolean isBase64Key(String apiKey) {
    StringBuilder compact = new StringBuilder(apiKey.length());
    for (int i = 0; i < apiKey.length(); i++) {
      char c = apiKey.charAt(i);
      if (c > 0x7f) {
        return false;
      }
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    try {
      byte[] key = Base64.getDecoder().decode(compact.toString());
      boolean valid = key.length > 0;
      Arrays.fill(key, (byte) 0);
      return valid;
    } catch (IllegalArgumentException e) {
      return false;
    } finally {
      compact.setLength(0);
    }
  }

  /** Builds the party-system adapter over HTTP. */
  static HttpAdvoware partySystem(Settings settings) {
    return HttpAdvoware.create(config(settings));
  }

  private static Optional<URI> url(Settings settings, String key) {
    return settings.get(key).map(text -> Endpoint.parse(key, text));
  }
}
