package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmConnection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EspoCrmSettingsTest {

  private static Settings settings(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(Settings.envName(pairs[i]), pairs[i + 1]);
    }
    return Settings.load(null, env);
  }

  @Test
  void buildsAnApiKeyConnectionWithoutShowingTheKey() {
    Settings settings =
        settings("espocrm.url", "http://127.0.0.1:18080", "espocrm.apiKey", "k-123");

    EspoCrmConnection connection = EspoCrmSettings.connection(settings);

    assertThat(connection.site().toString()).isEqualTo("http://127.0.0.1:18080/");
    assertThat(connection.toString()).doesNotContain("k-123");
  }

  @Test
  void hmacNeedsTheSecretKey() {
    Settings settings =
        settings(
            "espocrm.url",
            "http://127.0.0.1:18080/",
            "espocrm.auth",
            "hmac",
            "espocrm.apiKey",
            "k");

    assertThatThrownBy(() -> EspoCrmSettings.connection(settings))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessageContaining("KOMMSYNC_ESPOCRM_SECRET_KEY");
  }

  @Test
  void refusesAUrlThatIsNotHttp() {
    Settings settings = settings("espocrm.url", "ftp://127.0.0.1/", "espocrm.apiKey", "k");

    assertThatThrownBy(() -> EspoCrmSettings.connection(settings))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("espocrm.url");
  }

  @Test
  void readsTheFieldAndPhoneOverrides() {
    Settings settings =
        settings(
            "espocrm.entity", "Contact",
            "espocrm.phoneNumberInternational", "false",
            "espocrm.phoneTypes", "Office, Mobile,Fax");

    EspoCrmConfig config = EspoCrmSettings.config(settings);

    assertThat(config.entityName()).isEqualTo("Contact");
    assertThat(config.phoneNumberInternational()).isFalse();
    assertThat(config.typeList()).containsExactly("Office", "Mobile", "Fax");
  }

  @Test
  void acceptsAnInstancesOwnPhoneType() {
    Settings settings = settings("espocrm.phoneTypes", "Office,Pager");

    EspoCrmConfig config = EspoCrmSettings.config(settings);

    assertThat(config.typeList()).containsExactly("Office", "Pager");
  }

  @Test
  void refusesARepeatedPhoneType() {
    Settings settings = settings("espocrm.phoneTypes", "Office,Pager,Office");

    assertThatThrownBy(() -> EspoCrmSettings.config(settings))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("espocrm.phoneTypes");
  }
}
