package de.kommsync.marker;

import de.kommsync.Masking;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A remark split into its marker (if well-formed) and the user's own text.
 *
 * @param marker the marker, or null when the remark starts with none (or a malformed one)
 * @param userText the user's text, byte for byte; empty when there is none
 * @param malformed why the remark looks like a marker but is none, or null
 */
public record ParsedRemark(@Nullable Marker marker, String userText, @Nullable String malformed) {

  /** Checks the arguments. */
  public ParsedRemark {
    Objects.requireNonNull(userText, "userText");
  }

  /** Returns the marker, if the remark starts with a well-formed one. */
  public Optional<Marker> markerIfAny() {
    return Optional.ofNullable(marker);
  }

  /** Returns why the remark looks like a marker but is none, if it does. */
  public Optional<String> malformedReason() {
    return Optional.ofNullable(malformed);
  }

  /** Returns the parsed remark with the marker's value and the user text masked. */
  @Override
  public String toString() {
    return "ParsedRemark[marker=%s, userText=%s, malformed=%s]"
        .formatted(marker, Masking.text(userText), malformed);
  }
}
