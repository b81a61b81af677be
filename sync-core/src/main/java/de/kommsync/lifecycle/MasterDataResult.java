package de.kommsync.lifecycle;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link MasterDataStep} decided: go on with the communication sync (possibly for a party it
 * just created and linked), or stop this party's turn.
 *
 * @param proceeds whether the communication sync runs
 * @param partyId the party id the sync is to use when the step linked a new party, else null
 * @param reason why the step stopped, short and without personal data; empty when it proceeds
 */
public record MasterDataResult(boolean proceeds, @Nullable String partyId, String reason) {

  /** Checks the arguments. */
  public MasterDataResult {
    Objects.requireNonNull(reason, "reason");
    if (!proceeds && partyId != null) {
      throw new IllegalArgumentException("a stopping result carries no party id");
    }
  }

  /** Returns the result that goes on with the party as referenced. */
  public static MasterDataResult proceed() {
    return new MasterDataResult(true, null, "");
  }

  /**
   * Returns the result that goes on with a party the step created or linked.
   *
   * @param partyId the party-system id
   * @return the result
   */
  public static MasterDataResult proceedWith(String partyId) {
    return new MasterDataResult(true, Objects.requireNonNull(partyId, "partyId"), "");
  }

  /**
   * Returns the result that stops the party's turn.
   *
   * @param reason why, short and without personal data
   * @return the result
   */
  public static MasterDataResult stop(String reason) {
    return new MasterDataResult(false, null, reason);
  }

  /** Returns the party id the step linked, if any. */
  public Optional<String> linkedPartyId() {
    return Optional.ofNullable(partyId);
  }
}
