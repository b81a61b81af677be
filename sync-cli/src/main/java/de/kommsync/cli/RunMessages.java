package de.kommsync.cli;

import de.kommsync.RunResult;
import de.kommsync.plan.GuardTrip;
import de.kommsync.plan.Skip;

/** The one-line messages of {@code apply} and {@code sync} about how a run ended. */
final class RunMessages {

  private RunMessages() {}

  /**
   * Returns the message for a run the mass-blank guard stopped, saying once what the guard saw and
   * how to apply the plan anyway, such as {@code the mass-blank guard stopped the run, nothing was
   * written: the plan would leave 2 of 2 synced values removed from EspoCRM; --force applies it}.
   *
   * @param result a run whose outcome is {@code GUARD_STOPPED}
   * @param howToApply what applies it, such as {@code --force applies it}
   */
  static String guardStopped(RunResult result, String howToApply) {
    String seen =
        result
            .appliedPlan()
            .flatMap(plan -> plan.guardTrip())
            .map(RunMessages::guardSaw)
            .orElse("");
    return "the mass-blank guard stopped the run, nothing was written" + seen + "; " + howToApply;
  }

  private static String guardSaw(GuardTrip trip) {
    String where = trip.side() == Skip.Side.CRM ? "removed from EspoCRM" : "blanked in Advoware";
    return ": the plan would leave "
        + trip.removed()
        + " of "
        + trip.total()
        + " synced "
        + (trip.total() == 1 ? "value " : "values ")
        + where;
  }

  /**
   * Returns the message for a run that the back-off held, saying until when and how to run it
   * anyway; with {@code --force} it adds that the force alone does not.
   *
   * @param result a run whose outcome is {@code BACKED_OFF}
   * @param forced whether the run was forced
   */
  static String backedOff(RunResult result, boolean forced) {
    return "party "
        + result.partyId()
        + " was not synced, nothing was applied: "
        + result.reasonText().orElse("it failed before and its next retry is not due yet")
        + "; --ignore-backoff runs it anyway"
        + (forced ? " (--force alone does not)" : "");
  }
}
