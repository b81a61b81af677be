package de.kommsync.espocrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EspoCrmConnectionTest {

  private static final EspoCrmCredentials KEY = EspoCrmCredentials.hmac("key-9", "secret-9");

  @Test
  void defaultsToFiveSecondConnectAndThirtySecondRequestTimeouts() {
    EspoCrmConnection connection =
        EspoCrmConnection.builder(URI.create("https://crm.example.org"), KEY).build();

    assertThat(connection.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(connection.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(connection.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(connection.pageSize()).isEqualTo(200);
  }

  @Test
  void resolvesTheApiBelowTheSiteWithOrWithoutTrailingSlash() {
    URI bare =
        EspoCrmConnection.builder(URI.create("https://h.example/espo"), KEY).build().apiBase();
    URI slash =
        EspoCrmConnection.builder(URI.create("https://h.example/espo/"), KEY).build().apiBase();

    assertThat(bare).isEqualTo(URI.create("https://h.example/espo/api/v1/"));
    assertThat(slash).isEqualTo(bare);
  }

  @Test
  void refusesSitesThatAreNoPlainHttpUrl() {
    for (String site :
        new String[] {
          "ftp://h.example/", "https://user:pw@h.example/", "https://h.example/?x=1", "/relative"
        }) {
      assertThatThrownBy(() -> EspoCrmConnection.builder(URI.create(site), KEY).build())
          .as(site)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("pw");
    }
  }

  @Test
  void refusesPageSizesEspoCrmWouldRefuseAndNonPositiveTimeouts() {
    EspoCrmConnection.Builder builder =
        EspoCrmConnection.builder(URI.create("https://h.example"), KEY);

    assertThatThrownBy(() -> builder.pageSize(201).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.pageSize(10).connectTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                builder
                    .connectTimeout(Duration.ofSeconds(1))
                    .requestTimeout(Duration.ofSeconds(-1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textShowsTheSiteButNoCredentials() {
    String text =
        EspoCrmConnection.builder(URI.create("https://h.example"), KEY).build().toString();

    assertThat(text).contains("h.example").doesNotContain("key-9").doesNotContain("secret-9");
  }
}
