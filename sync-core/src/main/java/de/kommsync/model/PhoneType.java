package de.kommsync.model;

/**
 * The neutral phone types of the CRM role. A CRM adapter maps them to its own type names and
 * reports which of them the instance allows (see {@link CrmRules#allowedPhoneTypes()}).
 */
public enum PhoneType {
  /** A business line. */
  BUSINESS,
  /** A mobile phone. */
  MOBILE,
  /** A private line at home. */
  HOME,
  /** A fax line. */
  FAX,
  /** Any other number. */
  OTHER;

  /**
   * Returns the kind a value of this type gets when the sync creates it in the party system.
   *
   * @return the default kind, never {@code null}
   */
  public Kind defaultKind() {
    return switch (this) {
      case BUSINESS -> Kind.BUSINESS_PHONE;
      case FAX -> Kind.BUSINESS_FAX;
      case MOBILE -> Kind.MOBILE;
      case HOME -> Kind.PRIVATE_PHONE;
      case OTHER -> Kind.OTHER;
    };
  }
}
