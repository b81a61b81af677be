package de.kommsync;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A system refused a write as invalid (for EspoCRM a 400 with a field validation failure). A retry
 * of the same write cannot help.
 */
public class RejectedWriteException extends RemoteCallException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String field;
  private final @Nullable String validation;

  /**
   * Creates the exception.
   *
   * @param message what failed, with ids, without values
   * @param status the HTTP status
   * @param reason the server's reason text, or null
   * @param field the field that failed validation, or null
   * @param validation the failed validation type (for example {@code valid}, {@code maxCount})
   */
  public RejectedWriteException(
      String message,
      int status,
      @Nullable String reason,
      @Nullable String field,
      @Nullable String validation) {
    super(message, status, false, false, reason, null);
    this.field = field;
    this.validation = validation;
  }

  /** Returns the field that failed validation, when the server named it. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns the failed validation type, when the server named it. */
  public Optional<String> validation() {
    return Optional.ofNullable(validation);
  }
}
