package de.kommsync.plan;

import de.kommsync.Masking;
import de.kommsync.model.Channel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change of a CRM value list, for the report.
 *
 * @param variant why the change was planned
 * @param channel the list it changes
 * @param change added, replaced or removed
 * @param oldValue the value before (null for an addition)
 * @param newValue the value after (null for a removal)
 */
public record ValueChange(
    Variant variant,
    Channel channel,
    Change change,
    @Nullable String oldValue,
    @Nullable String newValue) {

  /** Checks the arguments. */
  public ValueChange {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(change, "change");
  }

  /** What a change does to a list. */
  public enum Change {
    /** A value is added. */
    ADDED,
    /** A value is replaced in place, keeping its flags, type and position. */
    REPLACED,
    /** A value is removed. */
    REMOVED
  }

  /** Returns the change with its values masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "ValueChange[variant=%s, channel=%s, change=%s, oldValue=%s, newValue=%s]"
        .formatted(variant, channel, change, Masking.value(oldValue), Masking.value(newValue));
  }
}
