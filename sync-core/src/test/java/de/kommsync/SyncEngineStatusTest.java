package de.kommsync;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.doubles.CallKind;
import de.kommsync.doubles.Faults;
import de.kommsync.doubles.Plans;
import de.kommsync.doubles.ScriptedPlanner;
import de.kommsync.model.CrmValue;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.CommunicationHash;
import de.kommsync.plan.Plan;
import de.kommsync.spi.CrmChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status a run writes (SPEC section 11), the back-off and the legacy hash mode. */
class SyncEngineStatusTest {

  private static final CrmValue OLD_EMAIL = CrmValue.email("max@example.com", true, false, false);
  private static final CrmValue NEW_EMAIL = CrmValue.email("anna@example.org", false, false, false);
  private static final String NEW_HASH = "9999999999999999";

  private static Plan addsAnna() {
    return Plans.plan().emails(OLD_EMAIL, NEW_EMAIL).hash(NEW_HASH).build();
  }

  @Test
  void doesNothingBeforeTheNextRetryOfAFailedParty() {
    Instant later = Fixture.NOW.plus(Duration.ofMinutes(3));
    Fixture f = Fixture.withState(Fixture.state(SyncStatus.FAILED, 2, later));
    ScriptedPlanner planner = ScriptedPlanner.of(addsAnna());

    RunResult result = f.sync(planner);

    assertThat(result.outcome()).isEqualTo(RunOutcome.BACKED_OFF);
    assertThat(result.reason()).contains("2 consecutive failures").contains(later.toString());
    assertThat(result.calls().writes()).isZero();
    assertThat(planner.calls()).isEmpty();
  }

  @Test
  void namesASingleFailureOfTheBackOffInTheSingular() {
    Instant later = Fixture.NOW.plus(Duration.ofMinutes(1));
    Fixture f = Fixture.withState(Fixture.state(SyncStatus.FAILED, 1, later));

    RunResult result = f.sync(ScriptedPlanner.of(addsAnna()));

    assertThat(result.reason()).isEqualTo("backed off after 1 consecutive failure until " + later);
  }

  @Test
  void runsBeforeTheNextRetryWhenAskedToIgnoreTheBackoff() {
    Fixture f =
        Fixture.withState(
            Fixture.state(SyncStatus.FAILED, 2, Fixture.NOW.plus(Duration.ofMinutes(3))));

    RunResult result =
        f.sync(
            ScriptedPlanner.of(addsAnna(), Plans.empty(NEW_HASH)),
            SyncOptions.builder().ignoreBackoff(true).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CLEAN);
  }

  @Test
  void runsOnceTheNextRetryIsDue() {
    Fixture f = Fixture.withState(Fixture.state(SyncStatus.FAILED, 2, Fixture.NOW_SECOND));

    RunResult result = f.sync(ScriptedPlanner.of(addsAnna(), Plans.empty(NEW_HASH)));

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
  }

  @Test
  void makesThePartyPermanentlyFailedAtTheSixthConsecutiveFailure() {
    Fixture f = Fixture.withState(Fixture.state(SyncStatus.FAILED, 5, Fixture.NOW_SECOND));
    f.party.delete();
    f.faults.add(
        CallKind.READ_PARTY,
        1,
        Faults.Timing.BEFORE,
        () -> new RemoteCallException("party read failed", 503, true, false, null, null));

    RunResult result = f.sync(ScriptedPlanner.of(addsAnna()));

    SyncState state = f.crm.record().state();
    assertThat(result.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(state.status()).isEqualTo(SyncStatus.PERMANENTLY_FAILED);
    assertThat(state.retryCount()).isEqualTo(6);
    assertThat(state.nextRetry()).isNull();
    assertThat(state.autoResetAt()).isEqualTo(Fixture.NOW_SECOND.plus(Duration.ofHours(24)));
  }

  @Test
  void leavesTheStatusDirtyWhenTheDirectionDeferredOperations() {
    Fixture f = Fixture.synced();
    Plan partial =
        Plans.plan()
            .emails(OLD_EMAIL, NEW_EMAIL)
            .deferredCreate("+49 511 900001")
            .direction(Direction.TO_CRM)
            .hash(NEW_HASH)
            .build();

    RunResult result =
        f.sync(
            ScriptedPlanner.of(
                partial,
                Plans.plan()
                    .deferredCreate("+49 511 900001")
                    .hash(NEW_HASH)
                    .direction(Direction.TO_CRM)
                    .build()),
            SyncOptions.builder().direction(Direction.TO_CRM).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.DIRTY);
    assertThat(result.deferred()).hasSize(1);
    assertThat(result.reason()).isEqualTo("1 operation deferred by the direction; status dirty");
    assertThat(f.party.writes()).isEmpty();
  }

  @Test
  void writesNothingForADirtyPartyWhoseOnlyChangesAreStillDeferred() {
    Fixture f =
        Fixture.withState(
            new SyncState(
                SyncStatus.DIRTY, 0, null, null, null, Fixture.LAST_SYNC, "PARTY-ROW-1", NEW_HASH));
    Plan deferredOnly =
        Plans.plan()
            .deferredCreate("+49 511 900002")
            .direction(Direction.TO_CRM)
            .hash(NEW_HASH)
            .build();

    RunResult result =
        f.sync(
            ScriptedPlanner.of(deferredOnly),
            SyncOptions.builder().direction(Direction.TO_CRM).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.NOTHING_TO_DO);
    assertThat(f.crm.updates()).isEmpty();
  }

  @Test
  void endsCleanAfterResolvedConflictsByDefault() {
    Fixture f = Fixture.synced();
    Plan conflicted =
        Plans.plan()
            .emails(OLD_EMAIL, NEW_EMAIL)
            .conflict(1, "+49 511 121212", "+49 511 343434")
            .hash(NEW_HASH)
            .build();

    RunResult result = f.sync(ScriptedPlanner.of(conflicted, Plans.empty(NEW_HASH)));

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(result.conflicts()).hasSize(1);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CLEAN);
  }

  @Test
  void endsWithConflictStatusWhenConfigured() {
    Fixture f = Fixture.synced();
    Plan conflicted =
        Plans.plan()
            .emails(OLD_EMAIL, NEW_EMAIL)
            .conflict(1, "+49 511 121212", "+49 511 343434")
            .hash(NEW_HASH)
            .build();

    RunResult result =
        f.sync(
            ScriptedPlanner.of(conflicted, Plans.empty(NEW_HASH)),
            SyncOptions.builder().writeConflictStatus(true).build());

    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CONFLICT);
    assertThat(result.statusWritten()).isEqualTo(SyncStatus.CONFLICT);
  }

  @Test
  void writesSyncingFirstWhenConfiguredAndTheOutcomeAfter() {
    Fixture f = Fixture.synced();
    List<SyncStatus> statusSeenByPlanner = new ArrayList<>();
    Plan plan = addsAnna();

    RunResult result =
        f.sync(
            (party, record, rules, options) -> {
              statusSeenByPlanner.add(record.state().status());
              return record.emails().size() == 2 ? Plans.empty(NEW_HASH) : plan;
            },
            SyncOptions.builder().writeSyncingStatus(true).build());

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.crm.updates()).hasSize(2);
    CrmChange syncing = f.crm.updates().get(0);
    assertThat(syncing.stateFields()).containsExactly(SyncField.STATUS);
    assertThat(syncing.state().status()).isEqualTo(SyncStatus.SYNCING);
    assertThat(f.crm.expectedVersions().get(1)).contains(8L);
    assertThat(f.crm.record().state().status()).isEqualTo(SyncStatus.CLEAN);
    assertThat(statusSeenByPlanner).startsWith(SyncStatus.SYNCING);
  }

  @Test
  void sendsTheRowIdHashInASecondUpdateAfterTheEntryWritesInLegacyMode() {
    Fixture f = Fixture.synced();
    Plan plan =
        Plans.plan()
            .emails(OLD_EMAIL, NEW_EMAIL)
            .create(1, "+49 511 900003")
            .hash(NEW_HASH)
            .build();
    SyncOptions legacy = SyncOptions.builder().hashMode(HashMode.LEGACY_ROW_IDS).build();

    RunResult result = f.sync(ScriptedPlanner.of(plan, Plans.empty(NEW_HASH)), legacy);

    assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(f.crm.updates()).hasSize(2);
    assertThat(f.crm.updates().get(0).stateFields()).doesNotContain(SyncField.HASH);
    assertThat(f.crm.updates().get(1).stateFields()).contains(SyncField.HASH);
    assertThat(f.crm.updates().get(1).emails()).isNull();
    assertThat(f.crm.record().state().hash())
        .isEqualTo(CommunicationHash.legacy(f.party.entries()));
    assertThat(result.calls().partyReads()).isEqualTo(2);
    assertThat(f.log.starts(CallKind.UPDATE_RECORD).get(1).seq())
        .isGreaterThan(f.log.ends(CallKind.CREATE_ENTRY).get(0).seq());
  }

  @Test
  void computesTheLegacyHashFromTheReadPartyWhenNoEntryIsWritten() {
    Fixture f = Fixture.synced();
    SyncOptions legacy = SyncOptions.builder().hashMode(HashMode.LEGACY_ROW_IDS).build();

    RunResult result = f.sync(ScriptedPlanner.of(addsAnna(), Plans.empty(NEW_HASH)), legacy);

    assertThat(f.crm.updates()).hasSize(1);
    assertThat(f.crm.record().state().hash())
        .isEqualTo(CommunicationHash.legacy(f.party.entries()));
    assertThat(result.calls().partyReads()).isEqualTo(2);
  }
}
