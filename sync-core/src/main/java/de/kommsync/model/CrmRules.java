package de.kommsync.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a CRM instance accepts: the rules that decide whether a value can be written to it, and
 * which phone types it allows. Read once per engine by the CRM adapter (for EspoCRM from {@code GET
 * /Settings} and the phone field's metadata) and cached.
 *
 * @param phoneInternational whether phones must be written in E.164 (the CRM rewrites them); when
 *     false they are stored verbatim and only {@code [A-Za-z0-9 _@:#+()\-.]} is allowed
 * @param allowedPhoneTypes the neutral phone types the instance's type list contains
 * @param maxEmails the most e-mail items a record may hold, 1 or more
 * @param maxPhones the most phone items a record may hold, 1 or more
 * @param maxPhoneLength the longest phone value, in characters
 * @param maxEmailLength the longest e-mail value, in characters
 */
public record CrmRules(
    boolean phoneInternational,
    Set<PhoneType> allowedPhoneTypes,
    int maxEmails,
    int maxPhones,
    int maxPhoneLength,
    int maxEmailLength) {

  /** The rules of a fresh EspoCRM 9 install with a Person-type entity. */
  public static final CrmRules DEFAULTS =
      new CrmRules(true, EnumSet.allOf(PhoneType.class), 10, 10, 36, 254);

  /** Checks the arguments and copies the set. */
  public CrmRules {
    allowedPhoneTypes =
        allowedPhoneTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedPhoneTypes));
    if (maxEmails < 1 || maxPhones < 1 || maxPhoneLength < 1 || maxEmailLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Returns the most items a list of the given channel may hold. */
  public int maxItems(Channel channel) {
    return channel == Channel.EMAIL ? maxEmails : maxPhones;
  }

  /**
   * Returns the type a value of the given neutral type is written with on this instance: the type
   * itself when allowed, else {@link PhoneType#OTHER} when that is allowed, else empty (the value
   * cannot be written and is skipped).
   */
  public Optional<PhoneType> effectiveType(PhoneType type) {
    if (allowedPhoneTypes.contains(type)) {
      return Optional.of(type);
    }
    return allowedPhoneTypes.contains(PhoneType.OTHER)
        ? Optional.of(PhoneType.OTHER)
        : Optional.empty();
  }

  /**
   * Returns whether a CRM value of the given channel and type is compatible with the kind on this
   * instance: the kind maps to that type directly, or through {@link #effectiveType} (a private
   * phone written as {@code OTHER} where {@code HOME} is not allowed stays compatible).
   */
  public boolean compatible(Kind kind, Channel channel, @Nullable PhoneType type) {
    if (kind.isCompatibleWith(channel, type)) {
      return true;
    }
    return channel == Channel.PHONE
        && kind.channel().orElse(null) == Channel.PHONE
        && kind.phoneType().flatMap(this::effectiveType).orElse(null) == type;
  }
}
