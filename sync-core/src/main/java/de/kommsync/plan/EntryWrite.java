package de.kommsync.plan;

import de.kommsync.Masking;
import de.kommsync.model.Kind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party-system write while a plan is built, before the direction, the CRM's item limit and the
 * order decide where it goes.
 *
 * @param seq the order in which the planner made it
 * @param variant why it was planned
 * @param stage the write stage (1, or 2 for a move's blanking)
 * @param target the entry updated, or null for a new entry
 * @param kind the entry's kind
 * @param value the value written
 * @param remark the full remark written
 * @param online the online flag written
 * @param dependsOn the CRM item the plan adds or replaces and whose value the marker records, or
 *     null when the CRM holds the value already
 * @param blanks whether the write blanks a value the CRM deleted (counts for the guard)
 */
record EntryWrite(
    int seq,
    Variant variant,
    int stage,
    @Nullable ClassifiedEntry target,
    Kind kind,
    String value,
    String remark,
    boolean online,
    @Nullable CrmItem dependsOn,
    boolean blanks) {

  EntryWrite {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(remark, "remark");
  }

  /** Returns the operation this write becomes, with its number in the plan. */
  Operation toOperation(int ref) {
    if (target == null) {
      return new CreateEntry(ref, kind, value, remark, online, variant, stage);
    }
    return new UpdateEntry(ref, target.id(), kind, value, remark, online, variant, stage);
  }

  /** Returns the write with its value and remark masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "EntryWrite[seq=%d, variant=%s, stage=%d, target=%s, kind=%s, value=%s, remark=%s]"
        .formatted(
            seq,
            variant,
            stage,
            target == null ? null : target.id(),
            kind,
            Masking.value(value),
            Masking.text(remark));
  }
}
