package de.kommsync;

import de.kommsync.doubles.CallLog;
import de.kommsync.doubles.Faults;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.RecordingCrm;
import de.kommsync.doubles.RecordingPartySystem;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The doubles of one engine test, wired together, plus the engines built over them. */
final class Fixture {

  /** The engine's clock reads this time (with milliseconds, to show truncation). */
  static final Instant NOW = Instant.parse("2026-03-02T10:15:30.400Z");

  /** {@link #NOW} as a whole second, as the engine writes it. */
  static final Instant NOW_SECOND = Instant.parse("2026-03-02T10:15:30Z");

  /** The hash the default record holds and the default plans predict. */
  static final String HASH = "00000000000000aa";

  static final Instant LAST_SYNC = Instant.parse("2026-03-01T08:00:00Z");
  static final Instant MODIFIED = Instant.parse("2026-03-01T08:00:01Z");

  final CallLog log = new CallLog();
  final Faults faults = new Faults();
  final RecordingPartySystem party = new RecordingPartySystem(Plans.PARTY, log, faults);
  final RecordingCrm crm;

  private Fixture(SyncState state, @Nullable Long version) {
    party.entry(1, "+49 511 111111", "[ESPOCRM:KzQ5IDUxMSAxMTExMTE=:1]");
    crm =
        new RecordingCrm(
            new CrmRecord(
                Plans.RECORD,
                Plans.PARTY,
                List.of(CrmValue.email("max@example.com", true, false, false)),
                List.of(CrmValue.phone("+49511111111", PhoneType.BUSINESS, true, false, false)),
                state,
                MODIFIED,
                version),
            log,
            faults);
  }

  /** A record synced before, with optimistic concurrency (version 7). */
  static Fixture synced() {
    return new Fixture(cleanState(), 7L);
  }

  /** A record synced before, without optimistic concurrency. */
  static Fixture syncedWithoutVersions() {
    return new Fixture(cleanState(), null);
  }

  /** A record in the given state, with optimistic concurrency. */
  static Fixture withState(SyncState state) {
    return new Fixture(state, 7L);
  }

  static SyncState cleanState() {
    return new SyncState(SyncStatus.CLEAN, 0, null, null, null, LAST_SYNC, "PARTY-ROW-1", HASH);
  }

  static SyncState state(SyncStatus status, int retries, @Nullable Instant nextRetry) {
    return new SyncState(
        status, retries, nextRetry, null, "earlier error", LAST_SYNC, "PARTY-ROW-1", HASH);
  }

  /** Builds an engine over the doubles. */
  SyncEngine engine(PlanFunction planner, SyncOptions options) {
    return engine(planner, options, SyncListener.NONE);
  }

  /** Builds an engine over the doubles with a listener. */
  SyncEngine engine(PlanFunction planner, SyncOptions options, SyncListener listener) {
    SyncEngine engine =
        SyncEngine.builder()
            .partySystem(party)
            .crm(crm)
            .planFunction(planner)
            .options(options)
            .listener(listener)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    return engine;
  }

  /** Runs one sync with the given planner and options. */
  RunResult sync(PlanFunction planner, SyncOptions options) {
    return engine(planner, options).sync(Plans.PARTY, Plans.RECORD);
  }

  /** Runs one sync with the given planner and the default options. */
  RunResult sync(PlanFunction planner) {
    return sync(planner, SyncOptions.defaults());
  }
}
