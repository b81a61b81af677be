package de.kommsync.testlogging;

/**
 * One unmasked value found in a text.
 *
 * @param kind what was found
 * @param start the index of its first character in the text
 * @param end the index after its last character
 */
public record Leak(Kind kind, int start, int end) {

  /** What a leak reveals. */
  public enum Kind {
    /** An unmasked e-mail address. */
    EMAIL,
    /** An unmasked phone or fax number. */
    PHONE,
    /** An API key, password, token or signature. */
    SECRET
  }

  /** Checks the range. */
  public Leak {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }
}
