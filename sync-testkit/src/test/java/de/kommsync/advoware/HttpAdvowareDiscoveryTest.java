package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.RemoteCallException;
import de.kommsync.model.Kind;
import de.kommsync.spi.EntryWrite;
import de.kommsync.testkit.FakeAdvowareServer.Fault;
import de.kommsync.testkit.FakeAdvowareServer.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAdvowareDiscoveryTest {

  private final AdvowareFixture fixture = new AdvowareFixture();
  private final String party =
      fixture.party(4711, List.of(new EntryWrite("0511/1", "", Kind.BUSINESS_PHONE, false)));

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<String> paths() {
    return fixture.server.requests().stream().map(LoggedRequest::path).toList();
  }

  @Test
  void usesTheConnectorWhenTheConfiguratorPublishesOne() {
    HttpAdvoware adapter = fixture.adapter(fixture.server.discoveringConfig().build());

    adapter.readParty(party);

    assertThat(fixture.server.requests().get(0).query()).isEqualTo("Kanzlei=TESTKANZLEI");
    assertThat(paths())
        .containsExactly(
            "/AdvonetConfigurator/api/Url",
            "/gateway/api/v1/Token",
            "/connector/api/v1/advonet/Beteiligte/4711");
  }

  @Test
  void usesTheRelayWhenTheConfiguratorPublishesNoConnector() {
    fixture.server.publishConnector(false);
    HttpAdvoware adapter = fixture.adapter(fixture.server.discoveringConfig().build());

    adapter.readParty(party);

    assertThat(paths()).last().isEqualTo("/relay/api/v1/advonet/Beteiligte/4711");
  }

  @Test
  void discoversOnceForManyCalls() {
    HttpAdvoware adapter = fixture.adapter(fixture.server.discoveringConfig().build());

    adapter.readParty(party);
    adapter.readParty(party);
    adapter.createEntry(party, new EntryWrite("0511/2", "", Kind.BUSINESS_PHONE, false));

    assertThat(paths()).filteredOn(p -> p.startsWith("/AdvonetConfigurator")).hasSize(1);
  }

  @Test
  void prefersAConfiguredBaseUrlOverTheDiscoveredOne() {
    AdvowareConfig config =
        fixture.server.discoveringConfig().baseUrl(fixture.server.relayUrl()).build();

    fixture.adapter(config).readParty(party);

    assertThat(paths()).contains("/AdvonetConfigurator/api/Url");
    assertThat(paths()).last().isEqualTo("/relay/api/v1/advonet/Beteiligte/4711");
  }

  @Test
  void repeatsADiscoveryTheConfiguratorAnswered503() {
    fixture.server.inject("GET", "/AdvonetConfigurator/.*", 1, Fault.status(503, ""));
    HttpAdvoware adapter = fixture.adapter(fixture.server.discoveringConfig().build());

    adapter.readParty(party);

    assertThat(paths()).filteredOn(p -> p.startsWith("/AdvonetConfigurator")).hasSize(2);
  }

  @Test
  void reportsAnUnknownFirmWithoutRetrying() {
    AdvowareConfig config = fixture.server.discoveringConfig().kanzlei("UNBEKANNT").build();

    assertThatThrownBy(() -> fixture.adapter(config).readParty(party))
        .isInstanceOf(RemoteCallException.class)
        .hasMessageContaining("discovery")
        .hasMessageContaining("404")
        .satisfies(e -> assertThat(((RemoteCallException) e).retryable()).isFalse());
    assertThat(paths()).containsExactly("/AdvonetConfigurator/api/Url");
  }

  @Test
  void reportsAConfiguratorAnswerWithoutUrls() {
    fixture.server.inject(
        "GET", "/AdvonetConfigurator/.*", 1, Fault.status(200, "{\"relayUrl\":null}"));
    HttpAdvoware adapter = fixture.adapter(fixture.server.discoveringConfig().build());

    assertThatThrownBy(() -> adapter.readParty(party))
        .isInstanceOf(RemoteCallException.class)
        .hasMessageContaining("names no API URL");
  }
}
