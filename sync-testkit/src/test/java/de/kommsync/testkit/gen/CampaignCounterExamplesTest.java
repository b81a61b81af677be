package de.kommsync.testkit.gen;

import static de.kommsync.ConflictPolicy.CRM_WINS;
import static de.kommsync.ConflictPolicy.KEEP_BOTH;
import static de.kommsync.ConflictPolicy.PARTY_SYSTEM_WINS;
import static de.kommsync.Direction.BOTH;
import static de.kommsync.Direction.TO_CRM;
import static de.kommsync.Direction.TO_PARTY_SYSTEM;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.kommsync.model.Channel;
import de.kommsync.model.PhoneType;
import de.kommsync.testkit.FaultPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counter-examples the 100,000-history campaigns found, shrunk, each fixed at its root: runs of one
 * direction between edits on both sides, markers a run left unwritten while the CRM no longer held
 * their value, a conflict whose resolution did not fit the remark, a lost answer during a move (the
 * answer lost depends on the order of parallel writes, so that example covers several interruptions
 * of the same move).
 */
class CampaignCounterExamplesTest {

  private static History.Step step(RunSpec run, Edit... edits) {
    return new History.Step(List.of(edits), run);
  }

  private static RunSpec run(de.kommsync.Direction direction, de.kommsync.ConflictPolicy policy) {
    return new RunSpec(direction, policy, false, null);
  }

  @Test
  void aBothRunAfterOneDirectionRunsRemovesNoCrmValueWithoutReason() {
    Start start =
        new Start(
            List.of(new Start.StartEntry(233, 1, 0, false), new Start.StartEntry(24, 0, 10, false)),
            List.of(),
            5,
            false,
            175,
            false);
    History history =
        new History(
            start,
            List.of(
                step(run(BOTH, CRM_WINS), new Edit.DuplicateEntry(4, 8, 4)),
                step(
                    run(TO_CRM, PARTY_SYSTEM_WINS),
                    new Edit.CrmFlags(11, true, false),
                    new Edit.CrmChange(1, 201),
                    new Edit.ChangeEntry(52, 158)),
                step(
                    run(TO_PARTY_SYSTEM, PARTY_SYSTEM_WINS),
                    new Edit.CrmChange(14, 0),
                    new Edit.BothChange(26, 9, 0),
                    new Edit.CrmAdd(Channel.EMAIL, 26, PhoneType.MOBILE)),
                step(
                    run(BOTH, CRM_WINS),
                    new Edit.CrmAdd(Channel.PHONE, 4, PhoneType.OTHER),
                    new Edit.AddEntry(0, 2, 0),
                    new Edit.AddEntry(2, 39, 59),
                    new Edit.CrmAdd(Channel.PHONE, 186, PhoneType.BUSINESS))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aToPartySystemRunAfterChangesOnBothSidesVerifies() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(148, 49, 7, false),
                new Start.StartEntry(180, 18, 22, false),
                new Start.StartEntry(70, 17, 28, false),
                new Start.StartEntry(8, 32, 33, true),
                new Start.StartEntry(105, 26, 50, false),
                new Start.StartEntry(96, 44, 1, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 18, PhoneType.HOME, true, false),
                new Start.StartValue(Channel.EMAIL, 9, PhoneType.HOME, false, true),
                new Start.StartValue(Channel.PHONE, 11, PhoneType.MOBILE, false, true)),
            45,
            true,
            -372,
            true);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(TO_PARTY_SYSTEM, PARTY_SYSTEM_WINS, true, null),
                    new Edit.CrmChange(25, 186),
                    new Edit.CrmFlags(36, false, false)),
                step(run(TO_CRM, PARTY_SYSTEM_WINS)),
                step(run(TO_CRM, CRM_WINS), new Edit.ChangeEntry(46, 180)),
                step(run(BOTH, PARTY_SYSTEM_WINS)),
                step(run(BOTH, KEEP_BOTH)),
                step(
                    run(TO_PARTY_SYSTEM, CRM_WINS),
                    new Edit.BothChange(39, 218, 15),
                    new Edit.DamageMarker(18, 1),
                    new Edit.CrmChange(7, 187))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aLostAnswerDuringATypeChangeLeavesNoDuplicateAfterTheCleanRun() {
    Start start =
        new Start(
            List.of(new Start.StartEntry(200, 0, 3, false)),
            List.of(
                new Start.StartValue(Channel.EMAIL, 12, PhoneType.FAX, false, false),
                new Start.StartValue(Channel.PHONE, 0, PhoneType.HOME, false, false),
                new Start.StartValue(Channel.EMAIL, 42, PhoneType.BUSINESS, false, false)),
            0,
            false,
            34,
            false);
    RunSpec lostAnswer =
        new RunSpec(BOTH, CRM_WINS, false, new RunSpec.Fault(false, 3, FaultPlan.Timing.AFTER));
    History history =
        new History(
            start,
            List.of(
                step(
                    run(BOTH, CRM_WINS),
                    new Edit.AddEntry(123, 16, 0),
                    new Edit.CrmFlags(0, true, false)),
                step(
                    new RunSpec(
                        BOTH,
                        PARTY_SYSTEM_WINS,
                        true,
                        new RunSpec.Fault(false, 1, FaultPlan.Timing.BEFORE))),
                step(
                    run(BOTH, PARTY_SYSTEM_WINS),
                    new Edit.ReformEntry(5, 2),
                    new Edit.AddEntry(1, 10, 0)),
                step(run(BOTH, CRM_WINS), new Edit.CrmRemove(2), new Edit.EditRemark(38, 0)),
                step(
                    lostAnswer,
                    new Edit.ChangeEntry(13, 162),
                    new Edit.RemoveEntry(43),
                    new Edit.BlankEntry(5),
                    new Edit.CrmType(0, PhoneType.BUSINESS))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void repeatedChangesOnBothSidesUnderKeepBothLoseNoPartyValue() {
    Start start =
        new Start(
            List.of(),
            List.of(
                new Start.StartValue(Channel.PHONE, 9, PhoneType.HOME, false, true),
                new Start.StartValue(Channel.PHONE, 4, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 12, PhoneType.MOBILE, false, false)),
            3,
            false,
            -3,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(BOTH, CRM_WINS, true, null),
                    new Edit.CrmAdd(Channel.PHONE, 32, PhoneType.BUSINESS),
                    new Edit.EditRemark(18, 0)),
                step(
                    run(BOTH, KEEP_BOTH),
                    new Edit.BothChange(0, 0, 52),
                    new Edit.AddEntry(9, 22, 35),
                    new Edit.FillSlot(50, 82),
                    new Edit.DuplicateEntry(19, 7, 5)),
                step(
                    run(BOTH, KEEP_BOTH),
                    new Edit.CrmChange(25, 12),
                    new Edit.BothChange(46, 118, 10)),
                step(
                    run(BOTH, KEEP_BOTH),
                    new Edit.CrmAdd(Channel.PHONE, 2, PhoneType.BUSINESS),
                    new Edit.EditRemark(26, 1),
                    new Edit.ChangeEntry(10, 20),
                    new Edit.ChangeEntry(33, 81)),
                step(run(BOTH, PARTY_SYSTEM_WINS))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aChangeBackToAValueWhoseMarkerDidNotFitKeepsTheCrmValue() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(69, 0, 3, false),
                new Start.StartEntry(1, 0, 1, false),
                new Start.StartEntry(58, 23, 2, false)),
            List.of(),
            26,
            false,
            -744,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    run(BOTH, PARTY_SYSTEM_WINS),
                    new Edit.AddEntry(35, 8, 23),
                    new Edit.CrmRemove(44),
                    new Edit.CrmChange(4, 0),
                    new Edit.AddEntry(57, 15, 56)),
                step(
                    run(BOTH, CRM_WINS),
                    new Edit.BothChange(22, 50, 24),
                    new Edit.ReformEntry(52, 0),
                    new Edit.CrmFlags(4, false, false),
                    new Edit.CrmAdd(Channel.PHONE, 7, PhoneType.MOBILE)),
                step(
                    run(BOTH, CRM_WINS),
                    new Edit.CrmChange(22, 22),
                    new Edit.AddEntry(15, 2, 0),
                    new Edit.CrmPrimary(41)),
                step(
                    run(BOTH, PARTY_SYSTEM_WINS),
                    new Edit.EditRemark(0, 14),
                    new Edit.CrmAdd(Channel.PHONE, 94, PhoneType.BUSINESS),
                    new Edit.ChangeEntry(45, 9)),
                step(run(BOTH, PARTY_SYSTEM_WINS), new Edit.AddEntry(0, 14, 1))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aChangeOnBothSidesAfterARunTowardsTheCrmVerifies() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(140, 3, 28, false),
                new Start.StartEntry(141, 22, 7, false),
                new Start.StartEntry(70, 0, 45, false),
                new Start.StartEntry(54, 4, 35, false),
                new Start.StartEntry(3, 6, 31, false),
                new Start.StartEntry(9, 4, 22, false),
                new Start.StartEntry(63, 0, 4, false),
                new Start.StartEntry(1, 1, 4, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 26, PhoneType.BUSINESS, false, true),
                new Start.StartValue(Channel.PHONE, 36, PhoneType.BUSINESS, true, false),
                new Start.StartValue(Channel.EMAIL, 64, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 31, PhoneType.MOBILE, false, false)),
            54,
            false,
            -115,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    run(TO_CRM, CRM_WINS),
                    new Edit.CrmAdd(Channel.PHONE, 5, PhoneType.BUSINESS),
                    new Edit.AddEntry(65, 6, 35)),
                step(run(BOTH, PARTY_SYSTEM_WINS), new Edit.BothChange(23, 256, 7))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aForcedRunAfterALostAnswerAndChangesOnBothSidesVerifies() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(236, 1, 8, false),
                new Start.StartEntry(226, 0, 9, false),
                new Start.StartEntry(114, 0, 4, false),
                new Start.StartEntry(136, 46, 23, false)),
            List.of(new Start.StartValue(Channel.EMAIL, 5, PhoneType.BUSINESS, false, false)),
            1,
            false,
            275,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(
                        BOTH, CRM_WINS, false, new RunSpec.Fault(false, 6, FaultPlan.Timing.AFTER)),
                    new Edit.FillSlot(39, 0),
                    new Edit.DuplicateEntry(4, 38, 50),
                    new Edit.EditRemark(55, 7)),
                step(
                    new RunSpec(
                        BOTH,
                        PARTY_SYSTEM_WINS,
                        true,
                        new RunSpec.Fault(true, 1, FaultPlan.Timing.BEFORE)),
                    new Edit.ChangeEntry(51, 56),
                    new Edit.CrmChange(52, 51),
                    new Edit.EditRemark(0, 7),
                    new Edit.AddEntry(21, 4, 9))));

    assertThatCode(() -> Player.play(history)).doesNotThrowAnyException();
  }

  @Test
  void aRunTowardsTheCrmAfterChangesOnBothSidesVerifiesUnderPartySystemWins() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(169, 11, 51, false), new Start.StartEntry(34, 23, 2, false)),
            List.of(
                new Start.StartValue(Channel.EMAIL, 18, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.PHONE, 31, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.PHONE, 51, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.PHONE, 16, PhoneType.BUSINESS, false, false),
                new Start.StartValue(Channel.EMAIL, 46, PhoneType.MOBILE, false, false)),
            40,
            false,
            17,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(
                        BOTH,
                        CRM_WINS,
                        false,
                        new RunSpec.Fault(false, 0, FaultPlan.Timing.BEFORE))),
                step(run(BOTH, KEEP_BOTH)),
                step(
                    new RunSpec(
                        BOTH, CRM_WINS, true, new RunSpec.Fault(true, 3, FaultPlan.Timing.BEFORE)),
                    new Edit.BothChange(5, 8, 66),
                    new Edit.CrmAdd(Channel.PHONE, 85, PhoneType.MOBILE),
                    new Edit.BlankEntry(10)),
                step(
                    run(TO_CRM, PARTY_SYSTEM_WINS),
                    new Edit.CrmFlags(6, true, false),
                    new Edit.BothChange(45, 158, 6),
                    new Edit.BothChange(30, 142, 46)),
                step(run(BOTH, CRM_WINS), new Edit.FillSlot(10, 0))));

    assertThatCode(() -> Player.play(history, 20)).doesNotThrowAnyException();
  }

  @Test
  void anEntryChangedToAnEMailWhoseMarkerFitsOnlyWithTheEMailKindVerifies() {
    Start start =
        new Start(
            List.of(new Start.StartEntry(107, 56, 8, false)),
            List.of(
                new Start.StartValue(Channel.PHONE, 49, PhoneType.OTHER, false, false),
                new Start.StartValue(Channel.EMAIL, 56, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.EMAIL, 29, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.PHONE, 7, PhoneType.HOME, false, false),
                new Start.StartValue(Channel.PHONE, 53, PhoneType.MOBILE, false, false),
                new Start.StartValue(Channel.PHONE, 43, PhoneType.FAX, false, false)),
            49,
            false,
            598,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(BOTH, KEEP_BOTH, true, null),
                    new Edit.CrmAdd(Channel.PHONE, 26, PhoneType.OTHER)),
                step(
                    new RunSpec(TO_CRM, PARTY_SYSTEM_WINS, true, null), new Edit.EditRemark(6, 59)),
                step(
                    run(BOTH, PARTY_SYSTEM_WINS),
                    new Edit.BothChange(55, 226, 156),
                    new Edit.ChangeEntry(17, 251),
                    new Edit.ChangeEntry(38, 207)),
                step(
                    run(BOTH, PARTY_SYSTEM_WINS),
                    new Edit.ChangeEntry(16, 167),
                    new Edit.CrmRemove(32)),
                step(run(BOTH, KEEP_BOTH)),
                step(run(BOTH, KEEP_BOTH), new Edit.CrmRemove(32), new Edit.FillSlot(0, 106))));

    assertThatCode(() -> Player.play(history, 20)).doesNotThrowAnyException();
  }

  /**
   * Seed 61000065: a person typed a well-formed marker into a remark and copied it onto an entry
   * whose value the CRM cannot take. The sync cannot tell such a marker from its own (SPEC 4) and
   * removes the value it names as SPEC 6 says; the player counts that person's edit as the reason
   * (it did not, and reported a loss without reason).
   */
  @Test
  void aMarkerAPersonWroteByHandIsTheReasonForTheRemovalItCauses() {
    Start start =
        new Start(
            List.of(
                new Start.StartEntry(26, 1, 47, false), new Start.StartEntry(68, 57, 11, false)),
            List.of(new Start.StartValue(Channel.PHONE, 0, PhoneType.MOBILE, false, false)),
            25,
            false,
            -159,
            false);
    History history =
        new History(
            start,
            List.of(
                step(
                    new RunSpec(BOTH, CRM_WINS, true, null),
                    new Edit.FillSlot(21, 47),
                    new Edit.EditRemark(33, 32),
                    new Edit.CrmChange(1, 1),
                    new Edit.BothChange(2, 5, 113)),
                step(run(BOTH, CRM_WINS), new Edit.ChangeEntry(29, 158)),
                step(
                    run(TO_PARTY_SYSTEM, PARTY_SYSTEM_WINS),
                    new Edit.BothChange(33, 7, 251),
                    new Edit.FillSlot(31, 40)),
                step(
                    run(BOTH, CRM_WINS),
                    new Edit.AddEntry(32, 1, 0),
                    new Edit.EditRemark(13, 2),
                    new Edit.ChangeEntry(24, 44)),
                step(
                    new RunSpec(
                        BOTH,
                        KEEP_BOTH,
                        false,
                        new RunSpec.Fault(false, 12, FaultPlan.Timing.BEFORE)),
                    new Edit.CrmAdd(Channel.EMAIL, 21, PhoneType.FAX)),
                step(
                    run(BOTH, KEEP_BOTH),
                    new Edit.CopyRemark(0, 1),
                    new Edit.AddEntry(5, 4, 0),
                    new Edit.DuplicateEntry(23, 4, 41),
                    new Edit.DamageMarker(0, 0))));

    assertThatCode(() -> Player.play(history, 20)).doesNotThrowAnyException();
  }
}
