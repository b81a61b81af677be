package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdvowareConfigTest {

  private static AdvowareConfig.Builder complete() {
    return AdvowareConfig.builder()
        .baseUrl(URI.create("https://api.example.test:88"))
        .securityGateway(URI.create("https://gateway.example.test"))
        .appId("APP")
        .kanzlei("KANZLEI")
        .database("DB")
        .user("MU")
        .password("pw-Geheim-1".toCharArray())
        .apiKey("a2V5LVNlY3JldC0y".toCharArray());
  }

  @Test
  void defaultsRoleProductTimeoutsAndMargin() {
    AdvowareConfig config = complete().build();

    assertThat(config.role()).isEqualTo(2);
    assertThat(config.product()).isEqualTo(64);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.tokenSafetyMargin()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void endsUrlsWithASlashSoPathsResolveBelowThem() {
    AdvowareConfig config = complete().build();

    assertThat(config.baseUrl()).hasToString("https://api.example.test:88/");
    assertThat(config.securityGateway()).hasToString("https://gateway.example.test/");
  }

  @Test
  void keepsSecretsOutOfToString() {
    AdvowareConfig config = complete().build();

    assertThat(config.toString())
        .contains("appId=APP")
        .doesNotContain("pw-Geheim-1")
        .doesNotContain("a2V5LVNlY3JldC0y");
  }

  @Test
  void keepsACopyOfThePasswordSoTheCallerMayWipeItsArray() {
    char[] password = "pw-1".toCharArray();
    AdvowareConfig config = complete().password(password).build();

    java.util.Arrays.fill(password, 'x');

    assertThat(new String(config.password().get())).isEqualTo("pw-1");
  }

  @Test
  void handsOutAFreshPasswordArrayPerCallSoWipingOneKeepsTheNext() {
    AdvowareConfig config = complete().build();

    java.util.Arrays.fill(config.password().get(), '\0');

    assertThat(new String(config.password().get())).isEqualTo("pw-Geheim-1");
  }

  @Test
  void acceptsAConfiguratorInsteadOfBothUrls() {
    AdvowareConfig config =
        AdvowareConfig.builder()
            .configuratorUrl(URI.create("https://configurator.example.test/api/Url"))
            .appId("APP")
            .kanzlei("K")
            .database("DB")
            .user("U")
            .password(() -> "p".toCharArray())
            .apiKey(() -> "a2V5".toCharArray())
            .build();

    assertThat(config.configuredBaseUrl()).isEmpty();
    assertThat(config.configurator()).isPresent();
  }

  @Test
  void refusesAMissingBaseUrlWithoutAConfigurator() {
    AdvowareConfig.Builder builder =
        AdvowareConfig.builder()
            .securityGateway(URI.create("https://gateway.example.test"))
            .appId("APP")
            .kanzlei("K")
            .database("DB")
            .user("U")
            .password("p".toCharArray())
            .apiKey("a2V5".toCharArray());

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMissingSecrets() {
    AdvowareConfig.Builder builder =
        AdvowareConfig.builder()
            .baseUrl(URI.create("https://api.example.test"))
            .securityGateway(URI.create("https://gateway.example.test"))
            .appId("APP")
            .kanzlei("K")
            .database("DB")
            .user("U");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesUrlsThatAreNotHttpOrCarryUserInfo() {
    assertThatThrownBy(() -> complete().baseUrl(URI.create("ftp://api.example.test")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> complete().baseUrl(URI.create("https://user:pw@api.example.test")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw");
  }

  @Test
  void refusesBlankIdentifiersAndNonPositiveTimeouts() {
    assertThatThrownBy(() -> complete().appId(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> complete().requestTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> complete().tokenSafetyMargin(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
