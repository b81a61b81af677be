package de.kommsync.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PhoneType;
import de.kommsync.testkit.CallKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person edits the CRM record while a run is going on: between the run's read and its update.
 * With optimistic concurrency the edit may land before any CRM call of the run (read, update,
 * verification read); without it, before the first read or the re-read that precedes the update (an
 * edit between that re-read and the update itself cannot be seen by any client without version
 * checks). Nothing the person wrote is lost.
 */
class ConcurrentEditTest {

  private static final RunSpec BOTH =
      new RunSpec(Direction.BOTH, ConflictPolicy.CRM_WINS, false, null);
  private static final String ADDED_PHONE = "+49 761 203040";
  private static final String ADDED_KEY = "+49761203040";

  static Stream<Arguments> positions() {
    List<Arguments> cases = new ArrayList<>();
    for (int index = 0; index < 3; index++) {
      cases.add(Arguments.of(true, index));
    }
    cases.add(Arguments.of(false, 0));
    cases.add(Arguments.of(false, 1));
    return cases.stream();
  }

  @ParameterizedTest(name = "optimistic concurrency {0}, before CRM call {1}")
  @MethodSource("positions")
  void aPhoneAddedInTheCrmDuringARunIsKeptAndReachesTheParty(boolean occ, int callIndex) {
    Sandbox sandbox = synced(occ);
    long entry = sandbox.partyNow().entries().get(0).id();
    sandbox.partySystem().setValue(Sandbox.PARTY_ID, entry, "030 4455667");
    sandbox
        .crm()
        .faults()
        .beforeCall(
            call -> call.kind() != CallKind.CRM_SETTINGS && call.index() == callIndex,
            () -> sandbox.crm().addPhone(Sandbox.RECORD_ID, ADDED_PHONE, PhoneType.MOBILE));

    RunResult during = sandbox.run(BOTH);
    RunResult after = sandbox.run(BOTH);

    assertThat(during.outcome()).isIn(RunOutcome.SUCCESS, RunOutcome.VERIFICATION_FAILED);
    assertThat(after.isFailure()).isFalse();
    assertThat(crmKeys(sandbox)).contains(ADDED_KEY, "+49304455667");
    assertThat(partyValues(sandbox)).contains("+49761203040");
    assertThat(sandbox.plan(BOTH).operations()).isEmpty();
    sandbox.close();
  }

  private static Sandbox synced(boolean occ) {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(index("0511/123456"), 0, 2, false),
                new Start.StartEntry(index("max.mustermann@example.com"), 0, 0, false)),
            List.of(),
            0,
            occ,
            0,
            false);
    Sandbox sandbox = new Sandbox(start, Player.POOL);
    assertThat(sandbox.run(BOTH).outcome()).isEqualTo(RunOutcome.SUCCESS);
    return sandbox;
  }

  private static int index(String text) {
    List<SampleValue> all = SampleValues.all();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).text().equals(text)) {
        return i;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static List<String> crmKeys(Sandbox sandbox) {
    return sandbox.recordNow().values(Channel.PHONE).stream().map(CrmValue::value).toList();
  }

  private static List<String> partyValues(Sandbox sandbox) {
    return sandbox.partyNow().entries().stream().map(PartyEntry::valueOrEmpty).toList();
  }
}
