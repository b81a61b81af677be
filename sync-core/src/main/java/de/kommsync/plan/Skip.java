package de.kommsync.plan;

import de.kommsync.Masking;
import de.kommsync.model.Channel;
import de.kommsync.value.SkipReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value the run left untouched, with the reason: it is reported, never planned.
 *
 * @param side where the value lives
 * @param entryId the party-system entry id, or null for a CRM value
 * @param channel the channel, or null when the value fits none
 * @param value the value as it stands (personal data: for the plan's reader, never for logs)
 * @param reason why it is skipped
 */
public record Skip(
    Side side, @Nullable Long entryId, @Nullable Channel channel, String value, SkipReason reason) {

  /** Checks the arguments. */
  public Skip {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  /** Where a skipped value lives. */
  public enum Side {
    /** In the party system. */
    PARTY_SYSTEM,
    /** In the CRM. */
    CRM
  }

  /** Returns the skip with its value masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "Skip[side=%s, entryId=%s, channel=%s, value=%s, reason=%s]"
        .formatted(side, entryId, channel, Masking.value(value), reason);
  }
}
