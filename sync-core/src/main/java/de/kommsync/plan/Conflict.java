package de.kommsync.plan;

import de.kommsync.ConflictPolicy;
import de.kommsync.Masking;
import de.kommsync.model.Channel;
import java.util.Objects;

/**
 * A marked entry changed on both sides, and how the policy resolved it.
 *
 * @param entryId the party-system entry
 * @param channel the channel
 * @param syncedValue the value both sides held at the last sync
 * @param partySystemValue the party system's new value
 * @param crmValue the CRM's paired value
 * @param policy the policy applied
 * @param overwritten the value that was overwritten, or empty under {@link
 *     ConflictPolicy#KEEP_BOTH}
 */
public record Conflict(
    long entryId,
    Channel channel,
    String syncedValue,
    String partySystemValue,
    String crmValue,
    ConflictPolicy policy,
    String overwritten) {

  /** Checks the arguments. */
  public Conflict {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(syncedValue, "syncedValue");
    Objects.requireNonNull(partySystemValue, "partySystemValue");
    Objects.requireNonNull(crmValue, "crmValue");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(overwritten, "overwritten");
  }

  /** Returns the conflict with its values masked as {@link Masking} says. */
  @Override
  public String toString() {
    return ("Conflict[entryId=%d, channel=%s, syncedValue=%s, partySystemValue=%s, crmValue=%s,"
            + " policy=%s, overwritten=%s]")
        .formatted(
            entryId,
            channel,
            Masking.value(syncedValue),
            Masking.value(partySystemValue),
            Masking.value(crmValue),
            policy,
            overwritten.isEmpty() ? "" : Masking.value(overwritten));
  }
}
