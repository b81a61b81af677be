package de.kommsync.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a party-system entry: the codes 1 to 12 of the party system, each with the channel
 * and the neutral phone type it maps to on the CRM side (SPEC section 3).
 */
public enum Kind {
  /** 1: business phone. */
  BUSINESS_PHONE(1, Channel.PHONE, PhoneType.BUSINESS, false),
  /** 2: business fax. */
  BUSINESS_FAX(2, Channel.PHONE, PhoneType.FAX, false),
  /** 3: mobile phone. */
  MOBILE(3, Channel.PHONE, PhoneType.MOBILE, false),
  /** 4: business e-mail. */
  BUSINESS_EMAIL(4, Channel.EMAIL, null, true),
  /** 5: internet address (URL); never synced. */
  URL(5, null, null, true),
  /** 6: private phone. */
  PRIVATE_PHONE(6, Channel.PHONE, PhoneType.HOME, false),
  /** 7: private fax. */
  PRIVATE_FAX(7, Channel.PHONE, PhoneType.FAX, false),
  /** 8: private e-mail. */
  PRIVATE_EMAIL(8, Channel.EMAIL, null, true),
  /** 9: car phone. */
  CAR_PHONE(9, Channel.PHONE, PhoneType.MOBILE, false),
  /** 10: other number. */
  OTHER(10, Channel.PHONE, PhoneType.OTHER, false),
  /** 11: E-Post; synced as e-mail only when the value is a valid e-mail address. */
  EPOST(11, Channel.EMAIL, null, true),
  /** 12: beA (lawyers' mailbox); synced as e-mail only when the value is a valid address. */
  BEA(12, Channel.EMAIL, null, true);

  private static final Kind[] BY_CODE = new Kind[13];

  static {
    for (Kind kind : values()) {
      BY_CODE[kind.code] = kind;
    }
  }

  private final int code;
  private final @Nullable Channel channel;
  private final @Nullable PhoneType phoneType;
  private final boolean online;

  Kind(int code, @Nullable Channel channel, @Nullable PhoneType phoneType, boolean online) {
    this.code = code;
    this.channel = channel;
    this.phoneType = phoneType;
    this.online = online;
  }

  /**
   * Returns the kind with the given party-system code.
   *
   * @param code any integer
   * @return the kind, or empty when the code lies outside 1..12 (0 included)
   */
  public static Optional<Kind> ofCode(int code) {
    return code >= 1 && code <= 12 ? Optional.of(BY_CODE[code]) : Optional.empty();
  }

  /**
   * Returns the kind the sync gives a value of the given channel and type when it creates an entry.
   *
   * @param channel the value's channel
   * @param type the phone type; ignored for e-mail, required for phones
   * @return the default kind
   */
  public static Kind defaultFor(Channel channel, @Nullable PhoneType type) {
    if (channel == Channel.EMAIL) {
      return BUSINESS_EMAIL;
    }
    return (type == null ? PhoneType.OTHER : type).defaultKind();
  }

  /** Returns the party-system code, 1 to 12. */
  public int code() {
    return code;
  }

  /** Returns the channel this kind syncs to, or empty for a kind that is not synced (5). */
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /** Returns the neutral phone type of a phone kind, or empty for e-mail kinds and URL. */
  public Optional<PhoneType> phoneType() {
    return Optional.ofNullable(phoneType);
  }

  /** Returns whether entries of this kind take part in the sync (every kind but URL). */
  public boolean synced() {
    return channel != null;
  }

  /** Returns the {@code online} flag the sync writes for entries of this kind. */
  public boolean online() {
    return online;
  }

  /**
   * Returns whether a CRM value of the given channel and (effective) phone type is compatible with
   * this kind, that is: the table of SPEC section 3 maps this kind to that type. A compatible type
   * is not a change.
   *
   * @param valueChannel the CRM value's channel
   * @param type the CRM value's neutral phone type; ignored for e-mail
   * @return true when compatible
   */
  public boolean isCompatibleWith(Channel valueChannel, @Nullable PhoneType type) {
    if (channel != valueChannel) {
      return false;
    }
    return valueChannel == Channel.EMAIL || phoneType == type;
  }
}
