package de.kommsync.plan;

import de.kommsync.Masking;
import de.kommsync.model.Kind;
import java.util.Objects;

/**
 * Updates a party-system entry's value, remark and online flag (a PUT).
 *
 * @param ref the operation's number within the plan
 * @param entryId the entry's id
 * @param kind the entry's kind (sent, ignored by the server)
 * @param value the new value ({@code tlf}); empty when the entry is blanked to a slot
 * @param remark the full new remark: marker plus user text
 * @param online the {@code online} flag
 * @param variant why it was planned
 * @param stage the write stage, as in {@link CreateEntry#stage()}
 */
public record UpdateEntry(
    int ref,
    long entryId,
    Kind kind,
    String value,
    String remark,
    boolean online,
    Variant variant,
    int stage)
    implements Operation {

  /** Checks the arguments. */
  public UpdateEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(remark, "remark");
    Objects.requireNonNull(variant, "variant");
  }

  /** Returns the operation with its value and remark masked as {@link Masking} says. */
  @Override
  public String toString() {
    return ("UpdateEntry[ref=%d, entryId=%d, kind=%s, value=%s, remark=%s, online=%s, variant=%s,"
            + " stage=%d]")
        .formatted(
            ref, entryId, kind, Masking.value(value), Masking.text(remark), online, variant, stage);
  }
}
