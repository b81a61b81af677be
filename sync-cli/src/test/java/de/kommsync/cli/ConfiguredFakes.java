package de.kommsync.cli;

import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Both fake servers on ephemeral loopback ports and a configuration file pointing at them, with the
 * Advoware API key in a secret file and the other secrets for the environment.
 */
final class ConfiguredFakes implements AutoCloseable {

  final FakeServers servers;
  final Path config;

  ConfiguredFakes(Path dir) throws IOException {
    servers = FakeServers.start(true, true, 0);
    FakeAdvowareServer advoware = servers.advoware().orElseThrow();
    FakeAdvowareServer.Credentials c = advoware.credentials();
    Path apiKeyFile = Files.writeString(dir.resolve("advoware-api-key"), c.apiKey());
    config =
        Files.writeString(
            dir.resolve("kommsync.properties"),
            String.join(
                "\n",
                "espocrm.url=" + servers.espocrm().orElseThrow().site(),
                "advoware.baseUrl=" + advoware.connectorUrl(),
                "advoware.securityGateway=" + advoware.securityGatewayUrl(),
                "advoware.appId=" + c.appId(),
                "advoware.kanzlei=" + c.kanzlei(),
                "advoware.database=" + c.database(),
                "advoware.user=" + c.user(),
                "advoware.apiKeyFile=" + apiKeyFile.toString().replace('\\', '/'),
                ""));
  }

  /** Returns the secrets that the configuration file does not name. */
  Map<String, String> secrets() {
    return Map.of(
        "KOMMSYNC_ESPOCRM_API_KEY",
        FakeEspoCrmServer.API_KEY,
        "KOMMSYNC_ADVOWARE_PASSWORD",
        servers.advoware().orElseThrow().credentials().password());
  }

  @Override
  public void close() {
    servers.close();
  }
}
