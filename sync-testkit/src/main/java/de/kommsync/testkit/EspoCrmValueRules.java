package de.kommsync.testkit;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * EspoCRM's rules for single e-mail and phone values, as the simulation applies them. Every rule
 * cites its source; research/espocrm-api.md §3 and §8 items 5, 6, and the recorded table
 * samples/espocrm-validation-vectors-9.3.4.json, which the testkit's tests replay row by row.
 */
final class EspoCrmValueRules {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** research/espocrm-api.md §3 "Phone rules": the {@code phoneNumberLoose} pattern. */
  private static final Pattern LOOSE_PHONE = Pattern.compile("[A-Za-z0-9 _@:#+()\\-.]*");

  /** research/espocrm-api.md §3 "Limits": 36 characters per phone. */
  static final int MAX_PHONE_LENGTH = 36;

  /** research/espocrm-api.md §8 item 6: anything over 254 characters is refused. */
  static final int MAX_EMAIL_LENGTH = 254;

  private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

  private EspoCrmValueRules() {}

  /** PHP's {@code trim()}: strips space, tab, LF, CR, NUL and vertical tab only (no NBSP). */
  static String phpTrim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPhpSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPhpSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPhpSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  /** PHP's {@code strtolower}: lower-cases ASCII letters only (research §3 "E-mail rules"). */
  static String asciiLower(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return out.toString();
  }

  // ---- phones ----

  /**
   * The phone sanitizer (research/espocrm-api.md §3 "Phone rules", §8 item 5): trims; in
   * international mode a value starting with an ASCII {@code +} is parsed by libphonenumber and
   * rewritten to E.164 before validation (separators accepted, letters turned into digits, an
   * extension dropped unless extensions are on, then kept as {@code " ext. N"}); a value that does
   * not parse stays as it is.
   */
  static String sanitizePhone(String value, boolean international, boolean extensions) {
    String trimmed = phpTrim(value);
    if (!international || !trimmed.startsWith("+")) {
      return trimmed;
    }
    try {
      PhoneNumber number = PHONES.parse(trimmed, null);
      String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      return extensions && number.hasExtension() && !number.getExtension().isEmpty()
          ? e164 + " ext. " + number.getExtension()
          : e164;
    } catch (NumberParseException e) {
      return trimmed;
    }
  }

  /**
   * Returns the validation a sanitized phone value fails, if any: {@code valid} for an empty value,
   * characters outside the loose pattern, or (international mode) a value that does not start with
   * {@code +}, is not its own E.164 form or is not a possible number; {@code maxLength} past 36
   * characters (research/espocrm-api.md §3 "Limits" and "Phone rules").
   */
  static Optional<String> phoneFailure(String sanitized, boolean international) {
    if (sanitized.isEmpty() || !LOOSE_PHONE.matcher(sanitized).matches()) {
      return Optional.of("valid");
    }
    if (international && !isInternationalForm(sanitized)) {
      return Optional.of("valid");
    }
    if (sanitized.length() > MAX_PHONE_LENGTH) {
      return Optional.of("maxLength");
    }
    return Optional.empty();
  }

  private static boolean isInternationalForm(String value) {
    if (!value.startsWith("+")) {
      return false;
    }
    int ext = value.indexOf(" ext. ");
    String main = ext < 0 ? value : value.substring(0, ext);
    if (ext >= 0 && value.length() - ext - 6 > 6) {
      return false;
    }
    try {
      PhoneNumber number = PHONES.parse(main, null);
      return main.equals(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          && PHONES.isPossibleNumber(number);
    } catch (NumberParseException e) {
      return false;
    }
  }

  // ---- e-mails ----

  /**
   * Returns whether an e-mail address passes EspoCRM's check, PHP's {@code FILTER_VALIDATE_EMAIL}
   * without the Unicode flag (research/espocrm-api.md §3 "E-mail rules", §8 item 6): an ASCII local
   * part of dot-separated atoms or quoted strings (no spaces inside quotes), at most 64 characters;
   * a domain of at least two labels of letters, digits and inner hyphens, each at most 63
   * characters, whose last label starts with a letter, or an IP literal in brackets; at most 254
   * characters in all. Written from the rules, not from PHP's source.
   */
  static boolean isValidEmail(String address) {
    if (address.length() > MAX_EMAIL_LENGTH) {
      return false;
    }
    int at = localPartEnd(address);
    if (at <= 0 || at > 64 || at >= address.length() || address.charAt(at) != '@') {
      return false;
    }
    String domain = address.substring(at + 1);
    return domain.startsWith("[") ? isAddressLiteral(domain) : isDomainName(domain);
  }

  /** Returns the index just past a well-formed local part, or -1. */
  private static int localPartEnd(String text) {
    int i = 0;
    while (true) {
      int end = text.startsWith("\"", i) ? quotedEnd(text, i) : atomEnd(text, i);
      if (end <= i) {
        return -1;
      }
      i = end;
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
        continue;
      }
      return i;
    }
  }

  private static int atomEnd(String text, int start) {
    int i = start;
    while (i < text.length() && isAtext(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAtext(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ATEXT_SYMBOLS.indexOf(c) >= 0;
  }

  private static int quotedEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) < 0x80) {
        i += 2;
        continue;
      }
      if (c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c >= 0x80) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]+(-+[A-Za-z0-9]+)*");

  private static boolean isDomainName(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || !LABEL.matcher(label).matches()) {
        return false;
      }
    }
    char first = labels[labels.length - 1].charAt(0);
    return Character.isLetter(first) && first < 0x80;
  }

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
  private static final Pattern IPV6_FULL = Pattern.compile("[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}");
  private static final Pattern IPV6_GROUPS = Pattern.compile("([0-9a-f]{1,4}(:[0-9a-f]{1,4})*)?");

  private static boolean isAddressLiteral(String domain) {
    if (!domain.endsWith("]") || domain.length() < 3) {
      return false;
    }
    String inner = domain.substring(1, domain.length() - 1);
    if (IPV4.matcher(inner).matches()) {
      return true;
    }
    String lower = inner.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("ipv6:")) {
      return false;
    }
    String v6 = lower.substring(5);
    if (IPV6_FULL.matcher(v6).matches()) {
      return true;
    }
    int gap = v6.indexOf("::");
    if (gap < 0 || v6.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String left = v6.substring(0, gap);
    String right = v6.substring(gap + 2);
    return IPV6_GROUPS.matcher(left).matches()
        && IPV6_GROUPS.matcher(right).matches()
        && groups(left) + groups(right) <= 6;
  }

  private static int groups(String part) {
    return part.isEmpty() ? 0 : part.split(":").length;
  }
}
