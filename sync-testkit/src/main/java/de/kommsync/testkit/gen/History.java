package de.kommsync.testkit.gen;

import java.util.List;
import java.util.Objects;

/**
 * A generated history: a start state and a sequence of steps, each the users' edits on both sides
 * followed by one run.
 *
 * @param start the start state
 * @param steps the steps in order
 */
public record History(Start start, List<Step> steps) {

  /** Checks the arguments and copies the list. */
  public History {
    Objects.requireNonNull(start, "start");
    steps = List.copyOf(steps);
  }

  /**
   * One step: edits, then a run.
   *
   * @param edits the users' edits, in order
   * @param run the run after them
   */
  public record Step(List<Edit> edits, RunSpec run) {

    /** Checks the arguments and copies the list. */
    public Step {
      edits = List.copyOf(edits);
      Objects.requireNonNull(run, "run");
    }
  }
}
