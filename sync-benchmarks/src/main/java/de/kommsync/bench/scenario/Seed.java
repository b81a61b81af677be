package de.kommsync.bench.scenario;

import de.kommsync.model.Kind;
import java.util.Objects;

/**
 * One value of a benchmark pair before its first sync: its kind, its text as the party system holds
 * it (phones in national notation) and where it lives.
 *
 * @param kind the entry's kind
 * @param value the value as written in the party system
 * @param side which side holds the value
 */
public record Seed(Kind kind, String value, Side side) {

  /** Where a value lives before the first sync. */
  public enum Side {
    /** On both sides. */
    BOTH,
    /** Only in the party system. */
    PARTY_ONLY,
    /** Only in the CRM. */
    CRM_ONLY
  }

  /** Checks the arguments. */
  public Seed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(side, "side");
  }

  /** Returns a phone on both sides: a national number made from {@code n}. */
  public static Seed phone(Kind kind, int n) {
    return new Seed(kind, "0511 " + (3_000_000 + n), Side.BOTH);
  }

  /** Returns an e-mail address on both sides made from {@code n}. */
  public static Seed email(Kind kind, int n) {
    return new Seed(kind, "kontakt" + n + "@kanzlei-beispiel.de", Side.BOTH);
  }

  /** Returns this value on another side. */
  public Seed on(Side newSide) {
    return new Seed(kind, value, newSide);
  }
}
