package de.kommsync.model;

import de.kommsync.Masking;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a CRM record's e-mail or phone list, with the CRM's own flags.
 *
 * @param channel the list the item belongs to
 * @param value the address or number as the CRM stores it
 * @param type the neutral phone type; null for e-mail
 * @param nativeType the CRM's own type name as read (so a kept value is written back with exactly
 *     the type it had, even one the neutral types do not name); null for e-mail and for values the
 *     sync creates, whose type the adapter maps from {@code type}
 * @param primary whether the item is the record's primary item of its list
 * @param optOut the CRM's opt-out flag
 * @param invalid the CRM's invalid flag
 */
public record CrmValue(
    Channel channel,
    String value,
    @Nullable PhoneType type,
    @Nullable String nativeType,
    boolean primary,
    boolean optOut,
    boolean invalid) {

  /** Checks the arguments: phones carry a type, e-mails none. */
  public CrmValue {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(value, "value");
    if (channel == Channel.PHONE && type == null) {
      throw new IllegalArgumentException("a phone value needs a type");
    }
    if (channel == Channel.EMAIL && (type != null || nativeType != null)) {
      throw new IllegalArgumentException("an e-mail value has no type");
    }
  }

  /** Creates an e-mail item. */
  public static CrmValue email(String value, boolean primary, boolean optOut, boolean invalid) {
    return new CrmValue(Channel.EMAIL, value, null, null, primary, optOut, invalid);
  }

  /** Creates a phone item without a native type name. */
  public static CrmValue phone(
      String value, PhoneType type, boolean primary, boolean optOut, boolean invalid) {
    return new CrmValue(Channel.PHONE, value, type, null, primary, optOut, invalid);
  }

  /** Returns a copy with the given value, keeping type and flags. */
  public CrmValue withValue(String newValue) {
    return new CrmValue(channel, newValue, type, nativeType, primary, optOut, invalid);
  }

  /** Returns a copy with the given primary flag. */
  public CrmValue withPrimary(boolean newPrimary) {
    return new CrmValue(channel, value, type, nativeType, newPrimary, optOut, invalid);
  }

  /** Returns the item with its value masked as {@link de.kommsync.Masking} says. */
  @Override
  public String toString() {
    String shown = channel == Channel.EMAIL ? Masking.email(value) : Masking.phone(value);
    return "CrmValue[channel=%s, value=%s, type=%s, nativeType=%s, primary=%s, optOut=%s, invalid=%s]"
        .formatted(channel, shown, type, nativeType, primary, optOut, invalid);
  }
}
