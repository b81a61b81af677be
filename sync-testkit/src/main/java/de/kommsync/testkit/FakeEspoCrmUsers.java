package de.kommsync.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The API users of a fake EspoCRM server and the check of a request's credentials, as EspoCRM 9.3.4
 * does it (research/espocrm-api.md §1 and §8 item 1): an API-key user authenticates only with
 * {@code X-Api-Key}; an HMAC user only with {@code X-Hmac-Authorization} = {@code base64(key + ":"
 * + lowerHexHmacSha256(secret, METHOD + " " + path))}, the path below {@code /api/v1} without the
 * query string, the digest in lower-case hex (upper-case is refused). Immutable.
 */
final class FakeEspoCrmUsers {

  private final Map<String, String> apiKeyUsers;
  private final Map<String, String> hmacSecretsByKey;

  /**
   * Creates the users.
   *
   * @param apiKeys the keys of users set up for {@code X-Api-Key}
   * @param hmacSecretsByKey the secrets of users set up for HMAC, by key
   */
  FakeEspoCrmUsers(Iterable<String> apiKeys, Map<String, String> hmacSecretsByKey) {
    Map<String, String> keys = new java.util.HashMap<>();
    apiKeys.forEach(key -> keys.put(key, key));
    this.apiKeyUsers = Map.copyOf(keys);
    this.hmacSecretsByKey = Map.copyOf(hmacSecretsByKey);
  }

  /**
   * Returns whether a request carries valid credentials.
   *
   * @param header looks up a request header by name
   * @param method the request method
   * @param path the path below {@code /api/v1}, without the query string
   */
  boolean accepts(Function<String, Optional<String>> header, String method, String path) {
    Optional<String> hmac = header.apply("X-Hmac-Authorization");
    if (hmac.isPresent()) {
      return acceptsHmac(hmac.get(), method, path);
    }
    return header.apply("X-Api-Key").map(apiKeyUsers::containsKey).orElse(false);
  }

  private boolean acceptsHmac(String value, String method, String path) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value.strip()), UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.lastIndexOf(':');
    if (colon <= 0) {
      return false;
    }
    String secret = hmacSecretsByKey.get(decoded.substring(0, colon));
    if (secret == null) {
      return false;
    }
    String expected = lowerHexHmac(secret, method + " " + path);
    return MessageDigest.isEqual(
        expected.getBytes(UTF_8), decoded.substring(colon + 1).getBytes(UTF_8));
  }

  private static String lowerHexHmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }
}
