package de.kommsync.doubles;

import de.kommsync.NoSuchRecordException;
import de.kommsync.StaleRecordException;
import de.kommsync.internal.SyncStates;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory CRM holding one record, that logs every call, checks versions when optimistic
 * concurrency is on, moves {@code modifiedAt} on every update, runs hooks inside calls and injects
 * faults. Thread-safe.
 */
public final class RecordingCrm implements Crm {

  private final CallLog log;
  private final Faults faults;
  private final boolean optimisticConcurrency;
  private final List<CrmChange> updates = new ArrayList<>();
  private final List<Optional<Long>> expectedVersions = new ArrayList<>();
  private final Map<CallKind, Runnable> hooks = new EnumMap<>(CallKind.class);
  private @Nullable CrmRecord record;
  private int rulesCalls;

  /**
   * Creates the CRM.
   *
   * @param initial the record it holds; its version decides whether optimistic concurrency is on
   */
  public RecordingCrm(CrmRecord initial, CallLog log, Faults faults) {
    this.record = initial;
    this.log = log;
    this.faults = faults;
    this.optimisticConcurrency = initial.version() != null;
  }

  /** Makes the record answer "not found" from now on. */
  public synchronized void delete() {
    record = null;
  }

  /** Changes the record as a user would: its version grows and its change time moves. */
  public synchronized void edit(UnaryOperator<CrmRecord> change) {
    record = touched(change.apply(current()));
  }

  /** Runs a hook inside every call of a kind, before its effect (outside the double's lock). */
  public synchronized void onCall(CallKind kind, Runnable hook) {
    hooks.put(kind, hook);
  }

  /** Returns the record held now. */
  public synchronized CrmRecord record() {
    return current();
  }

  /** Returns every update that took effect, in order. */
  public synchronized List<CrmChange> updates() {
    return List.copyOf(updates);
  }

  /** Returns the expected version sent with every update call, in order. */
  public synchronized List<Optional<Long>> expectedVersions() {
    return List.copyOf(expectedVersions);
  }

  /** Returns how often the rules were asked for. */
  public synchronized int rulesCalls() {
    return rulesCalls;
  }

  @Override
  public synchronized CrmRules rules() {
    rulesCalls++;
    return CrmRules.DEFAULTS;
  }

  @Override
  public CrmRecord readRecord(String recordId) {
    return call(CallKind.READ_RECORD, () -> find(recordId));
  }

  @Override
  public UpdateReceipt updateRecord(
      String recordId, CrmChange change, @Nullable Long expectedVersion) {
    return call(
        CallKind.UPDATE_RECORD,
        () -> {
          expectedVersions.add(Optional.ofNullable(expectedVersion));
          CrmRecord now = find(recordId);
          if (optimisticConcurrency
              && expectedVersion != null
              && !expectedVersion.equals(now.version())) {
            throw new StaleRecordException(recordId);
          }
          record = touched(apply(now, change));
          updates.add(change);
          return new UpdateReceipt(current().version());
        });
  }

  @Override
  public CrmPage listDue(Instant now, Instant staleSyncingBefore, @Nullable String pageToken) {
    return new CrmPage(List.of(), null);
  }

  @Override
  public CrmPage listSettled(@Nullable String afterId, int limit) {
    return new CrmPage(List.of(), null);
  }

  private CrmRecord find(String recordId) {
    CrmRecord now = record;
    if (now == null || !now.id().equals(recordId)) {
      throw new NoSuchRecordException(recordId);
    }
    return now;
  }

  private CrmRecord current() {
    if (record == null) {
      throw new IllegalStateException("the record was deleted");
    }
    return record;
  }

  private static CrmRecord apply(CrmRecord now, CrmChange change) {
    return new CrmRecord(
        now.id(),
        now.partyId(),
        change.emails() == null ? now.emails() : change.emails(),
        change.phones() == null ? now.phones() : change.phones(),
        SyncStates.merge(now.state(), change.state(), change.stateFields()),
        now.modifiedAt(),
        now.version());
  }

  private CrmRecord touched(CrmRecord r) {
    Instant modified = r.modifiedAt() == null ? null : r.modifiedAt().plus(Duration.ofSeconds(1));
    Long version = optimisticConcurrency && r.version() != null ? r.version() + 1 : null;
    return new CrmRecord(r.id(), r.partyId(), r.emails(), r.phones(), r.state(), modified, version);
  }

  private <T> T call(CallKind kind, Supplier<T> effect) {
    log.add(kind, "", CallLog.Phase.START);
    try {
      Runnable hook;
      synchronized (this) {
        hook = hooks.get(kind);
      }
      if (hook != null) {
        hook.run();
      }
      Optional<Faults.Fault> fault = faults.next(kind);
      if (fault.isPresent() && fault.get().timing() == Faults.Timing.BEFORE) {
        throw fault.get().error().get();
      }
      T result;
      synchronized (this) {
        result = effect.get();
      }
      if (fault.isPresent()) {
        throw fault.get().error().get();
      }
      return result;
    } finally {
      log.add(kind, "", CallLog.Phase.END);
    }
  }
}
