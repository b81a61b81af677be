package de.kommsync.plan;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one sync run will do: an immutable value computed by the pure {@link Planner} from the two
 * snapshots and the options. The plan a dry run prints is exactly the plan a real run on the same
 * inputs executes. A plan holds no clock values.
 *
 * @param partyId the party
 * @param recordId the CRM record
 * @param direction the run's direction
 * @param conflictPolicy the policy that resolved {@code conflicts}
 * @param firstSync whether this is the party's first sync (SPEC section 7)
 * @param operations the writes, in the order the executor applies them: at most one {@link
 *     CrmWrite} first, then the entry writes by stage
 * @param deferred writes the direction excludes; applied by a later run in both directions
 * @param skipped values left untouched, with reasons
 * @param conflicts entries changed on both sides and how they were resolved
 * @param notices what was noticed without acting on it (malformed markers, duplicates)
 * @param guard the guard trip when the guard stopped the plan, else null
 * @param predictedHash the communication hash the party will have after the operations are applied
 *     (content mode), 16 lower-case hex characters
 */
public record Plan(
    String partyId,
    String recordId,
    Direction direction,
    ConflictPolicy conflictPolicy,
    boolean firstSync,
    List<Operation> operations,
    List<Operation> deferred,
    List<Skip> skipped,
    List<Conflict> conflicts,
    List<Notice> notices,
    @Nullable GuardTrip guard,
    String predictedHash) {

  /** Checks the arguments and copies the lists. */
  public Plan {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(conflictPolicy, "conflictPolicy");
    Objects.requireNonNull(predictedHash, "predictedHash");
    operations = List.copyOf(operations);
    deferred = List.copyOf(deferred);
    skipped = List.copyOf(skipped);
    conflicts = List.copyOf(conflicts);
    notices = List.copyOf(notices);
  }

  /** Returns whether the plan has no operations to apply. */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /** Returns the guard trip, when the guard stopped this plan. */
  public Optional<GuardTrip> guardTrip() {
    return Optional.ofNullable(guard);
  }

  /** Returns the CRM write, when the plan changes the CRM's value lists. */
  public Optional<CrmWrite> crmWrite() {
    return operations.stream()
        .filter(CrmWrite.class::isInstance)
        .map(CrmWrite.class::cast)
        .findFirst();
  }

  /**
   * Returns whether the run's direction deferred the write that resolves one of this plan's
   * conflicts: the overwrite happens in a later run, not in this one.
   */
  public boolean deferred(Conflict conflict) {
    return TextSections.deferred(this, conflict);
  }
}
