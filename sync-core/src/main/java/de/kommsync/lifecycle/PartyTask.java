package de.kommsync.lifecycle;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One unit of work for the {@link BatchRunner}: a party and what to do with it.
 *
 * @param party the party, for the listener and for the outcome when the work throws
 * @param work the work; its exceptions become a {@link PartyOutcome.Disposition#FAILED} outcome
 */
public record PartyTask(PartyRef party, Supplier<PartyOutcome> work) {

  /** Checks the arguments. */
  public PartyTask {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(work, "work");
  }

  /**
   * Returns the task that runs a party's turn through a runner.
   *
   * @param party the party
   * @param runner the runner
   * @return the task
   */
  public static PartyTask of(PartyRef party, PartySyncRunner runner) {
    return new PartyTask(party, () -> runner.run(party));
  }
}
