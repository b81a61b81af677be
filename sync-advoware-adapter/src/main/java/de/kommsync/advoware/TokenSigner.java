package de.kommsync.advoware;

import de.kommsync.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code HMAC512Signature} of a token request: Base64 of HMAC-SHA512 over {@code
 * Product:AppID:Nonce:RequestTimeStamp} (UTF-8), keyed with the Base64-decoded API key
 * (research/advoware-api.md §1.3). Stateless; wipes every copy of the key it makes.
 */
final class TokenSigner {

  private static final String ALGORITHM = "HmacSHA512";

  private TokenSigner() {}

  /** Returns the text that is signed. */
  static String message(int product, String appId, String nonce, String timestamp) {
    return product + ":" + appId + ":" + nonce + ":" + timestamp;
  }

  /**
   * Signs a message.
   *
   * @param apiKey the API key as issued (Base64 text); not modified
   * @param message the text to sign
   * @return the signature, Base64 with padding
   * @throws AuthenticationException when the key is not valid Base64 (the key is not named)
   */
  static String sign(char[] apiKey, String message) {
    byte[] key = decodeKey(apiKey);
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] decodeKey(char[] apiKey) {
    byte[] ascii = new byte[apiKey.length];
    int length = 0;
    for (char c : apiKey) {
      if (c > 0x7f) {
        Arrays.fill(ascii, (byte) 0);
        throw invalidKey();
      }
      if (!Character.isWhitespace(c)) {
        ascii[length++] = (byte) c;
      }
    }
    byte[] text = Arrays.copyOf(ascii, length);
    Arrays.fill(ascii, (byte) 0);
    try {
      byte[] key = Base64.getDecoder().decode(text);
      if (key.length == 0) {
        throw invalidKey();
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw invalidKey();
    } finally {
      Arrays.fill(text, (byte) 0);
    }
  }

  private static AuthenticationException invalidKey() {
    return new AuthenticationException("the configured Advoware API key is not valid Base64", 0);
  }
}
