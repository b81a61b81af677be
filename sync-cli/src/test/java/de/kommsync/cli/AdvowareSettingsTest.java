package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.testkit.FakeAdvowareServer;
import org.junit.jupiter.api.Test;

class AdvowareSettingsTest {

  @Test
  void acceptsTheKeyAsIssuedAlsoWithLineBreaks() {
    String key = FakeAdvowareServer.TEST_CREDENTIALS.apiKey();

    assertThat(AdvowareSettings.isBase64Key(key)).isTrue();
    assertThat(AdvowareSettings.isBase64Key(key.substring(0, 8) + "\n" + key.substring(8)))
        .isTrue();
  }

  @Test
  void refusesWhatTheTokenRequestCannotBeSignedWith() {
    assertThat(AdvowareSettings.isBase64Key("not*base64")).isFalse();
    assertThat(AdvowareSettings.isBase64Key("a")).isFalse();
    assertThat(AdvowareSettings.isBase64Key("    ")).isFalse();
    assertThat(AdvowareSettings.isBase64Key("a2V5w6Q=\u00e4")).isFalse();
  }
}
