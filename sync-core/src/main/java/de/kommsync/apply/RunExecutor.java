package de.kommsync.apply;

import de.kommsync.PlanFunction;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncListener;
import de.kommsync.SyncOptions;
import de.kommsync.lifecycle.RetrySchedule;
import de.kommsync.plan.Plan;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * Executes sync runs as SPEC section 9 says; {@link SyncEngine} is the entry point that users meet,
 * this class does the work for it. One executor serves any number of runs, also at once, as long as
 * the adapters are thread-safe.
 *
 * <p>The reads of both sides are issued in parallel; the run then plans, applies at most one CRM
 * update carrying every value change and the new sync state, then the entry writes stage by stage,
 * writes of one stage in parallel. See {@link SyncEngine#sync(String, String, SyncOptions)} for the
 * full contract.
 */
public final class RunExecutor {

  private final Setup setup;

  /**
   * What every run of an executor shares.
   *
   * @param partySystem the party-system adapter, thread-safe
   * @param crm the CRM adapter, thread-safe
   * @param planFunction the planner
   * @param listener receives the run events
   * @param clock the clock for the sync times and the back-off
   * @param schedule the status and retry rules
   * @param executor runs a run's parallel reads and writes; must not be the executor whose threads
   *     call {@link #run}, or a saturated pool can deadlock
   * @param maskPersonalData whether the runs' logs mask values (and {@link
   *     de.kommsync.Masking#isEnabled()} too)
   */
  public record Setup(
      PartySystem partySystem,
      Crm crm,
      PlanFunction planFunction,
      SyncListener listener,
      Clock clock,
      RetrySchedule schedule,
      Executor executor,
      boolean maskPersonalData) {

    /** Checks that nothing is null. */
    public Setup {
      Objects.requireNonNull(partySystem, "partySystem");
      Objects.requireNonNull(crm, "crm");
      Objects.requireNonNull(planFunction, "planFunction");
      Objects.requireNonNull(listener, "listener");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(schedule, "schedule");
      Objects.requireNonNull(executor, "executor");
    }
  }

  /** Creates an executor. */
  public RunExecutor(Setup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
  }

  /**
   * Runs one sync of a party and its CRM record. Never throws for a failed call: the result says
   * what happened.
   *
   * @param partyId the party id
   * @param recordId the CRM record id
   * @param options the run's options
   * @return the run's result
   */
  public RunResult run(String partyId, String recordId, SyncOptions options) {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(options, "options");
    Map<String, String> previous = MDC.getCopyOfContextMap();
    MDC.put(SyncEngine.MDC_PARTY_ID, partyId);
    MDC.put(SyncEngine.MDC_RECORD_ID, recordId);
    try {
      return new Run(setup, partyId, recordId, options).execute();
    } finally {
      Mdc.set(previous);
    }
  }

  /**
   * Reads both sides in parallel and plans, writing nothing.
   *
   * @param partyId the party id
   * @param recordId the CRM record id
   * @param options the options the plan is made for
   * @return the plan a run with these options on the same data applies
   * @throws de.kommsync.NoSuchPartyException when the party does not exist
   * @throws de.kommsync.NoSuchRecordException when the CRM record does not exist
   * @throws de.kommsync.RemoteCallException when a read fails
   */
  public Plan plan(String partyId, String recordId, SyncOptions options) {
    Objects.requireNonNull(options, "options");
    Sides sides = new Sides(setup.partySystem(), setup.crm(), setup.executor());
    Sides.Both both = sides.readBoth(partyId, recordId);
    if (both.recordError() != null) {
      throw both.recordError();
    }
    if (both.partyError() != null) {
      throw both.partyError();
    }
    return setup
        .planFunction()
        .plan(
            Objects.requireNonNull(both.party()),
            Objects.requireNonNull(both.record()),
            setup.crm().rules(),
            options);
  }
}
