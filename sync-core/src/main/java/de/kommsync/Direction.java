package de.kommsync;

/** Which changes a run applies (SPEC section 8). */
public enum Direction {
  /** Changes in both directions (the default). */
  BOTH,
  /** Only changes that flow from the party system into the CRM. */
  TO_CRM,
  /** Only changes that flow from the CRM into the party system. */
  TO_PARTY_SYSTEM;

  /**
   * Returns whether a run in this direction applies a change that flows the given way.
   *
   * @param flow {@link #TO_CRM} or {@link #TO_PARTY_SYSTEM}
   */
  public boolean includes(Direction flow) {
    return this == BOTH || flow == BOTH || this == flow;
  }
}
