package de.kommsync.marker;

import de.kommsync.model.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses and renders remarks with markers (SPEC section 4). Parsing is total: every remark, null
 * included, parses; a remark that does not start with a well-formed marker is user text. Stateless
 * and thread-safe.
 */
public final class MarkerCodec {

  /** The text every marker starts with; also how a damaged marker is recognised for the report. */
  public static final String PREFIX = "[ESPOCRM";

  private static final String VALUE_PREFIX = "[ESPOCRM:";
  private static final String SLOT_PREFIX = "[ESPOCRM-SLOT:";

  private MarkerCodec() {}

  /**
   * Splits a remark into marker and user text.
   *
   * @param remark any remark, may be null
   * @return the parsed remark; its user text is the whole remark when no well-formed marker starts
   *     it
   */
  public static ParsedRemark parse(@Nullable String remark) {
    String text = remark == null ? "" : remark;
    if (!text.startsWith(PREFIX)) {
      String hint = text.contains(PREFIX) ? "marker not at the start of the remark" : null;
      return new ParsedRemark(null, text, hint);
    }
    int close = text.indexOf(']');
    if (close < 0) {
      return new ParsedRemark(null, text, "marker without closing bracket");
    }
    String body = text.substring(0, close);
    String rest = text.substring(close + 1);
    String userText = rest.startsWith(" ") ? rest.substring(1) : rest;
    if (body.startsWith(SLOT_PREFIX)) {
      return parseKind(body.substring(SLOT_PREFIX.length()))
          .<ParsedRemark>map(kind -> new ParsedRemark(new Marker.Slot(kind), userText, null))
          .orElseGet(() -> new ParsedRemark(null, text, "slot marker with an invalid kind"));
    }
    if (!body.startsWith(VALUE_PREFIX)) {
      return new ParsedRemark(null, text, "unknown marker type");
    }
    return parseValueMarker(body.substring(VALUE_PREFIX.length()), text, userText);
  }

  private static ParsedRemark parseValueMarker(String inner, String text, String userText) {
    int colon = inner.lastIndexOf(':');
    if (colon < 0) {
      return new ParsedRemark(null, text, "value marker without kind");
    }
    Optional<Kind> kind = parseKind(inner.substring(colon + 1));
    if (kind.isEmpty()) {
      return new ParsedRemark(null, text, "value marker with an invalid kind");
    }
    Optional<String> value = decode(inner.substring(0, colon));
    if (value.isEmpty()) {
      return new ParsedRemark(null, text, "value marker with invalid Base64 or UTF-8");
    }
    return new ParsedRemark(new Marker.Value(value.get(), kind.get()), userText, null);
  }

  private static Optional<Kind> parseKind(String digits) {
    if (digits.isEmpty()
        || digits.length() > 2
        || !digits.chars().allMatch(MarkerCodec::isAsciiDigit)) {
      return Optional.empty();
    }
    return Kind.ofCode(Integer.parseInt(digits)).filter(Kind::synced);
  }

  private static Optional<String> decode(String base64) {
    if (base64.isEmpty() || base64.length() % 4 != 0) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(base64);
      String value =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Only ASCII digits form a kind: {@code Integer.parseInt} would also read Arabic-Indic ones. */
  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Renders a marker alone, for example {@code [ESPOCRM:MDUxMS8xMjM0NTY=:1]}.
   *
   * @param marker the marker
   * @return its text
   */
  public static String render(Marker marker) {
    if (marker instanceof Marker.Value value) {
      String base64 =
          Base64.getEncoder().encodeToString(value.syncedValue().getBytes(StandardCharsets.UTF_8));
      return VALUE_PREFIX + base64 + ":" + value.kind().code() + "]";
    }
    return SLOT_PREFIX + marker.kind().code() + "]";
  }

  /**
   * Renders a remark: the marker, then one space and the user text when there is any.
   *
   * @param marker the marker, or null for a remark of user text alone
   * @param userText the user's text, kept byte for byte
   * @return the remark
   */
  public static String render(@Nullable Marker marker, String userText) {
    if (marker == null) {
      return userText;
    }
    String head = render(marker);
    return userText.isEmpty() ? head : head + " " + userText;
  }
}
