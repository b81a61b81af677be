package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the webhook reader against a delivery recorded from EspoCRM 9.3.4. */
class EspoCrmWebhooksTest {

  private static JsonNode recorded;
  private static byte[] body;
  private static String signature;
  private static EspoCrmWebhooks webhooks;

  @BeforeAll
  static void loadRecordedDelivery() throws IOException {
    try (InputStream in =
        EspoCrmWebhooksTest.class.getResourceAsStream("/espocrm-webhook-delivery-9.3.4.json")) {
      recorded = new ObjectMapper().readTree(in);
    }
    body = recorded.get("rawBody").asText().getBytes(UTF_8);
    signature = recorded.get("headers").get("Signature").asText();
    webhooks =
        new EspoCrmWebhooks(recorded.get("webhookId").asText(), recorded.get("secretKey").asText());
  }

  @Test
  void acceptsRecordedDeliveryAndReturnsItsRecordId() {
    assertThat(webhooks.verify(body, signature)).isTrue();
    assertThat(webhooks.recordIds(body, signature)).containsExactly("6b12dd7336d430020");
  }

  @Test
  void refusesDeliveryWithAnyOneByteChanged() {
    for (int i = 0; i < body.length; i++) {
      byte[] tampered = body.clone();
      tampered[i] ^= 0x01;

      assertThat(webhooks.verify(tampered, signature)).as("byte %d changed", i).isFalse();
    }
  }

  @Test
  void refusesMissingOrForeignSignature() {
    String legacy = recorded.get("headers").get("X-Signature").asText();

    assertThat(webhooks.verify(body, null)).isFalse();
    assertThat(webhooks.verify(body, legacy)).isFalse();
    assertThat(webhooks.verify(body, signature.toLowerCase(java.util.Locale.ROOT))).isFalse();
    assertThatThrownBy(() -> webhooks.recordIds(body, legacy))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageNotContaining(legacy)
        .hasMessageNotContaining(recorded.get("secretKey").asText());
  }

  @Test
  void signatureIsComputedAsDocumented() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(recorded.get("secretKey").asText().getBytes(UTF_8), "HmacSHA256"));
    String hex = HexFormat.of().formatHex(mac.doFinal(body));
    String expected =
        Base64.getEncoder()
            .encodeToString((recorded.get("webhookId").asText() + ":" + hex).getBytes(UTF_8));

    assertThat(signature).isEqualTo(expected);
  }

  @Test
  void returnsEachRecordOnceInFirstSeenOrder() {
    EspoCrmWebhooks hooks = new EspoCrmWebhooks("hook1", "s3cret");
    byte[] batch =
        ("[{\"id\":\"b\",\"name\":\"x\"},{\"id\":\"a\"},{\"id\":\"b\",\"deleted\":true},"
                + "{\"id\":\"c\"},{\"id\":\"a\"}]")
            .getBytes(UTF_8);

    assertThat(hooks.recordIds(batch, sign("hook1", "s3cret", batch)))
        .containsExactly("b", "a", "c");
  }

  @Test
  void refusesSignedBodyThatIsNoBatchOfRecords() {
    EspoCrmWebhooks hooks = new EspoCrmWebhooks("hook1", "s3cret");
    byte[] object = "{\"id\":\"a\"}".getBytes(UTF_8);
    byte[] garbage = "[{\"id\":".getBytes(UTF_8);
    byte[] noId = "[{\"id\":\"a\"},{\"name\":\"Max\"}]".getBytes(UTF_8);

    assertThatThrownBy(() -> hooks.recordIds(object, sign("hook1", "s3cret", object)))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("not a JSON array");
    assertThatThrownBy(() -> hooks.recordIds(garbage, sign("hook1", "s3cret", garbage)))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> hooks.recordIds(noId, sign("hook1", "s3cret", noId)))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("item 1")
        .hasMessageNotContaining("Max");
  }

  @Test
  void returnsNoIdsForEmptyBatch() {
    EspoCrmWebhooks hooks = new EspoCrmWebhooks("hook1", "s3cret");
    byte[] empty = "[]".getBytes(UTF_8);

    assertThat(hooks.recordIds(empty, sign("hook1", "s3cret", empty))).isEmpty();
  }

  private static String sign(String id, String secret, byte[] raw) {
    return Signatures.prefixed(id, secret, raw);
  }
}
