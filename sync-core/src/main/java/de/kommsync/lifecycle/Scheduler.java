package de.kommsync.lifecycle;

import de.kommsync.NoSuchPartyException;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.PartySystem;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The scheduler of SPEC section 11. One {@link #runCycle() cycle}:
 *
 * <ol>
 *   <li>lists the records due ({@link Crm#listDue}: {@code pending_sync}, {@code dirty}, due {@code
 *       failed}, permanently failed past their reset time, stale {@code syncing}) page by page and
 *       runs each through the {@link PartySyncRunner}; a permanently failed record is first reset
 *       to {@code failed} with the count at 0, under the party's lock;
 *   <li>then revisits settled records ({@code clean}, {@code conflict}) round-robin, at most {@code
 *       revisitBudget} per cycle, to pick up party-system changes that no webhook reports. A
 *       revisit of a record that changed in the CRM runs the party at once; otherwise it reads the
 *       party and stops there, at the cost of that one read, when the party's entries still hash to
 *       the stored hash (and, with a master-data step, its row version is unchanged).
 * </ol>
 *
 * <p>The round-robin position lives in a {@link CursorStore}, never in a CRM record. Both phases
 * run through one {@link BatchRunner}, so {@link #shutdown()} stops a cycle gracefully. The clock
 * is injectable; build the scheduler's party system and the engine over the same rate limits.
 *
 * <p>Thread-safe; run one cycle at a time.
 */
public final class Scheduler {

  /** The default revisit budget, 100 records per cycle. */
  public static final int DEFAULT_REVISIT_BUDGET = 100;

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final Crm crm;
  private final PartySystem partySystem;
  private final PartySyncRunner runner;
  private final PartyHasher hasher;
  private final Clock clock;
  private final int revisitBudget;
  private final CursorStore cursorStore;
  private final BatchRunner batch;
  private final ChangeComparison comparison;
  private final RetrySchedule retrySchedule;
  private final AtomicLong cycles = new AtomicLong();

  private Scheduler(Builder b) {
    this.crm = b.crm;
    this.partySystem = b.partySystem;
    this.runner = b.runner;
    this.hasher = b.hasher;
    this.clock = b.clock;
    this.revisitBudget = b.revisitBudget;
    this.cursorStore = b.cursorStore;
    this.batch = b.batch;
    this.comparison = b.comparison;
    this.retrySchedule = b.retrySchedule;
  }

  /**
   * Returns a builder.
   *
   * @param crm the CRM to list and reset records in
   * @param partySystem the party system a revisit reads
   * @param runner runs one party's turn
   * @param hasher computes the communication hash as the engine stores it
   * @return a builder holding the defaults
   */
  public static Builder builder(
      Crm crm, PartySystem partySystem, PartySyncRunner runner, PartyHasher hasher) {
    return new Builder(crm, partySystem, runner, hasher);
  }

  /** Asks a running cycle to stop gracefully; later cycles start nothing. Returns at once. */
  public void shutdown() {
    batch.shutdown();
  }

  /**
   * Runs one cycle and returns when every party it started has ended.
   *
   * @return what the cycle did
   */
  public CycleSummary runCycle() {
    MDC.put(MdcKeys.CYCLE, Long.toString(cycles.incrementAndGet()));
    try {
      Instant now = clock.instant();
      Counting<CrmListRow> due =
          new Counting<>(CrmListing.due(crm, now, now.minus(runner.lockTtl())));
      RevisitCursor settled =
          new RevisitCursor(crm, cursorStore.load().orElse(null), revisitBudget);
      Counting<CrmListRow> revisits = new Counting<>(settled);
      AtomicInteger resets = new AtomicInteger();
      Iterator<PartyTask> tasks =
          new Concat(
              map(due, row -> dueTask(row, now, resets)),
              map(revisits, row -> revisitTask(row, now)));
      BatchSummary summary = batch.run(tasks);
      cursorStore.save(settled.position());
      CycleSummary cycle = new CycleSummary(due.count, revisits.count, resets.get(), summary);
      LOG.info(
          "cycle ended: {} due, {} revisited, {} reset, {} failed",
          cycle.due(),
          cycle.revisited(),
          cycle.resets(),
          summary.failed());
      return cycle;
    } finally {
      MDC.remove(MdcKeys.CYCLE);
    }
  }

  private PartyTask dueTask(CrmListRow row, Instant now, AtomicInteger resets) {
    PartyRef party = PartyRef.of(row);
    Optional<SyncState> reset = retrySchedule.autoReset(row.state(), now);
    if (reset.isEmpty()) {
      return new PartyTask(party, () -> runner.run(row));
    }
    return new PartyTask(
        party,
        () ->
            runner.runLocked(
                party,
                locked -> {
                  writeReset(row, reset.get());
                  resets.incrementAndGet();
                }));
  }

  /** Writes the auto-reset state ({@code failed}, count 0) through the CRM's state fields. */
  private void writeReset(CrmListRow row, SyncState reset) {
    SyncState old = row.state();
    EnumSet<SyncField> fields = EnumSet.noneOf(SyncField.class);
    addIfChanged(fields, SyncField.STATUS, old.status(), reset.status());
    addIfChanged(fields, SyncField.RETRY_COUNT, old.retryCount(), reset.retryCount());
    addIfChanged(fields, SyncField.NEXT_RETRY, old.nextRetry(), reset.nextRetry());
    addIfChanged(fields, SyncField.AUTO_RESET_AT, old.autoResetAt(), reset.autoResetAt());
    crm.updateRecord(row.id(), new CrmChange(null, null, reset, fields), null);
    LOG.info("permanently failed record reset to failed with the count at 0");
  }

  private static void addIfChanged(
      Set<SyncField> fields, SyncField field, @Nullable Object old, @Nullable Object now) {
    if (!Objects.equals(old, now)) {
      fields.add(field);
    }
  }

  private PartyTask revisitTask(CrmListRow row, Instant cycleStart) {
    return new PartyTask(PartyRef.of(row), () -> revisit(row, cycleStart));
  }

  private PartyOutcome revisit(CrmListRow row, Instant cycleStart) {
    PartyRef party = PartyRef.of(row);
    String partyId = row.partyId();
    if (partyId == null) {
      return new PartyOutcome(party, Disposition.SKIPPED, "no party linked");
    }
    Instant lastSync = row.state().lastSync();
    if (lastSync != null && !lastSync.isBefore(cycleStart)) {
      return new PartyOutcome(party, Disposition.UNCHANGED, "synced in this cycle");
    }
    if (comparison.crmChanged(row.state(), row.modifiedAt())) {
      return runner.run(row);
    }
    PartySnapshot snapshot;
    try {
      snapshot = partySystem.readParty(partyId);
    } catch (NoSuchPartyException e) {
      return runner.run(row);
    }
    if (partyDataChanged(row, snapshot) || !hasher.hash(snapshot).equals(row.state().hash())) {
      return runner.run(row);
    }
    return PartyOutcome.of(party, Disposition.UNCHANGED);
  }

  private boolean partyDataChanged(CrmListRow row, PartySnapshot snapshot) {
    return runner.hasMasterDataStep()
        && comparison.partyChanged(row.state(), snapshot.rowId(), snapshot.changedAt());
  }

  private static <T, R> Iterator<R> map(Iterator<T> source, Function<T, R> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public R next() {
        return f.apply(source.next());
      }
    };
  }

  /** Counts the elements taken from an iterator; used from the batch's feeding thread only. */
  private static final class Counting<T> implements Iterator<T> {
    private final Iterator<T> source;
    private int count;

    Counting(Iterator<T> source) {
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      return source.hasNext();
    }

    @Override
    public T next() {
      T next = source.next();
      count++;
      return next;
    }
  }

  /**
   * The due tasks, then the revisit tasks; the second source is not touched before the first ends.
   */
  private static final class Concat implements Iterator<PartyTask> {
    private final Iterator<PartyTask> first;
    private final Iterator<PartyTask> second;

    Concat(Iterator<PartyTask> first, Iterator<PartyTask> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public boolean hasNext() {
      return first.hasNext() || second.hasNext();
    }

    @Override
    public PartyTask next() {
      return first.hasNext() ? first.next() : second.next();
    }
  }

  /** Builds a {@link Scheduler}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private final Crm crm;
    private final PartySystem partySystem;
    private final PartySyncRunner runner;
    private final PartyHasher hasher;
    private Clock clock = Clock.systemUTC();
    private int revisitBudget = DEFAULT_REVISIT_BUDGET;
    private CursorStore cursorStore = new InMemoryCursorStore();
    private BatchRunner batch = new BatchRunner(4);
    private ChangeComparison comparison;
    private RetrySchedule retrySchedule = RetrySchedule.defaults();

    private Builder(Crm crm, PartySystem partySystem, PartySyncRunner runner, PartyHasher hasher) {
      this.crm = Objects.requireNonNull(crm, "crm");
      this.partySystem = Objects.requireNonNull(partySystem, "partySystem");
      this.runner = Objects.requireNonNull(runner, "runner");
      this.hasher = Objects.requireNonNull(hasher, "hasher");
      this.comparison = runner.comparison();
    }

    /** Sets the clock; default the system UTC clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets how many settled records a cycle revisits at most, 0 or more; default 100. */
    public Builder revisitBudget(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("revisitBudget must not be negative");
      }
      this.revisitBudget = value;
      return this;
    }

    /** Sets where the round-robin position is kept; default in memory. */
    public Builder cursorStore(CursorStore value) {
      this.cursorStore = Objects.requireNonNull(value, "cursorStore");
      return this;
    }

    /** Sets the batch runner (concurrency, listener); default 4 parties at once. */
    public Builder batchRunner(BatchRunner value) {
      this.batch = Objects.requireNonNull(value, "batchRunner");
      return this;
    }

    /** Sets the change comparison of revisits; default the runner's. */
    public Builder comparison(ChangeComparison value) {
      this.comparison = Objects.requireNonNull(value, "comparison");
      return this;
    }

    /**
     * Sets the retry schedule whose auto-reset rule applies; use the engine's. Default {@link
     * RetrySchedule#defaults()}.
     */
    public Builder retrySchedule(RetrySchedule value) {
      this.retrySchedule = Objects.requireNonNull(value, "retrySchedule");
      return this;
    }

    /** Builds the scheduler. */
    public Scheduler build() {
      return new Scheduler(this);
    }
  }
}
