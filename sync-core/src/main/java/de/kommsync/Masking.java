package de.kommsync;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal data for logs: e-mail addresses ({@code m***@e***.de}), phone numbers ({@code +49
 * *** **56}) and names ({@code M*** M***}). A phone number is masked by its digits alone, whatever
 * its separators: the country code it states (after {@code +} or {@code 00}) stays, then {@code ***
 * **} and the last two digits; a national number ({@code 0511/123456}) shows no country code, since
 * none is stated, and a number of fewer than six digits shows nothing. Masking is on by default;
 * {@link #setEnabled(boolean)} turns it off for the whole JVM (for debugging), and an engine can
 * turn it off for its own logs. The mask keeps too little to tell two similar values apart, on
 * purpose. Thread-safe.
 */
public final class Masking {

  private static final String STARS = "***";
  private static final int MIN_PHONE_DIGITS = 6;
  private static volatile boolean enabled = true;

  private Masking() {}

  /** Returns whether masking is on for the JVM (the default). */
  public static boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns masking on or off for the whole JVM. Off shows personal data in logs: use it for
   * debugging only.
   */
  public static void setEnabled(boolean value) {
    enabled = value;
  }

  /**
   * Returns a value masked by its shape (an e-mail when it contains {@code @}, a phone number when
   * it contains a digit, else a name), or the value itself when masking is off.
   *
   * @param value any text, may be null (rendered as {@code null})
   */
  public static String value(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    return enabled ? maskAlways(value) : value;
  }

  /** Returns an e-mail address masked as {@code m***@e***.de}, or as is when masking is off. */
  public static String email(@Nullable String address) {
    if (address == null) {
      return "null";
    }
    return enabled ? maskEmail(address) : address;
  }

  /** Returns a phone number masked as {@code +49 *** **56}, or as is when masking is off. */
  public static String phone(@Nullable String number) {
    if (number == null) {
      return "null";
    }
    return enabled ? maskPhone(number) : number;
  }

  /** Returns a name masked word by word as {@code M*** M***}, or as is when masking is off. */
  public static String name(@Nullable String name) {
    if (name == null) {
      return "null";
    }
    return enabled ? maskName(name) : name;
  }

  /**
   * Returns free text such as a remark masked as {@code ***(12 chars)}, or as is when masking is
   * off. A remark may hold a marker that encodes a value, and user text may hold anything, so
   * nothing of the text is shown.
   *
   * @param text any text, may be null (rendered as {@code null}); the empty text stays empty
   */
  public static String text(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    return enabled && !text.isEmpty() ? STARS + "(" + text.length() + " chars)" : text;
  }

  /** Masks a value by its shape whatever the switch says; for renderers that choose themselves. */
  static String maskAlways(String value) {
    if (value.indexOf('@') >= 0) {
      return maskEmail(value);
    }
    return value.chars().anyMatch(Character::isDigit) ? maskPhone(value) : maskName(value);
  }

  static String maskEmail(String address) {
    String text = address.strip();
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      return STARS;
    }
    String domain = text.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot > 0 && dot < domain.length() - 1 ? domain.substring(dot) : "";
    return firstCodePoint(text) + STARS + "@" + firstCodePoint(domain) + STARS + tld;
  }

  static String maskPhone(String number) {
    String digits = number.replaceAll("\\D", "");
    if (digits.length() < MIN_PHONE_DIGITS) {
      return STARS;
    }
    String tail = digits.substring(digits.length() - 2);
    return countryCode(number.strip(), digits).map(code -> "+" + code + " ").orElse("")
        + STARS
        + " **"
        + tail;
  }

  /**
   * Returns the country code a number states itself, with a leading {@code +} or {@code 00}; a
   * number in national form states none, and no region is guessed for it.
   */
  private static Optional<String> countryCode(String number, String digits) {
    String international;
    if (number.startsWith("+")) {
      international = digits;
    } else if (number.matches("[(\\s]*00.*")) {
      international = digits.substring(2);
    } else {
      return Optional.empty();
    }
    try {
      int code = PhoneNumberUtil.getInstance().parse("+" + international, "ZZ").getCountryCode();
      return code > 0 ? Optional.of(Integer.toString(code)) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  static String maskName(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(firstCodePoint(word).toUpperCase(Locale.ROOT)).append(STARS);
    }
    return out.length() == 0 ? STARS : out.toString();
  }

  private static String firstCodePoint(String text) {
    return new String(Character.toChars(text.codePointAt(0)));
  }
}
