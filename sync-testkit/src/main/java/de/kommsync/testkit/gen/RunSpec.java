package de.kommsync.testkit.gen;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.testkit.FaultPlan;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of a history: its direction, conflict policy, whether it overrides the guard, and the
 * fault injected into it, if any.
 *
 * @param direction the run's direction
 * @param policy the conflict policy
 * @param force whether the run overrides the mass-blank guard
 * @param fault the fault, or null for a run without faults
 */
public record RunSpec(
    Direction direction, ConflictPolicy policy, boolean force, @Nullable Fault fault) {

  /** Checks the arguments. */
  public RunSpec {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(policy, "policy");
  }

  /** Returns this run without its fault. */
  public RunSpec withoutFault() {
    return new RunSpec(direction, policy, force, null);
  }

  /**
   * One injected fault.
   *
   * @param crmSide whether the CRM fake fails (else the party-system fake)
   * @param callIndex the index of the failing call among the fake's calls in the run, from 0
   * @param timing before the call (nothing applied) or after it (applied, answer lost)
   */
  public record Fault(boolean crmSide, int callIndex, FaultPlan.Timing timing) {

    /** Checks the arguments. */
    public Fault {
      Objects.requireNonNull(timing, "timing");
      if (callIndex < 0) {
        throw new IllegalArgumentException("callIndex must not be negative");
      }
    }
  }
}
