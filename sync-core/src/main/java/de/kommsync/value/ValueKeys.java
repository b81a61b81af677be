package de.kommsync.value;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.ibm.icu.text.IDNA;
import de.kommsync.model.Channel;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Canonical keys of values (SPEC section 5): values are compared by key, never by raw text. A
 * phone's key is its E.164 form without extension, parsed with a default region; an e-mail's key is
 * the trimmed, NFC-normalised, lower-cased address with its domain in punycode (UTS #46,
 * non-transitional, so {@code ß} stays {@code ß}). Thread-safe.
 *
 * <p>Parsing a phone number (libphonenumber) or a domain (UTS #46) is the dominant cost of
 * planning, and a plan asks for the key of the same value several times (classification, the CRM
 * form, the hash). Each instance therefore remembers up to {@value #CACHE_LIMIT} results per
 * channel and forgets them all when the limit is reached, so its memory stays bounded whatever it
 * is asked.
 */
public final class ValueKeys {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final IDNA UTS46 =
      IDNA.getUTS46Instance(
          IDNA.NONTRANSITIONAL_TO_ASCII
              | IDNA.CHECK_BIDI
              | IDNA.CHECK_CONTEXTJ
              | IDNA.USE_STD3_RULES);
  private static final Pattern PHONE_CHARS =
      Pattern.compile("[\\p{N}\\p{Z}\\s+()\\-./\\u2010-\\u2015]+");
  private static final Pattern ASCII_LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern UNICODE_LOCAL =
      Pattern.compile(
          "[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern ASCII_DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}");

  /** The most results remembered per channel before the memory is cleared. */
  static final int CACHE_LIMIT = 4096;

  private final String defaultRegion;
  private final Map<String, Optional<String>> phoneKeys = new ConcurrentHashMap<>();
  private final Map<String, Optional<String[]>> emailParts = new ConcurrentHashMap<>();

  /**
   * Creates the keys for a default region.
   *
   * @param defaultRegion ISO 3166 alpha-2 region for numbers written without country code
   * @throws IllegalArgumentException when the region is unknown to libphonenumber
   */
  public ValueKeys(String defaultRegion) {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    String region = defaultRegion.toUpperCase(Locale.ROOT);
    if (!PHONES.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException("unknown phone region: " + defaultRegion);
    }
    this.defaultRegion = region;
  }

  /** Returns the default region, upper case. */
  public String defaultRegion() {
    return defaultRegion;
  }

  /**
   * Returns the channel a value's shape says it belongs to: e-mail when it contains {@code @}, else
   * phone.
   */
  public static Channel channelOf(String value) {
    return value.indexOf('@') >= 0 ? Channel.EMAIL : Channel.PHONE;
  }

  /**
   * Returns the key of a value in the given channel.
   *
   * @param channel the channel
   * @param value any text
   * @return the key, or empty when the value is no phone number (no e-mail address) at all
   */
  public Optional<String> key(Channel channel, String value) {
    return channel == Channel.PHONE ? phoneKey(value) : emailKey(value);
  }

  /**
   * Returns the E.164 form of a phone number, without extension. Letters are never read as digits:
   * a value holding letters is no phone number.
   *
   * @param value any text
   * @return the E.164 form, or empty when the value is not a possible phone number
   */
  public Optional<String> phoneKey(String value) {
    Optional<String> known = phoneKeys.get(value);
    if (known != null) {
      return known;
    }
    return remember(phoneKeys, value, parsePhoneKey(value));
  }

  private Optional<String> parsePhoneKey(String value) {
    PhoneNumber number = parsePhone(value);
    return number == null
        ? Optional.empty()
        : Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
  }

  private @Nullable PhoneNumber parsePhone(String value) {
    String trimmed = value.strip();
    if (trimmed.isEmpty() || !PHONE_CHARS.matcher(trimmed).matches()) {
      return null;
    }
    try {
      PhoneNumber number = PHONES.parse(trimmed, defaultRegion);
      return PHONES.isPossibleNumber(number) ? number : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * Returns the key of an e-mail address: trimmed, NFC, lower-cased, the domain as punycode.
   *
   * @param value any text
   * @return the key, or empty when the value is no valid e-mail address
   */
  public Optional<String> emailKey(String value) {
    return splitEmail(value).map(parts -> parts[0].toLowerCase(Locale.ROOT) + "@" + parts[1]);
  }

  /**
   * Splits a valid address into its NFC local part (case kept), its lower-case ASCII domain (the
   * key's) and its domain as written to the CRM (as typed when ASCII, else punycode). Empty when
   * the value is no valid e-mail address.
   */
  Optional<String[]> splitEmail(String value) {
    Optional<String[]> known = emailParts.get(value);
    if (known == null) {
      known = remember(emailParts, value, parseEmail(value));
    }
    return known.map(String[]::clone);
  }

  private static Optional<String[]> parseEmail(String value) {
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.length() > 320) {
      return Optional.empty();
    }
    String local = text.substring(0, at);
    if (local.length() > 64 || !UNICODE_LOCAL.matcher(local).matches()) {
      return Optional.empty();
    }
    String domain = text.substring(at + 1);
    return asciiDomain(domain)
        .map(ascii -> new String[] {local, ascii, isAscii(domain) ? domain : ascii});
  }

  private static Optional<String> asciiDomain(String domain) {
    StringBuilder out = new StringBuilder();
    IDNA.Info info = new IDNA.Info();
    UTS46.nameToASCII(domain, out, info);
    if (info.hasErrors()) {
      return Optional.empty();
    }
    String ascii = out.toString().toLowerCase(Locale.ROOT);
    return ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii).matches()
        ? Optional.of(ascii)
        : Optional.empty();
  }

  private static <V> V remember(Map<String, V> cache, String value, V result) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(value, result);
    return result;
  }

  /** Returns how many results this instance remembers now, both channels together. */
  int cachedResults() {
    return phoneKeys.size() + emailParts.size();
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  /** Returns whether a local part is plain ASCII as the CRM requires. */
  static boolean isAsciiLocal(String local) {
    return ASCII_LOCAL.matcher(local).matches();
  }
}
