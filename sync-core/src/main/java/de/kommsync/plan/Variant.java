package de.kommsync.plan;

import de.kommsync.Direction;

/**
 * Why an operation or a CRM value change was planned: the variants of the earlier implementation's
 * design note (Var1 to Var6) and the operations this library adds. The executor never branches on a
 * variant; it is for the report.
 */
public enum Variant {
  /** Var1: a CRM value the party system lacks is created there (free slot or new entry). */
  VAR1_NEW_IN_CRM(Direction.TO_PARTY_SYSTEM),
  /** Var2: the CRM deleted a value; its unchanged entry is blanked to a slot. */
  VAR2_DELETED_IN_CRM(Direction.TO_PARTY_SYSTEM),
  /** Var3: the party system deleted a value; it leaves the CRM and the entry becomes a slot. */
  VAR3_DELETED_IN_PARTY_SYSTEM(Direction.TO_CRM),
  /** Var4: a new party-system value is added to the CRM, then its entry is marked. */
  VAR4_NEW_IN_PARTY_SYSTEM(Direction.TO_CRM),
  /** Var5: the CRM changed a value; the paired value is written into the entry. */
  VAR5_CHANGED_IN_CRM(Direction.TO_PARTY_SYSTEM),
  /** Var6: the party system changed a value; it replaces the old one in the CRM. */
  VAR6_CHANGED_IN_PARTY_SYSTEM(Direction.TO_CRM),
  /**
   * A new entry is matched to a CRM value that already holds its value: only the marker is written.
   * The write records no change of either side and names a value the CRM holds, so every run
   * applies it ({@link Direction#BOTH}); deferred, an entry matched in runs towards the party
   * system would stay unmarked, and a later deletion in the CRM would read as a new entry.
   */
  MATCHED(Direction.BOTH),
  /**
   * A CRM type change: the value moves to an entry of a compatible kind, the old one is blanked.
   */
  MOVED(Direction.TO_PARTY_SYSTEM),
  /** A marked entry's value became unsyncable: it leaves the CRM and the marker is dropped. */
  UNSYNCABLE_IN_PARTY_SYSTEM(Direction.TO_CRM),
  /**
   * A run in one direction rewrites the marker of an entry whose value changed or was deleted in
   * the party system, whose synced value the CRM no longer holds, and whose own write the direction
   * defers: the marker would otherwise name a value neither side holds, and a later run would read
   * that value, added to the CRM again by a person, as the entry's old one and remove it. The write
   * changes no value; it belongs to every direction ({@link Direction#BOTH}).
   */
  MARKER_REBASED(Direction.BOTH);

  private final Direction flow;

  Variant(Direction flow) {
    this.flow = flow;
  }

  /**
   * Returns the direction the change flows: {@link Direction#TO_CRM} or the other way, or {@link
   * Direction#BOTH} for a marker's bookkeeping that every run applies.
   */
  public Direction flow() {
    return flow;
  }
}
