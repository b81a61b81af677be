package de.kommsync.value;

import de.kommsync.Masking;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form in which a value is written to the CRM (SPEC section 5): phones in E.164 when the
 * instance requires it, else with forbidden characters replaced by spaces; e-mails trimmed with the
 * domain in punycode. Decides whether a value can be written at all, and why not. Immutable and
 * thread-safe.
 */
public final class CrmForms {

  private static final Pattern LOOSE_PHONE_FORBIDDEN = Pattern.compile("[^A-Za-z0-9 _@:#+()\\-.]");

  private final ValueKeys keys;

  /** Creates the forms over the given keys. */
  public CrmForms(ValueKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** Returns the keys these forms use. */
  public ValueKeys keys() {
    return keys;
  }

  /**
   * The CRM form of a value, or the reason it cannot be written.
   *
   * @param value the CRM form, or null when rejected
   * @param rejection why not, or null when accepted
   */
  public record Form(@Nullable String value, @Nullable SkipReason rejection) {

    /** Returns the CRM form, when the value can be written. */
    public Optional<String> accepted() {
      return Optional.ofNullable(value);
    }

    /** Returns the form with its value masked as {@link Masking} says. */
    @Override
    public String toString() {
      return "Form[value=%s, rejection=%s]".formatted(Masking.value(value), rejection);
    }
  }

  /**
   * Returns the form in which a party-system value of the given channel is written to the CRM.
   *
   * @param channel the channel the value is synced in
   * @param value the party-system value
   * @param rules the CRM instance's rules
   * @return the form, or the reason it cannot be written
   */
  public Form crmForm(Channel channel, String value, CrmRules rules) {
    return channel == Channel.PHONE ? phoneForm(value, rules) : emailForm(value, rules);
  }

  private Form phoneForm(String value, CrmRules rules) {
    Optional<String> key = keys.phoneKey(value);
    if (key.isEmpty()) {
      return new Form(null, SkipReason.NOT_A_PHONE_NUMBER);
    }
    String form =
        rules.phoneInternational()
            ? key.get()
            : LOOSE_PHONE_FORBIDDEN.matcher(value.strip()).replaceAll(" ").strip();
    if (form.length() > rules.maxPhoneLength()) {
      return new Form(null, SkipReason.NOT_WRITABLE_TO_CRM);
    }
    return new Form(form, null);
  }

  private Form emailForm(String value, CrmRules rules) {
    Optional<String[]> parts = keys.splitEmail(value);
    if (parts.isEmpty()) {
      return new Form(null, SkipReason.NOT_AN_EMAIL_ADDRESS);
    }
    String local = parts.get()[0];
    if (!ValueKeys.isAsciiLocal(local)) {
      return new Form(null, SkipReason.NOT_WRITABLE_TO_CRM);
    }
    String form = local + "@" + parts.get()[2];
    if (form.length() > rules.maxEmailLength()) {
      return new Form(null, SkipReason.NOT_WRITABLE_TO_CRM);
    }
    return new Form(form, null);
  }
}
