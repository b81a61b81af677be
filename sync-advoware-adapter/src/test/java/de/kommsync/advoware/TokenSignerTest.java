package de.kommsync.advoware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

  private static final String API_KEY = "a29tbXN5bmMtdGVzdC1hcGkta2V5LW5vdC1hLXNlY3JldCE=";

  @Test
  void joinsProductAppIdNonceAndTimestampWithColons() {
    String message = TokenSigner.message(64, "APP", "nonce-1", "2026-12-04T10:15:30.1234567Z");

    assertThat(message).isEqualTo("64:APP:nonce-1:2026-12-04T10:15:30.1234567Z");
  }

  @Test
  void signsWithHmacSha512KeyedWithTheDecodedApiKey() {
    String message =
        "64:KOMMSYNC_TEST_APP:0f8fad5b-d9cb-469f-a165-70867728950e:2026-12-04T10:15:30.1234567Z";

    String signature = TokenSigner.sign(API_KEY.toCharArray(), message);

    // computed outside Java with Python's hmac module over the same key and message
    assertThat(signature)
        .isEqualTo(
            "oEjEXr2uVlap5SQ1TKs2tSID3Qlw/s7guh8RfXh4xiqrdNoS/2JGKGYGMhz/gRo1ItqYnvkbY6KoDyfj7h1keA==");
  }

  @Test
  void signsTheUtf8BytesOfTheMessage() throws Exception {
    String message = "64:App-Ä:n:2026-12-04T10:15:30Z";
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(API_KEY), "HmacSHA512"));
    String independent =
        Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));

    String signature = TokenSigner.sign(API_KEY.toCharArray(), message);

    assertThat(signature)
        .isEqualTo(independent)
        .isEqualTo(
            "KJzGUrZlBpF5BTwSwwbPrpczWRk399S1jin3F0gHHlilzfjtZ/SGYewAjyDF95fg0+OYzOslCB5uVwA619fUAw==");
  }

  @Test
  void ignoresWhitespaceAroundAnApiKeyPastedWithALineBreak() {
    char[] pasted = (" " + API_KEY + "\n").toCharArray();

    String signature = TokenSigner.sign(pasted, "m");

    assertThat(signature).isEqualTo(TokenSigner.sign(API_KEY.toCharArray(), "m"));
  }

  @Test
  void leavesTheCallersKeyArrayUntouched() {
    char[] key = API_KEY.toCharArray();

    TokenSigner.sign(key, "m");

    assertThat(new String(key)).isEqualTo(API_KEY);
  }

  @Test
  void refusesAKeyThatIsNotBase64WithoutNamingIt() {
    char[] key = "not base64 !!".toCharArray();

    assertThatThrownBy(() -> TokenSigner.sign(key, "m"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageNotContaining("not base64 !!");
  }

  @Test
  void refusesAnEmptyKey() {
    assertThatThrownBy(() -> TokenSigner.sign(new char[0], "m"))
        .isInstanceOf(AuthenticationException.class);
  }
}
