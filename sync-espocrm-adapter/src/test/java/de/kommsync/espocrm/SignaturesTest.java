package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void hmacHeaderSignsUpperCaseMethodAndPathWithLowerCaseHex() {
    EspoCrmCredentials credentials = EspoCrmCredentials.hmac("key-1", "secret-1");

    Signatures.Header header = Signatures.authHeader(credentials, "PUT", "/CBeteiligte/abc");

    assertThat(header.name()).isEqualTo("X-Hmac-Authorization");
    String decoded = new String(Base64.getDecoder().decode(header.value()), UTF_8);
    // HMAC-SHA256("secret-1", "PUT /CBeteiligte/abc"), computed independently with openssl:
    // printf 'PUT /CBeteiligte/abc' | openssl dgst -sha256 -hmac secret-1
    assertThat(decoded)
        .isEqualTo("key-1:76eff373285b7a5d84408394865268a65d1ff214007d26d739ddc643383af32c");
  }

  @Test
  void hmacMatchesKnownVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String hex =
        Signatures.lowerHexHmacSha256("Jefe", "what do ya want for nothing?".getBytes(UTF_8));

    assertThat(hex).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void apiKeyHeaderCarriesTheKey() {
    Signatures.Header header =
        Signatures.authHeader(EspoCrmCredentials.apiKey("k-42"), "GET", "/Settings");

    assertThat(header.name()).isEqualTo("X-Api-Key");
    assertThat(header.value()).isEqualTo("k-42");
    assertThat(header.toString()).doesNotContain("k-42");
  }

  @Test
  void credentialsNeverShowKeyOrSecret() {
    assertThat(EspoCrmCredentials.hmac("key-1", "secret-1").toString())
        .doesNotContain("key-1")
        .doesNotContain("secret-1");
    assertThat(EspoCrmCredentials.apiKey("key-2").toString()).doesNotContain("key-2");
  }
}
