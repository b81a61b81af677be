package de.kommsync.testlogging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unmasked e-mail addresses, phone numbers (E.164 and German national forms such as {@code
 * 0511/123456} or {@code 0171 2345678}) and secrets (the values of {@link KnownSecrets} and the
 * values after credential header names) in a text. Masked forms such as {@code m***@e***.de} and
 * {@code +49 *** **56} are no leak. Stateless and thread-safe.
 */
public final class LeakDetector {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*"
              + "\\.\\p{L}{2,}(?![\\p{L}\\p{N}-])");

  /** {@code +49 511 123456}, {@code +49511123456}, {@code +49 (511) 12-34}. */
  private static final Pattern INTERNATIONAL =
      Pattern.compile("(?<![\\w+])\\+[1-9](?:[ ./()-]{0,2}\\d){5,16}(?!\\w)");

  /**
   * {@code 0511/123456}, {@code 0171 2345678}, {@code 0511-123456}, {@code 0049 511 1234}, {@code
   * (0511) 123456}.
   */
  private static final Pattern NATIONAL =
      Pattern.compile(
          "(?<![\\w.,:+#/-])(?:\\(0[1-9]\\d{1,4}\\) ?|0(?:0[1-9]|[1-9]))[\\d /-]{2,20}\\d(?!\\w)");

  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?i)\\b(?:x-api-key|x-hmac-authorization|authorization|signature|password|passwd"
              + "|secret(?:[_-]?key)?|api[_-]?key)[\"']?\\s*[:=]\\s*[\"']?"
              + "(?:(?:basic|bearer|hmac)\\s+)?([^\\s\"',;}\\]]+)");

  private static final int MIN_DIGITS = 6;
  private static final int MAX_DIGITS = 15;

  private LeakDetector() {}

  /**
   * Returns the leaks in a text, ordered by position; overlapping finds are all kept.
   *
   * @param text any text, may be empty
   */
  public static List<Leak> find(String text) {
    List<Leak> leaks = new ArrayList<>();
    addAll(leaks, Leak.Kind.EMAIL, EMAIL.matcher(text), 0);
    addPhones(leaks, INTERNATIONAL.matcher(text));
    addPhones(leaks, NATIONAL.matcher(text));
    addCredentials(leaks, CREDENTIAL.matcher(text));
    addKnownSecrets(leaks, text);
    leaks.sort(Comparator.comparingInt(Leak::start).thenComparingInt(Leak::end));
    return List.copyOf(leaks);
  }

  /** Returns whether a text holds any leak. */
  public static boolean leaks(String text) {
    return !find(text).isEmpty();
  }

  /**
   * Returns a text with every leak replaced by its first character and {@code ***} (secrets by
   * {@code ***} alone), safe to print.
   */
  public static String mask(String text) {
    List<Leak> leaks = find(text);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Leak leak : leaks) {
      if (leak.start() < at) {
        at = Math.max(at, leak.end());
        continue;
      }
      out.append(text, at, leak.start());
      if (leak.kind() != Leak.Kind.SECRET) {
        out.append(text.charAt(leak.start()));
      }
      out.append("***");
      at = leak.end();
    }
    return out.append(text.substring(Math.min(at, text.length()))).toString();
  }

  private static void addAll(List<Leak> leaks, Leak.Kind kind, Matcher m, int group) {
    while (m.find()) {
      leaks.add(new Leak(kind, m.start(group), m.end(group)));
    }
  }

  private static void addPhones(List<Leak> leaks, Matcher m) {
    while (m.find()) {
      long digits = m.group().chars().filter(Character::isDigit).count();
      if (digits >= MIN_DIGITS && digits <= MAX_DIGITS) {
        leaks.add(new Leak(Leak.Kind.PHONE, m.start(), m.end()));
      }
    }
  }

  private static void addCredentials(List<Leak> leaks, Matcher m) {
    while (m.find()) {
      if (looksSecret(m.group(1))) {
        leaks.add(new Leak(Leak.Kind.SECRET, m.start(1), m.end(1)));
      }
    }
  }

  /** A value after a credential name: not masked, long enough and not a plain word. */
  static boolean looksSecret(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.contains("***") || lower.startsWith("<") || lower.startsWith("[")) {
      return false;
    }
    boolean hasDigit = value.chars().anyMatch(Character::isDigit);
    return value.length() >= 8 && (hasDigit || value.length() >= 20);
  }

  private static void addKnownSecrets(List<Leak> leaks, String text) {
    for (String secret : KnownSecrets.all()) {
      for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
        leaks.add(new Leak(Leak.Kind.SECRET, at, at + secret.length()));
      }
    }
  }
}
