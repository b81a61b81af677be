package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path dir;

  private Path config(String text) throws IOException {
    return Files.writeString(dir.resolve("kommsync.properties"), text);
  }

  @Test
  void derivesEnvironmentNamesFromKeys() {
    assertThat(Settings.envName("espocrm.apiKey")).isEqualTo("KOMMSYNC_ESPOCRM_API_KEY");
    assertThat(Settings.envName("advoware.url")).isEqualTo("KOMMSYNC_ADVOWARE_URL");
  }

  @Test
  void environmentOverridesTheFile() throws IOException {
    Path file = config("espocrm.url=http://127.0.0.1:1/\nadvoware.url=http://127.0.0.1:2/\n");

    Settings settings = Settings.load(file, Map.of("KOMMSYNC_ESPOCRM_URL", "http://127.0.0.1:3/"));

    assertThat(settings.require("espocrm.url")).isEqualTo("http://127.0.0.1:3/");
    assertThat(settings.require("advoware.url")).isEqualTo("http://127.0.0.1:2/");
  }

  @Test
  void refusesASecretInTheFileWithoutEchoingIt() throws IOException {
    Path file = config("espocrm.apiKey=hunter2\n");

    assertThatThrownBy(() -> Settings.load(file, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessageContaining("KOMMSYNC_ESPOCRM_API_KEY")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void readsASecretFromTheFileItNames() throws IOException {
    Path secret = Files.writeString(dir.resolve("key.txt"), "s3cr3t\n");
    Path file = config("espocrm.apiKeyFile=" + secret.toString().replace("\\", "/") + "\n");

    Settings settings = Settings.load(file, Map.of());

    assertThat(settings.requireSecret("espocrm.apiKey")).isEqualTo("s3cr3t");
  }

  @Test
  void prefersTheSecretFromTheEnvironment() {
    Settings settings = Settings.load(null, Map.of("KOMMSYNC_ADVOWARE_PASSWORD", "pw"));

    assertThat(settings.requireSecret("advoware.password")).isEqualTo("pw");
  }

  @Test
  void missingSettingNamesKeyAndVariable() {
    Settings settings = Settings.load(null, Map.of());

    assertThatThrownBy(() -> settings.require("espocrm.url"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("espocrm.url")
        .hasMessageContaining("KOMMSYNC_ESPOCRM_URL");
  }

  @Test
  void missingConfigFileIsAConfigError() {
    Path file = dir.resolve("absent.properties");

    assertThatThrownBy(() -> Settings.load(file, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID));
  }

  @Test
  void rejectsAMalformedBoolean() throws IOException {
    Settings settings = Settings.load(config("espocrm.hmac=maybe\n"), Map.of());

    assertThatThrownBy(() -> settings.booleanValue("espocrm.hmac", false))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void aDirectoryGivenAsConfigFileIsNotARegularFile() {
    assertThatThrownBy(() -> Settings.load(dir, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessage(dir + ": is not a regular file but a directory (--config)");
  }

  @Test
  void aConfigFileWithBytesThatAreNotUtf8SaysSoInPlainWords() throws IOException {
    Path file = Files.write(dir.resolve("k.properties"), new byte[] {'a', '=', (byte) 0xE4});

    assertThatThrownBy(() -> Settings.load(file, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessage(file + ": is not UTF-8 text (--config)");
  }

  @Test
  void aConfigFileWithAMalformedEscapeSaysSoInPlainWords() throws IOException {
    Path file = Files.writeString(dir.resolve("k.properties"), "espocrm.url=\\u00zz\n");

    assertThatThrownBy(() -> Settings.load(file, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessageContaining("malformed \\u escape (not four hex digits)")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aDeviceGivenAsConfigFileIsRefusedUnread() {
    Path zero = Path.of("/dev/zero");

    assertThatThrownBy(() -> Settings.load(zero, Map.of()))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessageContaining("/dev/zero: is not a regular file");
  }

  @Test
  void aSecretFileThatIsADeviceIsRefusedUnreadNamingTheSetting() {
    Settings settings = Settings.load(null, Map.of("KOMMSYNC_ESPOCRM_API_KEY_FILE", "/dev/zero"));

    assertThatThrownBy(() -> settings.secret("espocrm.apiKey"))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_INVALID))
        .hasMessageStartingWith("espocrm.apiKeyFile names /dev/zero: is not a regular file");
  }

  @Test
  void aSecretFileThatIsADirectoryIsNamedInPlainWords() {
    Settings settings =
        Settings.load(null, Map.of("KOMMSYNC_ESPOCRM_API_KEY_FILE", dir.toString()));

    assertThatThrownBy(() -> settings.secret("espocrm.apiKey"))
        .hasMessage("espocrm.apiKeyFile names " + dir + ": is not a regular file but a directory");
  }
}
