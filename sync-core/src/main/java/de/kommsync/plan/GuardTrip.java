package de.kommsync.plan;

import java.util.Objects;

/**
 * The mass-blank guard stopped the plan: it would have blanked or removed at least the configured
 * share of one side's synced values. Nothing is applied unless the run is forced.
 *
 * @param side the side that would have lost the values
 * @param removed how many synced values the plan would blank or remove there
 * @param total how many synced values that side holds
 * @param reason a short explanation without personal data
 */
public record GuardTrip(Skip.Side side, int removed, int total, String reason) {

  /** Checks the arguments. */
  public GuardTrip {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(reason, "reason");
  }
}
