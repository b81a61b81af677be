package de.kommsync.testkit.gen;

import de.kommsync.model.Channel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generators' pool of values: phone numbers and e-mail addresses in the forms users write
 * (national with slashes, international with {@code (0)}, E.164, mixed case, NFD, Unicode and
 * punycode domains), and values one side cannot hold (letters in a number, too long, a non-ASCII
 * local part, a beA id, a URL). Every key is written down by hand. Immutable.
 */
public final class SampleValues {

  private static final List<SampleValue> ALL = build();
  private static final Map<String, SampleValue> BY_TEXT = index();
  private static final Set<String> KEYS =
      ALL.stream().map(SampleValue::key).filter(k -> k != null).collect(Collectors.toSet());

  private SampleValues() {}

  /** Returns every value of the pool, in a fixed order. */
  public static List<SampleValue> all() {
    return ALL;
  }

  /** Returns the values of a channel a person can type into the CRM, in a fixed order. */
  public static List<SampleValue> crmWritable(Channel channel) {
    return ALL.stream().filter(v -> v.crmWritable() && v.channel() == channel).toList();
  }

  /** Returns the other forms of the same key, the value itself included. */
  public static List<SampleValue> sameKey(SampleValue value) {
    if (value.key() == null) {
      return List.of(value);
    }
    return ALL.stream().filter(v -> value.key().equals(v.key())).toList();
  }

  /**
   * Returns the hand-written key of a text as either side may store it: the pool's forms, the forms
   * the CRM stores (E.164, lower case, punycode), and the keys themselves.
   *
   * @param text a value read from either side
   * @return the key; empty for a value of the pool that cannot be synced
   * @throws IllegalArgumentException for a text the pool does not know (a value was rewritten into
   *     a form nobody wrote)
   */
  public static Optional<String> keyOf(String text) {
    SampleValue known = BY_TEXT.get(text);
    if (known != null) {
      return known.keyIfSyncable();
    }
    String folded =
        Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    if (KEYS.contains(folded)) {
      return Optional.of(folded);
    }
    known = BY_TEXT.get(folded);
    if (known != null) {
      return known.keyIfSyncable();
    }
    throw new IllegalArgumentException("a value the pool does not know: " + text);
  }

  private static Map<String, SampleValue> index() {
    Map<String, SampleValue> map = new HashMap<>();
    for (SampleValue value : ALL) {
      map.putIfAbsent(value.text(), value);
    }
    return Map.copyOf(map);
  }

  private static List<SampleValue> build() {
    List<SampleValue> out = new ArrayList<>();
    phone(out, "+49511123456", "0511/123456", "0511 123456", "+49 (0)511 123456", "+49 511 123456");
    phone(out, "+49304455667", "030 4455667", "030/4455667", "+49 30 4455667");
    phone(out, "+491712345678", "0171 2345678", "0171-2345678", "+49 171 2345678");
    phone(out, "+498912345678", "089 12345678", "+49 89 12345678");
    phone(out, "+4315321234", "+43 1 5321234", "0043 1 5321234");
    phone(out, "+494030303030", "040 30303030", "+49 40 30303030");
    phone(out, "+49228987654", "0228 987654", "+49 228 987654");
    phone(out, "+49622154321", "06221 54321", "+49 6221 54321");
    phone(out, "+49761203040", "0761 203040", "+49 761 203040");
    phone(out, "+493514455660", "0351 4455660", "+49 351 4455660");
    phone(out, "+492011234567", "0201 1234567", "+49 201 1234567");
    phone(out, "+496219876543", "0621 9876543", "+49 621 9876543");
    unsyncable(out, Channel.PHONE, "siehe Akte", "0511-TAXI", "+49 511 123456 789012345678901");
    email(out, "max.mustermann@example.com", "Max.Mustermann@Example.COM");
    idnEmail(out, "xn--mller-recht-thb.de", "kanzlei", "kanzlei@müller-recht.de");
    idnEmail(out, "xn--mller-recht-thb.de", "Kanzlei", "Kanzlei@MÜLLER-Recht.de");
    idnEmail(out, "xn--bckerei-kln-l8a6v.de", "info", "info@bäckerei-köln.de");
    idnEmail(out, "xn--bckerei-kln-l8a6v.de", "info", "info@ba\u0308ckerei-ko\u0308ln.de");
    idnEmail(out, "xn--strae-oqa.de", "post", "post@straße.de");
    email(out, "sekretariat@schaefer-anwaelte.de", "Sekretariat@Schaefer-Anwaelte.de");
    email(out, "a.bauer@kanzlei-bauer.de", " a.bauer@kanzlei-bauer.de ");
    email(out, "buero@ra-schmidt.de", "BUERO@RA-SCHMIDT.DE");
    email(out, "j.weber@weber-partner.de");
    email(out, "post@notariat-koch.de");
    email(out, "h.wolf@wolf-legal.de");
    email(out, "team@fischer-recht.de");
    email(out, "info@becker-anwalt.de");
    email(out, "k.neumann@neumann-kanzlei.de");
    unsyncable(
        out,
        Channel.EMAIL,
        "jörg@example.de",
        "x".repeat(60) + "@" + ("d".repeat(50) + ".").repeat(4) + "de");
    out.add(new SampleValue("DE.BRAK.123abc.4411", Channel.PHONE, null, false));
    out.add(new SampleValue("www.kanzlei-beispiel.de", Channel.PHONE, null, false));
    return List.copyOf(out);
  }

  private static void phone(List<SampleValue> out, String e164, String... forms) {
    out.add(new SampleValue(e164, Channel.PHONE, e164, true));
    for (String form : forms) {
      out.add(new SampleValue(form, Channel.PHONE, e164, form.startsWith("+")));
    }
  }

  private static void email(List<SampleValue> out, String key, String... forms) {
    out.add(new SampleValue(key, Channel.EMAIL, key, true));
    for (String form : forms) {
      out.add(new SampleValue(form, Channel.EMAIL, key, form.chars().allMatch(c -> c < 0x80)));
    }
  }

  /** An address with a Unicode domain: the punycode form, the typed form and its variants. */
  private static void idnEmail(
      List<SampleValue> out, String asciiDomain, String local, String typed) {
    String key = local.toLowerCase(Locale.ROOT) + "@" + asciiDomain;
    out.add(new SampleValue(local + "@" + asciiDomain, Channel.EMAIL, key, true));
    out.add(new SampleValue(typed, Channel.EMAIL, key, false));
  }

  private static void unsyncable(List<SampleValue> out, Channel channel, String... texts) {
    for (String text : texts) {
      out.add(new SampleValue(text, channel, null, false));
    }
  }
}
