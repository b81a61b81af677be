package de.kommsync;

import de.kommsync.model.Channel;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Notice;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Skip;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.plan.ValueChange;
import de.kommsync.plan.Variant;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one sync run did: its outcome, the plan it applied and the operations of it that succeeded,
 * the calls it made, the status it wrote and how long it took. Counts per variant, conflicts,
 * skipped values and notices are read from it, as are the counts of the earlier implementation's
 * report. Immutable.
 *
 * @param partyId the party
 * @param recordId the CRM record
 * @param outcome how the run ended
 * @param reason why the run failed, stopped or did nothing, short and without personal data; null
 *     for a plain success
 * @param plan the plan the run applied (the last one when it re-planned), or null when it planned
 *     nothing (a side was missing, the back-off held, a read failed)
 * @param applied the operations of the plan that succeeded, in the order they completed
 * @param errors the errors met, short and without personal data; empty on success
 * @param calls the calls the run made, by kind
 * @param statusWritten the last sync status the run wrote to the CRM, or null when it wrote none
 * @param startedAt when the run started (the engine's clock)
 * @param duration how long the run took (the engine's clock)
 */
public record RunResult(
    String partyId,
    String recordId,
    RunOutcome outcome,
    @Nullable String reason,
    @Nullable Plan plan,
    List<Operation> applied,
    List<String> errors,
    ApiCalls calls,
    @Nullable SyncStatus statusWritten,
    Instant startedAt,
    Duration duration) {

  /** Checks the arguments and copies the lists. */
  public RunResult {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    applied = List.copyOf(applied);
    errors = List.copyOf(errors);
  }

  /** Returns why the run failed, stopped or did nothing, if it says. */
  public Optional<String> reasonText() {
    return Optional.ofNullable(reason);
  }

  /** Returns the plan the run applied, if it planned. */
  public Optional<Plan> appliedPlan() {
    return Optional.ofNullable(plan);
  }

  /** Returns the status the run wrote last, if it wrote one. */
  public Optional<SyncStatus> writtenStatus() {
    return Optional.ofNullable(statusWritten);
  }

  /** Returns whether the outcome is a failure. */
  public boolean isFailure() {
    return outcome.isFailure();
  }

  /**
   * Returns the entry writes that succeeded, counted by variant (variants without any left out).
   */
  public Map<Variant, Integer> entryOperationCounts() {
    Map<Variant, Integer> counts = new EnumMap<>(Variant.class);
    for (Operation op : applied) {
      if (op instanceof CreateEntry c) {
        counts.merge(c.variant(), 1, Integer::sum);
      } else if (op instanceof UpdateEntry u) {
        counts.merge(u.variant(), 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Returns the CRM value changes written, counted by variant (variants without any left out). */
  public Map<Variant, Integer> crmChangeCounts() {
    Map<Variant, Integer> counts = new EnumMap<>(Variant.class);
    for (ValueChange change : appliedCrmChanges()) {
      counts.merge(change.variant(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Returns the CRM value changes written, in plan order; empty when the CRM update failed. */
  public List<ValueChange> appliedCrmChanges() {
    return applied.stream()
        .filter(CrmWrite.class::isInstance)
        .map(CrmWrite.class::cast)
        .flatMap(w -> w.changes().stream())
        .toList();
  }

  /** Returns the conflicts of the plan and how they were resolved. */
  public List<Conflict> conflicts() {
    return plan == null ? List.of() : plan.conflicts();
  }

  /** Returns the values the plan left untouched, with reasons. */
  public List<Skip> skipped() {
    return plan == null ? List.of() : plan.skipped();
  }

  /** Returns what the plan noticed without acting on it. */
  public List<Notice> notices() {
    return plan == null ? List.of() : plan.notices();
  }

  /** Returns the operations the run's direction deferred to a later run. */
  public List<Operation> deferred() {
    return plan == null ? List.of() : plan.deferred();
  }

  /** Returns the e-mail changes written to the CRM (earlier report: {@code emails_synced}). */
  public int emailsSyncedToCrm() {
    return (int) appliedCrmChanges().stream().filter(c -> c.channel() == Channel.EMAIL).count();
  }

  /** Returns the phone changes written to the CRM (earlier report: {@code phones_synced}). */
  public int phonesSyncedToCrm() {
    return (int) appliedCrmChanges().stream().filter(c -> c.channel() == Channel.PHONE).count();
  }

  /**
   * Returns the entry writes that record a change which flowed into the CRM, markers and slots, and
   * the markers a run rebased ({@code MARKER_REBASED}) (earlier report: {@code markers_updated}).
   */
  public int markersUpdated() {
    return countEntryWrites(Direction.TO_CRM, null) + countEntryWrites(Direction.BOTH, null);
  }

  /** Returns the entries created in the party system (earlier report: {@code created}). */
  public int createdInPartySystem() {
    return (int) applied.stream().filter(CreateEntry.class::isInstance).count();
  }

  /**
   * Returns the entries of the party system that received a CRM value by an update, a reused slot
   * included (earlier report: {@code updated}).
   */
  public int updatedInPartySystem() {
    return countEntryWrites(Direction.TO_PARTY_SYSTEM, false);
  }

  /**
   * Returns the entries of the party system blanked because the CRM deleted or moved their value
   * (earlier report: {@code deleted}; entries cannot be deleted there).
   */
  public int blankedInPartySystem() {
    return countEntryWrites(Direction.TO_PARTY_SYSTEM, true);
  }

  /**
   * Returns the changes of the earlier report's summary: e-mails and phones synced to the CRM plus
   * entries created, updated and blanked in the party system (markers not counted).
   */
  public int totalChanges() {
    return emailsSyncedToCrm()
        + phonesSyncedToCrm()
        + createdInPartySystem()
        + updatedInPartySystem()
        + blankedInPartySystem();
  }

  private int countEntryWrites(Direction flow, @Nullable Boolean blank) {
    int count = 0;
    for (Operation op : applied) {
      if (op instanceof UpdateEntry u
          && u.variant().flow() == flow
          && (blank == null || blank == u.value().isBlank())) {
        count++;
      }
    }
    return count;
  }

  /**
   * Renders the result as JSON (for example a command line tool's {@code result.json}), with
   * personal data masked when {@link Masking#isEnabled()}.
   */
  public String toJson() {
    return RunResultJson.render(this, Masking.isEnabled());
  }

  /**
   * Renders the result as JSON.
   *
   * @param maskPersonalData whether values (e-mail addresses, phone numbers) are masked
   */
  public String toJson(boolean maskPersonalData) {
    return RunResultJson.render(this, maskPersonalData);
  }
}
