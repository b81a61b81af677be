package de.kommsync.testkit.gen;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The oracle's own reading of the marker grammar of SPEC section 4, written apart from the
 * library's codec so the codec is not judged by itself.
 */
final class OwnMarkers {

  private static final Pattern VALUE =
      Pattern.compile(
          "^\\[ESPOCRM:([A-Za-z0-9+/]*={0,2}):([0-9]{1,2})\\]( ?)(.*)$", Pattern.DOTALL);
  private static final Pattern SLOT =
      Pattern.compile("^\\[ESPOCRM-SLOT:([0-9]{1,2})\\]( ?)(.*)$", Pattern.DOTALL);

  /**
   * A remark as the oracle reads it.
   *
   * @param value the decoded value of a value marker, or null
   * @param kind the marker's kind code, or 0 without a marker
   * @param slot whether the marker is a slot marker
   * @param userText the user's text
   */
  record Read(@Nullable String value, int kind, boolean slot, String userText) {
    boolean marked() {
      return kind != 0;
    }
  }

  private OwnMarkers() {}

  static Read read(@Nullable String remark) {
    String text = remark == null ? "" : remark;
    Matcher value = VALUE.matcher(text);
    if (value.matches()) {
      int kind = kind(value.group(2));
      String decoded = decode(value.group(1));
      if (kind != 0 && decoded != null) {
        return new Read(decoded, kind, false, value.group(4));
      }
      return new Read(null, 0, false, text);
    }
    Matcher slot = SLOT.matcher(text);
    if (slot.matches() && kind(slot.group(1)) != 0) {
      return new Read(null, kind(slot.group(1)), true, slot.group(3));
    }
    return new Read(null, 0, false, text);
  }

  private static int kind(String digits) {
    int kind = Integer.parseInt(digits);
    return kind >= 1 && kind <= 12 && kind != 5 ? kind : 0;
  }

  private static @Nullable String decode(String base64) {
    if (base64.isEmpty() || base64.length() % 4 != 0) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(base64);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.isEmpty() ? null : text;
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  /** Returns the length of a value marker for a value and kind, with one space before text. */
  static int valueMarkerLength(String value, int kind) {
    int b64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)).length();
    return "[ESPOCRM:".length() + b64 + 1 + String.valueOf(kind).length() + 1;
  }
}
