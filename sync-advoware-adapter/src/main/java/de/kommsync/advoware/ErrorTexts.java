package de.kommsync.advoware;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns an Advoware error body (free text, no schema: research/advoware-api.md §4.6) into a short
 * reason that is safe for exception messages and logs. The body may name persons, e-mail addresses
 * or numbers, and names cannot be recognised, so no text of the body is copied: the reason lists
 * the known vendor phrases (and common HTTP phrases) the body contains, in this class's own
 * spelling, and is empty when it contains none. Stateless.
 */
final class ErrorTexts {

  /** A phrase to look for (lower case) and the reason reported for it. */
  private record Phrase(String needle, String reason) {}

  private static final List<Phrase> PHRASES =
      List.of(
          new Phrase("freigeschaltet", "not enabled (freigeschaltet)"),
          new Phrase("ist nicht angemeldet", "firm or database not logged on (nicht angemeldet)"),
          new Phrase("ist nicht registriert", "connector not registered (nicht registriert)"),
          new Phrase("falscher name oder falsches kennwort", "wrong name or password"),
          new Phrase("benutzer / kennwort ung", "user or password invalid"),
          new Phrase("unauthorized", "unauthorized"),
          new Phrase("forbidden", "forbidden"),
          new Phrase("not found", "not found"),
          new Phrase("nicht gefunden", "not found (nicht gefunden)"),
          new Phrase("too many requests", "too many requests"),
          new Phrase("service unavailable", "service unavailable"),
          new Phrase("internal server error", "internal server error"));

  private static final int MAX_SCANNED = 4096;

  private ErrorTexts() {}

  /**
   * Returns the safe reason for an error body.
   *
   * @param body the body as received, may be empty
   * @return the known phrases found, joined with "; ", or empty when none was found
   */
  static Optional<String> reason(String body) {
    String text = body.length() > MAX_SCANNED ? body.substring(0, MAX_SCANNED) : body;
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (Phrase phrase : PHRASES) {
      if (lower.contains(phrase.needle()) && !found.contains(phrase.reason())) {
        found.add(phrase.reason());
      }
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
  }
}
