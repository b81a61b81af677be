package de.kommsync.lifecycle;

import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.PartyLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one party's turn under its lock (SPEC section 11): take the lock on the CRM record id, run
 * the optional {@link MasterDataStep}, run the communication sync ({@link PartyRun}), and release
 * the lock in every outcome, exceptions included. When the lock is held elsewhere nothing runs and
 * the outcome is {@link PartyOutcome.Disposition#BUSY}.
 *
 * <p>A {@code syncing} status is a lock only while it is fresh: given a list row, a {@code syncing}
 * record whose change time lies within the lock TTL is left alone (another run, possibly of the
 * earlier implementation, is working on it); an older one is stale and is taken over.
 *
 * <p>Thread-safe when its parts are; the batch runner calls it from several threads.
 */
public final class PartySyncRunner {

  /** The default lock TTL, 300 seconds. */
  public static final Duration DEFAULT_LOCK_TTL = Duration.ofSeconds(300);

  private static final Logger LOG = LoggerFactory.getLogger(PartySyncRunner.class);

  private final PartyLock lock;
  private final PartyRun run;
  private final @Nullable MasterDataStep masterDataStep;
  private final Duration lockTtl;
  private final String lockKeyPrefix;
  private final Clock clock;
  private final ChangeComparison comparison;

  private PartySyncRunner(Builder b) {
    this.lock = b.lock;
    this.run = b.run;
    this.masterDataStep = b.masterDataStep;
    this.lockTtl = b.lockTtl;
    this.lockKeyPrefix = b.lockKeyPrefix;
    this.clock = b.clock;
    this.comparison = b.comparison;
  }

  /**
   * Returns a builder.
   *
   * @param lock the lock shared by every runner that may work on the same parties
   * @param run the communication sync
   * @return a builder holding the defaults
   */
  public static Builder builder(PartyLock lock, PartyRun run) {
    return new Builder(lock, run);
  }

  /** Returns the lock TTL; a {@code syncing} status older than this is stale. */
  public Duration lockTtl() {
    return lockTtl;
  }

  /** Returns whether a master-data step runs before the communication sync. */
  public boolean hasMasterDataStep() {
    return masterDataStep != null;
  }

  /** Returns the change comparison handed to the master-data step. */
  public ChangeComparison comparison() {
    return comparison;
  }

  /** Returns the lock key of a record: the configured prefix and the record id. */
  public String lockKey(String recordId) {
    return lockKeyPrefix + recordId;
  }

  /**
   * Runs one party's turn.
   *
   * @param party the party
   * @return the outcome; exceptions of the master-data step or the sync propagate after the lock is
   *     released
   */
  public PartyOutcome run(PartyRef party) {
    return runLocked(party, handle -> {});
  }

  /**
   * Runs the turn of a party found by a list query, leaving it alone while its {@code syncing}
   * status is fresh (see the class comment).
   *
   * @param row the list row
   * @return the outcome
   */
  public PartyOutcome run(CrmListRow row) {
    return freshSyncing(row).orElseGet(() -> run(PartyRef.of(row)));
  }

  /** Returns a BUSY outcome when the row's {@code syncing} status is younger than the TTL. */
  Optional<PartyOutcome> freshSyncing(CrmListRow row) {
    Instant modifiedAt = row.modifiedAt();
    if (row.state().status() != SyncStatus.SYNCING || modifiedAt == null) {
      return Optional.empty();
    }
    if (modifiedAt.isAfter(clock.instant().minus(lockTtl))) {
      LOG.debug("record is syncing since less than the lock TTL; left alone");
      return Optional.of(
          new PartyOutcome(PartyRef.of(row), PartyOutcome.Disposition.BUSY, "syncing"));
    }
    LOG.info("taking over a stale syncing status");
    return Optional.empty();
  }

  /**
   * Runs a turn with an action done first under the lock (the scheduler's auto-reset).
   *
   * @param party the party
   * @param underLock called with the party once the lock is held, before the master-data step
   */
  PartyOutcome runLocked(PartyRef party, Consumer<PartyRef> underLock) {
    Optional<PartyLock.Handle> handle = lock.tryAcquire(lockKey(party.recordId()), lockTtl);
    if (handle.isEmpty()) {
      LOG.debug("party lock is held elsewhere; record {} skipped", party.recordId());
      return new PartyOutcome(party, PartyOutcome.Disposition.BUSY, "locked");
    }
    MDC.put(MdcKeys.RECORD_ID, party.recordId());
    try {
      underLock.accept(party);
      return runHeld(party);
    } finally {
      MDC.remove(MdcKeys.PARTY_ID);
      MDC.remove(MdcKeys.RECORD_ID);
      handle.get().close();
    }
  }

  private PartyOutcome runHeld(PartyRef party) {
    String partyId = party.partyId();
    if (partyId != null) {
      MDC.put(MdcKeys.PARTY_ID, partyId);
    }
    if (masterDataStep != null) {
      MasterDataResult result =
          masterDataStep.apply(new MasterDataContext(party, clock.instant(), comparison));
      if (!result.proceeds()) {
        return new PartyOutcome(party, PartyOutcome.Disposition.SKIPPED, result.reason());
      }
      partyId = result.linkedPartyId().orElse(partyId);
    }
    if (partyId == null) {
      return new PartyOutcome(party, PartyOutcome.Disposition.SKIPPED, "no party linked");
    }
    MDC.put(MdcKeys.PARTY_ID, partyId);
    return run.run(partyId, party.recordId());
  }

  /** Builds a {@link PartySyncRunner}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private final PartyLock lock;
    private final PartyRun run;
    private @Nullable MasterDataStep masterDataStep;
    private Duration lockTtl = DEFAULT_LOCK_TTL;
    private String lockKeyPrefix = "kommsync:";
    private Clock clock = Clock.systemUTC();
    private ChangeComparison comparison = ChangeComparison.defaults();

    private Builder(PartyLock lock, PartyRun run) {
      this.lock = Objects.requireNonNull(lock, "lock");
      this.run = Objects.requireNonNull(run, "run");
    }

    /** Sets the master-data step; none by default. */
    public Builder masterDataStep(MasterDataStep value) {
      this.masterDataStep = Objects.requireNonNull(value, "masterDataStep");
      return this;
    }

    /** Sets the lock TTL, positive; default 300 s. */
    public Builder lockTtl(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("lockTtl must be positive");
      }
      this.lockTtl = value;
      return this;
    }

    /** Sets the prefix of lock keys; default {@code kommsync:}. */
    public Builder lockKeyPrefix(String value) {
      this.lockKeyPrefix = Objects.requireNonNull(value, "lockKeyPrefix");
      return this;
    }

    /** Sets the clock; default the system UTC clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets the change comparison handed to the master-data step. */
    public Builder comparison(ChangeComparison value) {
      this.comparison = Objects.requireNonNull(value, "comparison");
      return this;
    }

    /** Builds the runner. */
    public PartySyncRunner build() {
      return new PartySyncRunner(this);
    }
  }
}
