package de.kommsync.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.longRange;

import de.kommsync.lifecycle.ChangeComparison;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Clocks: the CRM's clock minutes away from the host's, and the party system's change time in
 * Berlin local time around both daylight-saving switches.
 */
class ClockPropertiesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant SPRING = Instant.parse("2026-03-29T01:00:00Z");
  private static final Instant AUTUMN = Instant.parse("2026-10-25T01:00:00Z");

  @Test
  void historiesWithTheCrmClockMinutesAwayKeepEveryInvariant() {
    Gen<History> skewed =
        HistoryGen.histories(5, 0)
            .zip(
                longRange(-3600, 3600),
                booleans(),
                (h, skew, dst) ->
                    new History(
                        new Start(
                            h.start().entries(),
                            h.start().crmValues(),
                            h.start().primaryPick(),
                            h.start().optimisticConcurrency(),
                            skew,
                            dst),
                        h.steps()));

    Histories.qt(8).forAll(skewed).checkAssert(Player::play);
  }

  @Test
  void aPartyChangeAfterTheLastSyncIsNeverMissedAroundTheSwitches() {
    ChangeComparison comparison = ChangeComparison.defaults();
    Gen<Instant> aroundSwitch =
        booleans()
            .zip(
                longRange(-3 * 3600, 3 * 3600),
                (spring, offset) -> (spring ? SPRING : AUTUMN).plusSeconds(offset));

    Histories.qt(1)
        .forAll(aroundSwitch, longRange(11, 4 * 3600))
        .checkAssert(
            (lastSync, later) -> {
              Instant change = lastSync.plusSeconds(later);
              LocalDateTime local = LocalDateTime.ofInstant(change, BERLIN);

              boolean changed = comparison.partyChanged(synced(lastSync), null, local);

              assertThat(changed).as("change at %s after sync at %s", change, lastSync).isTrue();
            });
  }

  @Test
  void aPartyChangeWellBeforeTheLastSyncIsNotTakenForANewOne() {
    ChangeComparison comparison = ChangeComparison.defaults();
    Gen<Instant> aroundSwitch =
        booleans()
            .zip(
                longRange(-3 * 3600, 3 * 3600),
                (spring, offset) -> (spring ? SPRING : AUTUMN).plusSeconds(offset));

    Histories.qt(1)
        .forAll(aroundSwitch, longRange(3601, 6 * 3600))
        .checkAssert(
            (lastSync, earlier) -> {
              LocalDateTime local = LocalDateTime.ofInstant(lastSync.minusSeconds(earlier), BERLIN);

              boolean changed = comparison.partyChanged(synced(lastSync), null, local);

              assertThat(changed).isFalse();
            });
  }

  @Test
  void theRunsOwnUpdateIsNotACrmChangeWhenTheToleranceCoversTheSkew() {
    Duration skew = Duration.ofMinutes(7);
    ChangeComparison comparison = new ChangeComparison(skew.plusSeconds(10), BERLIN);
    Instant hostNow = Instant.parse("2026-06-01T08:00:00Z");

    boolean changed = comparison.crmChanged(synced(hostNow), hostNow.plus(skew));

    assertThat(changed).isFalse();
  }

  private static SyncState synced(Instant lastSync) {
    return new SyncState(SyncStatus.CLEAN, 0, null, null, null, lastSync, null, "0123456789abcdef");
  }
}
