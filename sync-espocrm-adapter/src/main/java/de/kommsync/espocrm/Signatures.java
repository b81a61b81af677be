package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC-SHA256 signatures EspoCRM uses for API requests and for webhook deliveries. */
final class Signatures {

  /** One request header: a name and its value. The value may be a secret: never log it. */
  record Header(String name, String value) {
    @Override
    public String toString() {
      return name + ": ***";
    }
  }

  private Signatures() {}

  /**
   * Returns the header that authenticates one request (research/espocrm-api.md §1, §8 item 1).
   *
   * @param credentials the credentials
   * @param method the upper-case HTTP method
   * @param path the path after {@code /api/v1}, without the query string
   * @return the header
   */
  static Header authHeader(EspoCrmCredentials credentials, String method, String path) {
    if (credentials instanceof EspoCrmCredentials.Hmac hmac) {
      byte[] signed = (method + " " + path).getBytes(UTF_8);
      return new Header("X-Hmac-Authorization", prefixed(hmac.key(), hmac.secret(), signed));
    }
    return new Header("X-Api-Key", ((EspoCrmCredentials.ApiKey) credentials).key());
  }

  /** Returns {@code base64(prefix + ":" + lowerHexHmacSha256(secret, message))}. */
  static String prefixed(String prefix, String secret, byte[] message) {
    String text = prefix + ":" + lowerHexHmacSha256(secret, message);
    return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
  }

  /** Returns the lower-case hex HMAC-SHA256 of a message, keyed with the secret's UTF-8 bytes. */
  static String lowerHexHmacSha256(String secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }
}
