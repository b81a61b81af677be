package de.kommsync;

import de.kommsync.apply.RunExecutor;
import de.kommsync.lifecycle.RetrySchedule;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Planner;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the communication entries of one party equal between the party system and the CRM: the
 * entry point of the library. Build it once with {@link #builder()} and call {@link #sync} per
 * party; it is thread-safe, so several parties may sync at once (one run per party at a time: the
 * caller locks, see {@link de.kommsync.spi.PartyLock}).
 *
 * <p>A run (SPEC section 9) reads both sides in parallel, plans, and applies the plan in crash-safe
 * order: first at most one CRM update carrying every value change and the new sync state, then the
 * entry writes, stage by stage, the writes of one stage in parallel. A run that changes nothing
 * writes nothing. Failures come back in the {@link RunResult}, not as exceptions.
 *
 * <p>Close the engine when done: it then shuts down the thread pool it created (none when an
 * executor was given).
 */
public final class SyncEngine implements AutoCloseable {

  /** The MDC key under which a run's logs carry the party id. */
  public static final String MDC_PARTY_ID = "kommsync.partyId";

  /** The MDC key under which a run's logs carry the CRM record id. */
  public static final String MDC_RECORD_ID = "kommsync.recordId";

  private final RunExecutor executor;
  private final SyncOptions options;
  private final @Nullable ExecutorService ownedPool;

  private SyncEngine(Builder b, Executor ioExecutor, @Nullable ExecutorService ownedPool) {
    this.options = b.options;
    this.ownedPool = ownedPool;
    this.executor =
        new RunExecutor(
            new RunExecutor.Setup(
                Objects.requireNonNull(b.partySystem, "partySystem"),
                Objects.requireNonNull(b.crm, "crm"),
                b.planFunction,
                b.listener,
                b.clock,
                b.retrySchedule,
                ioExecutor,
                b.maskPersonalData));
  }

  /** Returns a builder; the party system and the CRM are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the options runs use unless a run is given its own. */
  public SyncOptions options() {
    return options;
  }

  /**
   * Syncs a party with its CRM record using the engine's options.
   *
   * @param partyId the party id in the party system
   * @param recordId the CRM record id
   * @return what the run did
   * @see #sync(String, String, SyncOptions)
   */
  public RunResult sync(String partyId, String recordId) {
    return sync(partyId, recordId, options);
  }

  /**
   * Syncs a party with its CRM record using the given options for this run only.
   *
   * <ul>
   *   <li>A failed party whose next retry lies in the future is left alone ({@link
   *       RunOutcome#BACKED_OFF}) unless {@link SyncOptions#ignoreBackoff()}.
   *   <li>A party the party system does not know gets status {@code deleted_in_advoware}; nothing
   *       is deleted in the CRM. A CRM record that does not exist stops the run before anything is
   *       written.
   *   <li>When the mass-blank guard trips, nothing is applied and the status becomes {@code failed}
   *       (unless {@link SyncOptions#force()}).
   *   <li>The CRM update carries the record's version when the CRM has optimistic concurrency; when
   *       the record changed meanwhile the run re-reads it and plans again, once. Without
   *       optimistic concurrency the record is re-read right before the update for the same check.
   *   <li>A create is never repeated. When the outcome of a write is unknown the run stops writing
   *       entries ({@link RunOutcome#OUTCOME_UNKNOWN}); the next run re-reads and finds what was
   *       created by its marker.
   *   <li>When an entry write fails after the CRM update, a second CRM update records the failure
   *       status (only sync-state fields, never values).
   *   <li>With {@link SyncOptions#verify()}, a run that wrote something re-reads both sides and
   *       checks that a fresh plan is empty.
   * </ul>
   *
   * @param partyId the party id in the party system
   * @param recordId the CRM record id
   * @param runOptions the options of this run
   * @return what the run did; never null, also for failed runs
   */
  public RunResult sync(String partyId, String recordId, SyncOptions runOptions) {
    return executor.run(partyId, recordId, runOptions);
  }

  /**
   * Computes the plan a run would apply, writing nothing (a dry run). The plan equals the one a
   * real run with the engine's options on the same data executes.
   *
   * @param partyId the party id
   * @param recordId the CRM record id
   * @return the plan
   * @throws NoSuchPartyException when the party does not exist
   * @throws NoSuchRecordException when the CRM record does not exist
   * @throws RemoteCallException when a read fails
   */
  public Plan plan(String partyId, String recordId) {
    return plan(partyId, recordId, options);
  }

  /**
   * Computes the plan a run with the given options would apply, writing nothing.
   *
   * @param partyId the party id
   * @param recordId the CRM record id
   * @param runOptions the options of the run planned
   * @return the plan
   * @throws NoSuchPartyException when the party does not exist
   * @throws NoSuchRecordException when the CRM record does not exist
   * @throws RemoteCallException when a read fails
   */
  public Plan plan(String partyId, String recordId, SyncOptions runOptions) {
    return executor.plan(partyId, recordId, runOptions);
  }

  /** Shuts down the thread pool the engine created; runs in progress finish first. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.shutdown();
    }
  }

  /** Builds a {@link SyncEngine}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private @Nullable PartySystem partySystem;
    private @Nullable Crm crm;
    private SyncOptions options = SyncOptions.defaults();
    private SyncListener listener = SyncListener.NONE;
    private Clock clock = Clock.systemUTC();
    private RetrySchedule retrySchedule = RetrySchedule.defaults();
    private PlanFunction planFunction = Planner::plan;
    private @Nullable Executor executor;
    private int ioThreads;
    private boolean maskPersonalData = true;

    private Builder() {}

    /** Sets the party-system adapter (required); it must be thread-safe. */
    public Builder partySystem(PartySystem value) {
      this.partySystem = Objects.requireNonNull(value, "partySystem");
      return this;
    }

    /** Sets the CRM adapter (required); it must be thread-safe. */
    public Builder crm(Crm value) {
      this.crm = Objects.requireNonNull(value, "crm");
      return this;
    }

    /** Sets the default options of runs; default {@link SyncOptions#defaults()}. */
    public Builder options(SyncOptions value) {
      this.options = Objects.requireNonNull(value, "options");
      return this;
    }

    /** Sets the listener of run events; default none. */
    public Builder listener(SyncListener value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /**
     * Sets the clock for the last sync time, the back-off and durations; default the system clock
     * in UTC.
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets the status and retry rules; default {@link RetrySchedule#defaults()}. */
    public Builder retrySchedule(RetrySchedule value) {
      this.retrySchedule = Objects.requireNonNull(value, "retrySchedule");
      return this;
    }

    /**
     * Sets the planner; default {@link Planner#plan}. Meant for tests and for wrapping the planner
     * (for example to record plans); the function must be pure.
     */
    public Builder planFunction(PlanFunction value) {
      this.planFunction = Objects.requireNonNull(value, "planFunction");
      return this;
    }

    /**
     * Sets the executor for a run's parallel reads and entry writes; the caller owns it and shuts
     * it down. It must not be the executor whose threads call {@link SyncEngine#sync}. Default: a
     * cached pool of daemon threads created by the engine and shut down by {@link
     * SyncEngine#close()}. How many writes of one run are in flight at once is {@link
     * SyncOptions#partyWriteParallelism()}.
     */
    public Builder executor(Executor value) {
      this.executor = Objects.requireNonNull(value, "executor");
      return this;
    }

    /**
     * Makes the engine create a fixed pool of this many daemon threads for the parallel reads and
     * writes of all its runs together (instead of a cached pool), shut down by {@link
     * SyncEngine#close()}. Ignored when {@link #executor(Executor)} is set.
     *
     * @param value 1 or more
     */
    public Builder ioThreads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("ioThreads must be at least 1");
      }
      this.ioThreads = value;
      return this;
    }

    /**
     * Sets whether the engine's logs mask personal data; default true. Masking also stops when
     * {@link Masking#setEnabled(boolean)} turns it off for the JVM. Turn it off only for debugging.
     */
    public Builder maskPersonalData(boolean value) {
      this.maskPersonalData = value;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws NullPointerException when the party system or the CRM is missing
     */
    public SyncEngine build() {
      Objects.requireNonNull(partySystem, "partySystem");
      Objects.requireNonNull(crm, "crm");
      if (executor != null) {
        return new SyncEngine(this, executor, null);
      }
      ExecutorService pool =
          ioThreads > 0
              ? Executors.newFixedThreadPool(ioThreads, new IoThreads())
              : Executors.newCachedThreadPool(new IoThreads());
      return new SyncEngine(this, pool, pool);
    }
  }

  /** Names the engine's own threads and makes them daemons. */
  private static final class IoThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "kommsync-io-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
