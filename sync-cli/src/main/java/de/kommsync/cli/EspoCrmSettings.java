package de.kommsync.cli;

import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmConnection;
import de.kommsync.espocrm.EspoCrmCredentials;
import de.kommsync.espocrm.HttpEspoCrm;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The EspoCRM endpoint of the remote commands, from {@link Settings}:
 *
 * <table>
 *   <caption>EspoCRM settings</caption>
 *   <tr><th>key</th><th>meaning</th></tr>
 *   <tr><td>{@code espocrm.url}</td><td>the site URL (the API is below {@code api/v1/});
 *       required</td></tr>
 *   <tr><td>{@code espocrm.auth}</td><td>{@code apikey} (default) or {@code hmac}</td></tr>
 *   <tr><td>{@code espocrm.apiKey}</td><td>secret: {@code KOMMSYNC_ESPOCRM_API_KEY} or
 *       {@code espocrm.apiKeyFile}</td></tr>
 *   <tr><td>{@code espocrm.secretKey}</td><td>secret, HMAC only: {@code
 *       KOMMSYNC_ESPOCRM_SECRET_KEY} or {@code espocrm.secretKeyFile}</td></tr>
 *   <tr><td>{@code espocrm.entity}</td><td>the entity type, default {@code CBeteiligte}</td></tr>
 *   <tr><td>{@code espocrm.partyIdField}</td><td>the party-id field, default {@code
 *       betnr}</td></tr>
 *   <tr><td>{@code espocrm.phoneNumberInternational}</td><td>overrides the instance
 *       setting</td></tr>
 *   <tr><td>{@code espocrm.phoneTypes}</td><td>overrides the phone type list,
 *       comma-separated; names other than Mobile, Office, Home, Fax and Other are the instance's
 *       own types, kept on the values that have them</td></tr>
 *   <tr><td>{@code espocrm.connectTimeoutSeconds}, {@code espocrm.requestTimeoutSeconds}</td>
 *       <td>default 5 and 30</td></tr>
 * </table>
 */
final class EspoCrmSettings {

  private EspoCrmSettings() {}

  /** Builds the adapter's configuration (entity, fields, phone overrides). */
  static EspoCrmConfig config(Settings settings) {
    EspoCrmConfig.Builder config = EspoCrmConfig.builder();
    settings.get("espocrm.entity").ifPresent(config::entityName);
    settings.get("espocrm.partyIdField").ifPresent(config::partyIdField);
    if (settings.get("espocrm.phoneNumberInternational").isPresent()) {
      config.phoneNumberInternational(
          settings.booleanValue("espocrm.phoneNumberInternational", true));
    }
    settings.get("espocrm.phoneTypes").ifPresent(text -> config.typeList(phoneTypes(text)));
    try {
      return config.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.CONFIG_INVALID, "espocrm settings: " + e.getMessage(), e);
    }
  }

  /** Builds the CRM adapter over HTTP. */
  static HttpEspoCrm crm(Settings settings) {
    return new HttpEspoCrm(connection(settings), config(settings));
  }

  static EspoCrmConnection connection(Settings settings) {
    URI site = Endpoint.url(settings, "espocrm.url");
    EspoCrmCredentials credentials = credentials(settings);
    try {
      return EspoCrmConnection.builder(site, credentials)
          .connectTimeout(seconds(settings, "espocrm.connectTimeoutSeconds", 5))
          .requestTimeout(seconds(settings, "espocrm.requestTimeoutSeconds", 30))
          .build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.CONFIG_INVALID, "espocrm settings: " + e.getMessage(), e);
    }
  }

  private static EspoCrmCredentials credentials(Settings settings) {
    String auth = settings.get("espocrm.auth").orElse("apikey").toLowerCase(Locale.ROOT);
    String apiKey = settings.requireSecret("espocrm.apiKey");
    return switch (auth) {
      case "apikey", "api-key" -> EspoCrmCredentials.apiKey(apiKey);
      case "hmac" -> EspoCrmCredentials.hmac(apiKey, settings.requireSecret("espocrm.secretKey"));
      default ->
          throw new CliException(ExitCode.CONFIG_INVALID, "espocrm.auth must be apikey or hmac");
    };
  }

  private static List<String> phoneTypes(String text) {
    List<String> names =
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (names.isEmpty() || names.size() != new HashSet<>(names).size()) {
      throw new CliException(
          ExitCode.CONFIG_INVALID, "espocrm.phoneTypes must name distinct types, comma-separated");
    }
    return names;
  }

  static Duration seconds(Settings settings, String key, int defaultSeconds) {
    int value = settings.intValue(key, defaultSeconds);
    if (value < 1) {
      throw new CliException(ExitCode.CONFIG_INVALID, key + " must be 1 or more");
    }
    return Duration.ofSeconds(value);
  }
}
