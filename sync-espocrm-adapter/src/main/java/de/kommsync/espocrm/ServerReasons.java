package de.kommsync.espocrm;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides which of EspoCRM's {@code X-Status-Reason} texts an exception may keep. The core puts the
 * reason into the run's reason, which is logged and stored in the CRM record, so only the shapes
 * EspoCRM uses for its own fixed texts pass (research/espocrm-api.md §2): short tokens such as
 * {@code modified}, the access texts, a missing record by id and field validation failures naming
 * schema names. Any other text (a hook's message, a database error quoting a value) is withheld.
 */
final class ServerReasons {

  /** What an exception keeps instead of a reason in a shape not known to be free of values. */
  static final String WITHHELD = "reason withheld (free text)";

  private static final List<Pattern> SAFE =
      List.of(
          Pattern.compile("[a-z][a-z0-9-]{0,40}"),
          Pattern.compile("No [a-z]+ access\\."),
          Pattern.compile("Record [0-9a-zA-Z]{1,40} (?:not found|does not exist)\\."),
          Pattern.compile(
              "Field validation failure; entityType: \\w{1,80}, field: \\w{1,80},"
                  + " type: \\w{1,80}\\.?"));

  private ServerReasons() {}

  /**
   * Returns the reason when its shape is known to hold no values, {@link #WITHHELD} for any other
   * text, or null for none.
   */
  static @Nullable String safe(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String text = reason.strip();
    return SAFE.stream().anyMatch(p -> p.matcher(text).matches()) ? text : WITHHELD;
  }
}
