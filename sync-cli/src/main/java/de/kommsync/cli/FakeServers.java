package de.kommsync.cli;

import de.kommsync.advoware.AdvowareConfig;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FakeEspoCrmServer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fake Advoware and EspoCRM servers on 127.0.0.1, each over its simulation, as {@code
 * serve-fakes} and {@code demo} start them. Closing stops both.
 */
final class FakeServers implements AutoCloseable {

  private final AdvowareSimulation advowareSimulation;
  private final EspoCrmSimulation espocrmSimulation;
  private final @Nullable FakeAdvowareServer advoware;
  private final @Nullable FakeEspoCrmServer espocrm;

  private FakeServers(
      AdvowareSimulation advowareSimulation,
      EspoCrmSimulation espocrmSimulation,
      @Nullable FakeAdvowareServer advoware,
      @Nullable FakeEspoCrmServer espocrm) {
    this.advowareSimulation = advowareSimulation;
    this.espocrmSimulation = espocrmSimulation;
    this.advoware = advoware;
    this.espocrm = espocrm;
  }

  /**
   * Starts the servers asked for.
   *
   * @param withAdvoware whether to start the Advoware server
   * @param withEspoCrm whether to start the EspoCRM server
   * @param basePort EspoCRM listens on this port and Advoware on the next; 0 for ephemeral ports
   * @throws CliException with {@link ExitCode#USAGE} when a port cannot be opened
   */
  static FakeServers start(boolean withAdvoware, boolean withEspoCrm, int basePort) {
    AdvowareSimulation advowareSimulation = AdvowareSimulation.builder().build();
    EspoCrmSimulation espocrmSimulation = EspoCrmSimulation.builder().build();
    FakeEspoCrmServer espocrm = null;
    FakeAdvowareServer advoware = null;
    try {
      if (withEspoCrm) {
        espocrm = FakeEspoCrmServer.start(espocrmSimulation, basePort);
      }
      if (withAdvoware) {
        int port = basePort == 0 ? 0 : basePort + 1;
        advoware = FakeAdvowareServer.builder(advowareSimulation).port(port).start();
      }
    } catch (UncheckedIOException e) {
      if (espocrm != null) {
        espocrm.close();
      }
      throw new CliException(
          ExitCode.USAGE,
          "cannot listen on 127.0.0.1 port "
              + basePort
              + " or "
              + (basePort + 1)
              + " (taken?); choose another --port",
          e);
    }
    return new FakeServers(advowareSimulation, espocrmSimulation, advoware, espocrm);
  }

  AdvowareSimulation advowareSimulation() {
    return advowareSimulation;
  }

  EspoCrmSimulation espocrmSimulation() {
    return espocrmSimulation;
  }

  Optional<FakeAdvowareServer> advoware() {
    return Optional.ofNullable(advoware);
  }

  Optional<FakeEspoCrmServer> espocrm() {
    return Optional.ofNullable(espocrm);
  }

  /** Returns the Advoware adapter's configuration for the running Advoware server. */
  AdvowareConfig advowareConfig() {
    return advoware().orElseThrow().config().build();
  }

  /** Returns the EspoCRM adapter over HTTP for the running EspoCRM server (API-key user). */
  HttpEspoCrm httpEspoCrm(EspoCrmConfig config) {
    FakeEspoCrmServer server = espocrm().orElseThrow();
    return new HttpEspoCrm(server.connection(server.apiKeyCredentials()).build(), config);
  }

  /** Describes the running servers: URLs, test credentials and the matching settings. */
  List<String> describe() {
    List<String> lines = new ArrayList<>();
    if (espocrm != null) {
      lines.add("Fake EspoCRM server");
      lines.add("  site            " + espocrm.site() + "   (API below api/v1/)");
      lines.add("  API key         " + FakeEspoCrmServer.API_KEY + "   (test value)");
      lines.add(
          "  HMAC key/secret "
              + FakeEspoCrmServer.HMAC_KEY
              + " / "
              + FakeEspoCrmServer.HMAC_SECRET
              + "   (test values)");
    }
    if (advoware != null) {
      lines.addAll(List.of(advoware.describe().split("\n")));
    }
    lines.add("");
    lines.add("Settings for 'kommsync sync --config FILE' (secrets as environment variables):");
    if (espocrm != null) {
      lines.add("  espocrm.url=" + espocrm.site());
    }
    if (advoware != null) {
      FakeAdvowareServer.Credentials c = advoware.credentials();
      lines.add("  advoware.baseUrl=" + advoware.connectorUrl());
      lines.add("  advoware.securityGateway=" + advoware.securityGatewayUrl());
      lines.add("  advoware.appId=" + c.appId());
      lines.add("  advoware.kanzlei=" + c.kanzlei());
      lines.add("  advoware.database=" + c.database());
      lines.add("  advoware.user=" + c.user());
    }
    if (espocrm != null) {
      lines.add("  export KOMMSYNC_ESPOCRM_API_KEY=" + FakeEspoCrmServer.API_KEY);
    }
    if (advoware != null) {
      lines.add("  export KOMMSYNC_ADVOWARE_PASSWORD=" + advoware.credentials().password());
      lines.add("  export KOMMSYNC_ADVOWARE_API_KEY=" + advoware.credentials().apiKey());
    }
    return lines;
  }

  @Override
  public void close() {
    if (espocrm != null) {
      espocrm.close();
    }
    if (advoware != null) {
      advoware.close();
    }
  }
}
