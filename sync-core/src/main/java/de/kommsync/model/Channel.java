package de.kommsync.model;

/** The two channels the sync keeps equal: phone numbers (fax included) and e-mail addresses. */
public enum Channel {
  /** Phone and fax numbers. */
  PHONE,
  /** E-mail addresses. */
  EMAIL
}
