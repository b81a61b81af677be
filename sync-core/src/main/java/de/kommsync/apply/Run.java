package de.kommsync.apply;

import de.kommsync.HashMode;
import de.kommsync.Masking;
import de.kommsync.NoSuchPartyException;
import de.kommsync.NoSuchRecordException;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.StaleRecordException;
import de.kommsync.SyncOptions;
import de.kommsync.internal.SyncStates;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.CommunicationHash;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.UpdateReceipt;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run: single use, confined to the calling thread except for the entry writes, which
 * report back through a synchronized list. Every path ends in an {@link Ending}; the run never
 * throws for a failed call.
 */
final class Run {

  private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

  private final RunExecutor.Setup setup;
  private final String partyId;
  private final String recordId;
  private final SyncOptions options;
  private final Sides sides;
  private final Instant startedAt;
  private final List<Operation> applied = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = new ArrayList<>();
  private @Nullable Plan plan;
  private @Nullable SyncStatus statusWritten;
  private SyncState original = SyncState.EMPTY;
  private SyncState stored = SyncState.EMPTY;

  /**
   * How a run ended.
   *
   * @param outcome the outcome
   * @param reason the reason, or null for a plain success
   */
  record Ending(RunOutcome outcome, @Nullable String reason) {}

  /**
   * What follows one attempt to plan and apply: the run's end, or a fresh record to plan again.
   *
   * @param ending the run's end, or null to plan again
   * @param replanWith the fresh record, or null when the run ended
   */
  private record Step(@Nullable Ending ending, @Nullable CrmRecord replanWith) {}

  /**
   * The answer to one CRM update.
   *
   * @param receipt the receipt, or null when the update failed
   * @param error why it failed, or null
   */
  private record Sent(@Nullable UpdateReceipt receipt, @Nullable RuntimeException error) {}

  Run(RunExecutor.Setup setup, String partyId, String recordId, SyncOptions options) {
    this.setup = setup;
    this.partyId = partyId;
    this.recordId = recordId;
    this.options = options;
    this.sides = new Sides(setup.partySystem(), setup.crm(), setup.executor());
    this.startedAt = setup.clock().instant();
  }

  RunResult execute() {
    notifyListener(() -> setup.listener().started(partyId, recordId));
    Ending ending;
    try {
      ending = afterReads(sides.readBoth(partyId, recordId));
    } catch (RuntimeException e) {
      errors.add(ErrorText.of("the run failed unexpectedly", e));
      StackTraceElement[] trace = e.getStackTrace();
      LOG.error(
          "sync run failed unexpectedly: {} at {}",
          e.getClass().getName(),
          trace.length == 0 ? "unknown place" : trace[0]);
      ending = new Ending(RunOutcome.FAILED, errors.get(errors.size() - 1));
    }
    RunResult result = result(ending);
    logSummary(result);
    if (result.isFailure()) {
      notifyListener(() -> setup.listener().failed(result));
    } else {
      notifyListener(() -> setup.listener().finished(result));
    }
    return result;
  }

  private Ending afterReads(Sides.Both both) {
    if (both.recordError() != null) {
      return recordUnreadable(both.recordError());
    }
    CrmRecord record = Objects.requireNonNull(both.record());
    original = record.state();
    stored = record.state();
    if (record.partyId() != null && !sameParty(record.partyId(), partyId)) {
      String reason =
          "CRM record "
              + recordId
              + " is linked to another party than "
              + partyId
              + "; nothing was written";
      errors.add(reason);
      return new Ending(RunOutcome.FAILED, reason);
    }
    if (!options.ignoreBackoff() && setup.schedule().isBackedOff(stored, setup.clock().instant())) {
      return new Ending(RunOutcome.BACKED_OFF, backoffReason());
    }
    if (both.partyError() != null) {
      return both.partyError() instanceof NoSuchPartyException
          ? partyDeleted()
          : failWithStatus(RunOutcome.FAILED, ErrorText.of("reading the party", both.partyError()));
    }
    return started(Objects.requireNonNull(both.party()), record);
  }

  /**
   * Returns whether the party id stored in the CRM record names the party of this run: equal text,
   * or equal numbers when both are decimal numbers ({@code 0104860} and {@code 104860}).
   */
  static boolean sameParty(String linked, String requested) {
    String a = linked.strip();
    String b = requested.strip();
    if (a.equals(b)) {
      return true;
    }
    if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
      return Long.parseLong(a) == Long.parseLong(b);
    }
    return false;
  }

  private String backoffReason() {
    Instant until =
        stored.status() == SyncStatus.FAILED ? stored.nextRetry() : stored.autoResetAt();
    return "backed off after "
        + RunLog.count(stored.retryCount(), "consecutive failure")
        + (until == null ? "" : " until " + until);
  }

  private Ending recordUnreadable(RuntimeException e) {
    if (e instanceof NoSuchRecordException) {
      String reason = "CRM record " + recordId + " does not exist; nothing was written";
      errors.add(reason);
      return new Ending(RunOutcome.RECORD_MISSING, reason);
    }
    String reason = ErrorText.of("reading the CRM record", e);
    errors.add(reason);
    return new Ending(RunOutcome.FAILED, reason);
  }

  private Ending partyDeleted() {
    String note = "party " + partyId + " does not exist in the party system";
    writeStateQuietly(setup.schedule().partyDeleted(stored, note), "recording the deleted status");
    return new Ending(RunOutcome.PARTY_DELETED, note + "; nothing was deleted in the CRM");
  }

  private Ending started(PartySnapshot party, CrmRecord record) {
    if (!options.writeSyncingStatus()) {
      return planAndApply(party, record);
    }
    SyncState syncing = setup.schedule().syncing(stored);
    Set<SyncField> fields = SyncStates.changedFields(stored, syncing);
    if (fields.isEmpty()) {
      return planAndApply(party, record);
    }
    Sent sent = send(new CrmChange(null, null, syncing, fields), record.version());
    if (sent.error() != null) {
      return crmUpdateFailed("writing the syncing status", sent.error());
    }
    CrmRecord syncingRecord =
        new CrmRecord(
            record.id(),
            record.partyId(),
            record.emails(),
            record.phones(),
            stored,
            record.modifiedAt(),
            Objects.requireNonNull(sent.receipt()).version());
    return planAndApply(party, syncingRecord);
  }

  /**
   * Plans and applies; when the record changed before the CRM update, re-reads it and tries once
   * more with the fresh record.
   */
  private Ending planAndApply(PartySnapshot party, CrmRecord record) {
    Step step = attempt(party, record, false);
    if (step.ending() == null) {
      step = attempt(party, Objects.requireNonNull(step.replanWith()), true);
    }
    return Objects.requireNonNull(step.ending());
  }

  private Step attempt(PartySnapshot party, CrmRecord record, boolean replanned) {
    Plan current;
    try {
      current = planFor(party, record);
    } catch (RuntimeException e) {
      return end(failWithStatus(RunOutcome.FAILED, ErrorText.of("planning", e)));
    }
    if (current.guard() != null && !options.force()) {
      return end(guardStopped(current));
    }
    CrmChange change = firstChange(current, party);
    if (change.isEmpty()) {
      return end(writeEntries(party, current));
    }
    if (!replanned && !record.hasOptimisticConcurrency()) {
      Step moved = rereadIfMoved(record);
      if (moved != null) {
        return moved;
      }
    }
    Sent sent = send(change, record.version());
    if (sent.error() instanceof StaleRecordException && !replanned) {
      LOG.info("CRM record changed since it was read (version); planning again");
      return reread();
    }
    if (sent.error() != null) {
      return end(crmUpdateFailed("updating the CRM record", sent.error()));
    }
    current.crmWrite().ifPresent(w -> appliedOperation(current, w));
    return end(writeEntries(party, current));
  }

  /** Without optimistic concurrency: re-reads the record; a step when it moved, else null. */
  private @Nullable Step rereadIfMoved(CrmRecord record) {
    CrmRecord fresh;
    try {
      fresh = sides.readRecord(recordId);
    } catch (RuntimeException e) {
      return end(recordUnreadableMidRun(e));
    }
    if (!moved(record, fresh)) {
      return null;
    }
    LOG.info("CRM record changed since it was read; planning again");
    return new Step(null, adopt(fresh));
  }

  private Step reread() {
    try {
      return new Step(null, adopt(sides.readRecord(recordId)));
    } catch (RuntimeException e) {
      return end(recordUnreadableMidRun(e));
    }
  }

  private static Step end(Ending ending) {
    return new Step(ending, null);
  }

  private Plan planFor(PartySnapshot party, CrmRecord record) {
    Plan planned = setup.planFunction().plan(party, record, setup.crm().rules(), options);
    plan = planned;
    logPlan(planned);
    notifyListener(() -> setup.listener().planned(planned));
    return planned;
  }

  private CrmRecord adopt(CrmRecord fresh) {
    stored = fresh.state();
    original = fresh.state();
    return fresh;
  }

  /**
   * Tells whether the record changed between two reads: its change time moved or its value lists
   * differ. The lists are compared too because the change time has whole seconds: a person's edit
   * in the same second as the first read moves nothing else.
   */
  private static boolean moved(CrmRecord before, CrmRecord after) {
    if (!before.emails().equals(after.emails()) || !before.phones().equals(after.phones())) {
      return true;
    }
    if (before.modifiedAt() != null || after.modifiedAt() != null) {
      return !Objects.equals(before.modifiedAt(), after.modifiedAt());
    }
    return !before.state().equals(after.state());
  }

  private Ending recordUnreadableMidRun(RuntimeException e) {
    if (e instanceof NoSuchRecordException) {
      return recordUnreadable(e);
    }
    return failWithStatus(RunOutcome.FAILED, ErrorText.of("re-reading the CRM record", e));
  }

  /** The run's one CRM update: the plan's lists and the success state; empty when unchanged. */
  private CrmChange firstChange(Plan current, PartySnapshot party) {
    SyncState target = successState(current, party);
    Set<SyncField> fields = SyncStates.changedFields(stored, target);
    fields.remove(SyncField.LAST_SYNC);
    CrmWrite write = current.crmWrite().orElse(null);
    List<CrmValue> emails = write == null ? null : write.emails();
    List<CrmValue> phones = write == null ? null : write.phones();
    if (emails == null && phones == null && fields.isEmpty()) {
      return new CrmChange(null, null, stored, Set.of());
    }
    fields.add(SyncField.LAST_SYNC);
    return new CrmChange(emails, phones, target, fields);
  }

  private SyncState successState(Plan current, PartySnapshot party) {
    SyncStatus status;
    if (!current.deferred().isEmpty()) {
      status = SyncStatus.DIRTY;
    } else if (options.writeConflictStatus() && !current.conflicts().isEmpty()) {
      status = SyncStatus.CONFLICT;
    } else {
      status = SyncStatus.CLEAN;
    }
    String hash;
    if (options.hashMode() == HashMode.CONTENT) {
      hash = current.predictedHash();
    } else {
      hash =
          entryOperations(current).isEmpty()
              ? CommunicationHash.legacy(party.entries())
              : stored.hash();
    }
    SyncState cleared = setup.schedule().succeeded(stored, status);
    return SyncStates.withSyncResult(cleared, status, now(), party.rowId(), hash);
  }

  private static List<Operation> entryOperations(Plan current) {
    return current.operations().stream().filter(op -> !(op instanceof CrmWrite)).toList();
  }

  private Ending writeEntries(PartySnapshot party, Plan current) {
    List<Operation> entryOps = entryOperations(current);
    if (!entryOps.isEmpty()) {
      List<EntryWriter.Failure> failures =
          new EntryWriter(
                  sides,
                  partyId,
                  options.partyWriteParallelism(),
                  op -> appliedOperation(current, op),
                  this::mask)
              .apply(entryOps);
      if (!failures.isEmpty()) {
        return entryWritesFailed(failures);
      }
    }
    PartySnapshot after = null;
    if (options.hashMode() == HashMode.LEGACY_ROW_IDS && !entryOps.isEmpty()) {
      try {
        after = sides.readParty(partyId);
      } catch (RuntimeException e) {
        return failWithStatus(RunOutcome.FAILED, ErrorText.of("re-reading the party", e));
      }
      Ending hashEnding = writeLegacyHash(after);
      if (hashEnding != null) {
        return hashEnding;
      }
    }
    if (options.verify() && !applied.isEmpty()) {
      return verify(after);
    }
    return success(current);
  }

  /** Legacy hash mode: writes the row-id hash of the party as re-read after the entry writes. */
  private @Nullable Ending writeLegacyHash(PartySnapshot after) {
    SyncState target =
        SyncStates.withHash(stored, CommunicationHash.legacy(after.entries()), now());
    Set<SyncField> fields = SyncStates.changedFields(stored, target);
    fields.remove(SyncField.LAST_SYNC);
    if (fields.isEmpty()) {
      return null;
    }
    fields.add(SyncField.LAST_SYNC);
    Sent sent = send(new CrmChange(null, null, target, fields), null);
    return sent.error() == null ? null : crmUpdateFailed("writing the legacy hash", sent.error());
  }

  private Ending entryWritesFailed(List<EntryWriter.Failure> failures) {
    boolean unknown = failures.stream().anyMatch(f -> ErrorText.outcomeUnknown(f.error()));
    failures.forEach(f -> errors.add(EntryWriter.message(f)));
    String reason = EntryWriter.message(failures.get(0));
    if (failures.size() > 1) {
      reason += " (and " + (failures.size() - 1) + " more)";
    }
    if (unknown) {
      reason = "stopped: the outcome of a write is unknown; " + reason;
    }
    recordFailure(reason);
    return new Ending(unknown ? RunOutcome.OUTCOME_UNKNOWN : RunOutcome.FAILED, reason);
  }

  private Ending verify(@Nullable PartySnapshot rereadParty) {
    Sides.Both both;
    if (rereadParty == null) {
      both = sides.readBoth(partyId, recordId);
    } else {
      both = rereadRecordOnly(rereadParty);
    }
    RuntimeException readError = both.partyError() != null ? both.partyError() : both.recordError();
    if (readError != null) {
      return failWithStatus(
          RunOutcome.VERIFICATION_FAILED, ErrorText.of("verification: re-reading", readError));
    }
    Plan check;
    try {
      check =
          setup
              .planFunction()
              .plan(
                  Objects.requireNonNull(both.party()),
                  Objects.requireNonNull(both.record()),
                  setup.crm().rules(),
                  options);
    } catch (RuntimeException e) {
      return failWithStatus(RunOutcome.VERIFICATION_FAILED, ErrorText.of("verification", e));
    }
    return verified(check);
  }

  private Sides.Both rereadRecordOnly(PartySnapshot party) {
    try {
      return new Sides.Both(party, null, sides.readRecord(recordId), null);
    } catch (RuntimeException e) {
      return new Sides.Both(party, null, null, e);
    }
  }

  private Ending verified(Plan check) {
    Plan applying = Objects.requireNonNull(plan);
    if (!check.operations().isEmpty()) {
      return failWithStatus(
          RunOutcome.VERIFICATION_FAILED,
          "verification: a fresh plan after the writes still holds "
              + check.operations().size()
              + " operations");
    }
    if (options.hashMode() == HashMode.CONTENT && !check.predictedHash().equals(stored.hash())) {
      return failWithStatus(
          RunOutcome.VERIFICATION_FAILED,
          "verification: the party's hash after the writes differs from the stored hash");
    }
    return success(applying);
  }

  private Ending success(Plan current) {
    RunOutcome outcome =
        sides.calls().writes() == 0 ? RunOutcome.NOTHING_TO_DO : RunOutcome.SUCCESS;
    String reason =
        current.deferred().isEmpty()
            ? null
            : RunLog.count(current.deferred().size(), "operation")
                + " deferred by the direction; status dirty";
    return new Ending(outcome, reason);
  }

  private Ending guardStopped(Plan current) {
    String reason = "guard stopped the run: " + Objects.requireNonNull(current.guard()).reason();
    return failWithStatus(RunOutcome.GUARD_STOPPED, reason);
  }

  private Ending crmUpdateFailed(String what, RuntimeException e) {
    if (e instanceof NoSuchRecordException) {
      return recordUnreadable(e);
    }
    String reason = ErrorText.of(what, e);
    if (ErrorText.outcomeUnknown(e)) {
      errors.add(reason);
      return new Ending(RunOutcome.OUTCOME_UNKNOWN, "stopped: the outcome is unknown; " + reason);
    }
    return failWithStatus(RunOutcome.FAILED, reason);
  }

  private Ending failWithStatus(RunOutcome outcome, String reason) {
    errors.add(reason);
    recordFailure(reason);
    return new Ending(outcome, reason);
  }

  /** Writes the failure status: counts one more failure over the state the run started from. */
  private void recordFailure(String reason) {
    SyncState target = setup.schedule().failed(original, setup.clock().instant(), reason);
    writeStateQuietly(target, "recording the failure status");
  }

  /**
   * Writes the sync-state fields that differ from what the CRM holds, without value lists and
   * without a version check (such a write cannot lose a value); a failure is recorded, not thrown.
   */
  private void writeStateQuietly(SyncState target, String what) {
    Set<SyncField> fields = SyncStates.changedFields(stored, target);
    if (fields.isEmpty()) {
      return;
    }
    Sent sent = send(new CrmChange(null, null, target, fields), null);
    if (sent.error() != null) {
      errors.add(ErrorText.of(what, sent.error()));
    }
  }

  private Sent send(CrmChange change, @Nullable Long version) {
    try {
      UpdateReceipt receipt = sides.updateRecord(recordId, change, version);
      stored = SyncStates.merge(stored, change.state(), change.stateFields());
      if (change.stateFields().contains(SyncField.STATUS)) {
        statusWritten = change.state().status();
      }
      logUpdate(change);
      return new Sent(receipt, null);
    } catch (RuntimeException e) {
      return new Sent(null, e);
    }
  }

  private void appliedOperation(Plan current, Operation op) {
    applied.add(op);
    notifyListener(() -> setup.listener().operationApplied(current, op));
  }

  private Instant now() {
    return setup.clock().instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private String mask(String value) {
    return setup.maskPersonalData() ? Masking.value(value) : value;
  }

  private void notifyListener(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("a sync listener failed: {}", e.getClass().getName());
    }
  }

  private RunResult result(Ending ending) {
    List<Operation> done;
    synchronized (applied) {
      done = List.copyOf(applied);
    }
    return new RunResult(
        partyId,
        recordId,
        ending.outcome(),
        ending.reason(),
        plan,
        done,
        errors,
        sides.calls(),
        statusWritten,
        startedAt,
        Duration.between(startedAt, setup.clock().instant()));
  }

  private void logPlan(Plan planned) {
    RunLog.plan(LOG, planned, this::mask);
  }

  private void logUpdate(CrmChange change) {
    RunLog.update(LOG, change, plan, this::mask);
  }

  private void logSummary(RunResult result) {
    RunLog.summary(LOG, result);
  }
}
