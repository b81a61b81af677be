package de.kommsync.testkit.gen;

import static de.kommsync.ConflictPolicy.CRM_WINS;
import static de.kommsync.ConflictPolicy.KEEP_BOTH;
import static de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS;
import static de.kommsync.Direction.BOTH;
import static de.kommsync.Direction.TO_CRM;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.kommsync.model.Channel;
import de.kommsync.model.PhoneType;
import de.kommsync.testkit.FaultPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shrunk counter-example the history properties found, kept as a plain example. */
class ShrunkExamplesTest {

  private static RunSpec both() {
    return new RunSpec(BOTH, CRM_WINS, false, null);
  }

  private static History.Step step(RunSpec run, Edit... edits) {
    return new History.Step(List.of(edits), run);
  }

  @Test
  void valuesChangedAcrossChannelsAndAgainOnBothSidesCreateNoDuplicate() {
    Start start =
        new Start(
            List.of(new Start.StartEntry(43, 0, 0, false), new Start.StartEntry(60, 0, 1, false)),
            List.of(new Start.StartValue(Channel.EMAIL, 4, PhoneType.BUSINESS, false, false)),
            63,
            false,
            1,
            true);
    History history =
        new History(
            start,
            List.of(
                step(new RunSpec(TO_CRM, CRM_WINS, false, null)),
                step(both(), new Edit.AddEntry(22, 0, 8), new Edit.ChangeEntry(2, 29)),
                step(both(), new Edit.BlankEntry(0)),
                step(both(), new Edit.BothChange(6, 194, 5)),
                step(
                    both(),
                    new Edit.ChangeEntry(0, 2),
                    new Edit.ChangeEntry(4, 0),
                    new Edit.CrmChange(0, 0))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void bothSidesChangingWhileTheCrmKeepsTheOldNumberConvergesUnderPartySystemWins() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(256, 10, 16, true),
                new Start.StartEntry(0, 0, 0, false),
                new Start.StartEntry(5, 0, 0, false),
                new Start.StartEntry(8, 0, 0, false),
                new Start.StartEntry(38, 1, 23, false),
                new Start.StartEntry(2, 0, 0, false),
                new Start.StartEntry(40, 6, 29, false),
                new Start.StartEntry(4, 19, 2, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 9, PhoneType.HOME, false, false),
                new Start.StartValue(Channel.PHONE, 21, PhoneType.OTHER, false, false),
                new Start.StartValue(Channel.PHONE, 3, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.EMAIL, 6, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 4, PhoneType.BUSINESS, false, false)),
            2,
            false,
            1,
            false);
    RunSpec faulty =
        new RunSpec(BOTH, CRM_WINS, false, new RunSpec.Fault(false, 3, FaultPlan.Timing.BEFORE));
    History history =
        new History(
            start,
            List.of(
                step(faulty, new Edit.BothChange(1, 107, 2)),
                step(
                    new RunSpec(BOTH, PARTY_SYSTEM_WINS, false, null),
                    new Edit.AddEntry(0, 0, 2),
                    new Edit.AddEntry(4, 1, 3),
                    new Edit.BothChange(0, 1, 5),
                    new Edit.AddEntry(0, 0, 0))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void changingAnEntryToTheValueOfALongRemarkedEntryLosesNothingInTheCrm() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(37, 5, 35, false),
                new Start.StartEntry(175, 9, 1, false),
                new Start.StartEntry(88, 0, 6, false),
                new Start.StartEntry(2, 1, 12, false),
                new Start.StartEntry(0, 3, 0, false),
                new Start.StartEntry(48, 0, 1, false),
                new Start.StartEntry(91, 10, 0, false),
                new Start.StartEntry(63, 3, 6, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 9, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 0, PhoneType.FAX, false, false),
                new Start.StartValue(Channel.PHONE, 7, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 14, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.EMAIL, 40, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 0, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 7, PhoneType.MOBILE, false, false)),
            0,
            false,
            175,
            false);
    History history =
        new History(
            start,
            List.of(
                step(new RunSpec(BOTH, PARTY_SYSTEM_WINS, false, null)),
                step(new RunSpec(BOTH, CRM_WINS, true, null), new Edit.ChangeEntry(50, 129)),
                step(both()),
                step(both(), new Edit.ChangeEntry(0, 0))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aToCrmRunAfterAChangeOnBothSidesVerifies() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(7, 1, 0, false),
                new Start.StartEntry(118, 2, 15, false),
                new Start.StartEntry(226, 0, 0, false),
                new Start.StartEntry(11, 1, 8, false),
                new Start.StartEntry(12, 14, 12, false),
                new Start.StartEntry(10, 0, 7, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 5, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.EMAIL, 0, PhoneType.BUSINESS, false, false)),
            1,
            false,
            -49,
            false);
    History history =
        new History(
            start,
            List.of(
                step(both(), new Edit.AddEntry(48, 27, 1)),
                step(new RunSpec(BOTH, CRM_WINS, true, null), new Edit.ChangeEntry(3, 42)),
                step(
                    both(),
                    new Edit.CrmAdd(Channel.EMAIL, 33, PhoneType.BUSINESS),
                    new Edit.CrmFlags(0, false, true),
                    new Edit.BlankEntry(14),
                    new Edit.CrmFlags(4, false, true)),
                step(both(), new Edit.ReformEntry(12, 7), new Edit.FillSlot(1, 90)),
                step(
                    new RunSpec(TO_CRM, CRM_WINS, false, null),
                    new Edit.BothChange(54, 1, 171),
                    new Edit.AddEntry(73, 53, 0))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void repeatedChangesOnBothSidesUnderKeepBothVerify() {
    Start start =
        new Start(
            List.of(),
            List.of(
                new Start.StartValue(Channel.PHONE, 37, PhoneType.HOME, false, true),
                new Start.StartValue(Channel.PHONE, 35, PhoneType.FAX, false, false),
                new Start.StartValue(Channel.EMAIL, 62, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.PHONE, 5, PhoneType.OTHER, false, false)),
            61,
            true,
            -241,
            false);
    History history =
        new History(
            start,
            List.of(
                step(new RunSpec(BOTH, KEEP_BOTH, false, null), new Edit.CopyRemark(10, 24)),
                step(
                    new RunSpec(BOTH, PARTY_SYSTEM_WINS, false, null),
                    new Edit.AddEntry(232, 49, 48),
                    new Edit.BothChange(59, 45, 232),
                    new Edit.CrmFlags(30, true, false)),
                step(
                    new RunSpec(BOTH, KEEP_BOTH, false, null),
                    new Edit.ChangeEntry(5, 228),
                    new Edit.ChangeEntry(41, 21),
                    new Edit.BothChange(26, 23, 232),
                    new Edit.AddEntry(123, 4, 4))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }
}
