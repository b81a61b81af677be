package de.kommsync.testkit;

import java.util.Objects;

/**
 * One call an in-memory fake received, as counted and as offered to a {@link FaultPlan}.
 *
 * @param kind what kind of call
 * @param index the call's position among all calls of the fake, from 0
 * @param kindIndex the call's position among the calls of its kind, from 0
 * @param target the id the call addressed (record id, party id, or {@code partyId/entryId})
 */
public record FakeCall(CallKind kind, int index, int kindIndex, String target) {

  /** Checks the arguments. */
  public FakeCall {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
  }
}
