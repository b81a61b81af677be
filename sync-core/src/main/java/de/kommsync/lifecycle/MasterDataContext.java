package de.kommsync.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link MasterDataStep} gets: the party, held under its lock, the lifecycle's current time
 * and the change comparison configured for it.
 *
 * @param party the party; its party id is null while the record is not linked
 * @param now the lifecycle clock's current time
 * @param comparison the change comparison to decide which side wins
 */
public record MasterDataContext(PartyRef party, Instant now, ChangeComparison comparison) {

  /** Checks the arguments. */
  public MasterDataContext {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(comparison, "comparison");
  }
}
