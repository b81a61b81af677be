package de.kommsync.plan;

import de.kommsync.Masking;
import de.kommsync.model.Kind;
import java.util.Objects;

/**
 * Creates a party-system entry (a POST). Never retried when its outcome is unknown: the next run
 * finds the created entry by its marker.
 *
 * @param ref the operation's number within the plan, for ordering and the report
 * @param kind the new entry's kind
 * @param value the value ({@code tlf})
 * @param remark the full remark: marker plus user text
 * @param online the {@code online} flag
 * @param variant why it was planned
 * @param stage the write stage: stage 1 writes run before stage 2 writes (a move's blanking waits
 *     for its new entry); writes of one stage run in parallel
 */
public record CreateEntry(
    int ref, Kind kind, String value, String remark, boolean online, Variant variant, int stage)
    implements Operation {

  /** Checks the arguments. */
  public CreateEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(remark, "remark");
    Objects.requireNonNull(variant, "variant");
  }

  /** Returns the operation with its value and remark masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "CreateEntry[ref=%d, kind=%s, value=%s, remark=%s, online=%s, variant=%s, stage=%d]"
        .formatted(ref, kind, Masking.value(value), Masking.text(remark), online, variant, stage);
  }
}
