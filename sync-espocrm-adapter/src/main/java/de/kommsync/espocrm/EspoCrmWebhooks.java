package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads EspoCRM webhook deliveries (research/espocrm-api.md §5 and §8 item 9): checks the {@code
 * Signature} header, {@code base64(webhookId + ":" + lowerHexHmacSha256(secretKey, rawBody))}, in
 * constant time, and returns the ids of the records to sync. A delivery is a JSON array of up to 50
 * payloads; each carries the record's {@code id}. The payloads' other attributes are the writer's
 * raw input, not the stored state, so they are ignored: a webhook is a reason to re-read a record,
 * never data. Immutable and thread-safe.
 *
 * <p>Pass the body exactly as received (the bytes, before any parsing or re-encoding): the
 * signature covers the raw bytes.
 */
public final class EspoCrmWebhooks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String webhookId;
  private final String secretKey;

  /**
   * Creates a reader for one webhook.
   *
   * @param webhookId the webhook's id, as EspoCRM returned it on creation
   * @param secretKey the webhook's {@code secretKey}, as EspoCRM returned it on creation
   */
  public EspoCrmWebhooks(String webhookId, String secretKey) {
    this.webhookId = Objects.requireNonNull(webhookId, "webhookId");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    if (webhookId.isBlank() || secretKey.isBlank()) {
      throw new IllegalArgumentException("webhookId and secretKey must not be blank");
    }
  }

  /**
   * Returns whether a delivery's {@code Signature} header matches its raw body.
   *
   * @param rawBody the request body as received
   * @param signature the {@code Signature} header, or null when the request had none
   * @return true when the signature is the one this webhook's secret produces
   */
  public boolean verify(byte[] rawBody, @Nullable String signature) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (signature == null) {
      return false;
    }
    String expected = Signatures.prefixed(webhookId, secretKey, rawBody);
    return MessageDigest.isEqual(expected.getBytes(UTF_8), signature.strip().getBytes(UTF_8));
  }

  /**
   * Verifies a delivery and returns the ids of the records it reports, each once, in the order of
   * their first appearance.
   *
   * @param rawBody the request body as received
   * @param signature the {@code Signature} header, or null when the request had none
   * @return the record ids, never empty for a valid delivery that names a record
   * @throws InvalidWebhookException when the signature does not match or the body is not a JSON
   *     array of objects that each carry a text {@code id}
   */
  public List<String> recordIds(byte[] rawBody, @Nullable String signature) {
    if (!verify(rawBody, signature)) {
      throw new InvalidWebhookException(
          "webhook " + webhookId + " delivery refused: signature missing or wrong");
    }
    JsonNode batch = parse(rawBody);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      JsonNode id = batch.get(i).path("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        throw new InvalidWebhookException(
            "webhook " + webhookId + " delivery item " + i + " carries no record id");
      }
      ids.add(id.asText());
    }
    return List.copyOf(ids);
  }

  private JsonNode parse(byte[] rawBody) {
    JsonNode batch;
    try {
      batch = JSON.readTree(rawBody);
    } catch (IOException e) {
      // the parser's message may quote the body: it is not kept
      throw new InvalidWebhookException("webhook " + webhookId + " delivery body is not JSON");
    }
    if (batch == null || !batch.isArray()) {
      throw new InvalidWebhookException(
          "webhook " + webhookId + " delivery body is not a JSON array");
    }
    return batch;
  }
}
