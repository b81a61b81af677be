package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.onlyUpdate;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.SyncOptions;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import org.junit.jupiter.api.Test;

/** Remarks: marker plus user text, the length limit, malformed markers (SPEC section 4). */
class RemarkTest {

  @Test
  void keepsUserTextByteForByteAfterTheMarker() {
    String text = "  [Zentrale] ünïcode ]]";

    Plan plan = plan(party(entry(1, "0511 123", text)), crm());

    assertThat(onlyUpdate(plan).remark()).isEqualTo(marker("0511 123", 1) + " " + text);
  }

  @Test
  void skipsValueWhoseMarkerWouldNotFitTheRemark() {
    SyncOptions options = SyncOptions.builder().remarkMaxLength(30).build();

    Plan plan = plan(party(entry(1, "0511 123456", "eine lange Bemerkung")), crm(), options);

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped())
        .extracting(Skip::entryId, Skip::reason)
        .containsExactly(tuple(1L, SkipReason.REMARK_TOO_LONG));
  }

  @Test
  void neitherMarksNorRecreatesAValueWhoseMarkerWouldNotFit() {
    SyncOptions options = SyncOptions.builder().remarkMaxLength(20).build();

    Plan plan =
        plan(
            party(entry(1, "0511 123456", "eine lange Bemerkung")),
            crm(primaryPhone("+49511123456", PhoneType.BUSINESS)),
            options);

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped())
        .extracting(Skip::entryId, Skip::reason)
        .containsExactly(tuple(1L, SkipReason.REMARK_TOO_LONG));
  }

  @Test
  void blanksWithUserTextAloneWhenTheSlotMarkerWouldNotFit() {
    String text = "x".repeat(40);
    SyncOptions options = SyncOptions.builder().remarkMaxLength(50).build();

    Plan plan = plan(party(entry(1, "", marked("0511 1", 1, text))), crm(), options);

    assertThat(onlyUpdate(plan).remark()).isEqualTo(text);
    assertThat(plan.notices())
        .extracting(Notice::entryId, Notice::kind)
        .containsExactly(tuple(1L, Notice.Kind.SLOT_MARKER_DROPPED));
  }

  @Test
  void reportsMalformedMarkerAndTreatsTheEntryAsUnmarked() {
    String remark = "[ESPOCRM:bm9wZQ==:13] Text";

    Plan plan = plan(party(entry(1, "0511 123", remark)), crm());

    assertThat(onlyUpdate(plan).remark()).isEqualTo(marker("0511 123", 1) + " " + remark);
    assertThat(plan.notices())
        .extracting(Notice::entryId, Notice::kind)
        .containsExactly(tuple(1L, Notice.Kind.MALFORMED_MARKER));
  }

  @Test
  void neverReadsAMalformedMarkerAsADeletion() {
    Plan plan =
        plan(
            party(entry(1, "", "[ESPOCRM:MDUxMSAxMjM=:1")),
            crm(primaryPhone("+49511123", PhoneType.BUSINESS)));

    assertThat(plan.crmWrite()).isEmpty();
    assertThat(Fixtures.creates(plan.operations())).hasSize(1);
  }

  @Test
  void writesOnlineFlagOfTheKind() {
    Plan plan = plan(party(entry(1, "a@example.com", null), entry(2, "0511 1234", null)), crm());

    assertThat(Fixtures.updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::online)
        .containsExactly(tuple(1L, true), tuple(2L, false));
  }

  @Test
  void neverWritesKindFiveIntoAMarker() {
    Plan plan = plan(party(entry(1, "https://example.com", slot(1), 5)), crm());

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.KIND_NOT_SYNCED);
  }

  @Test
  void rebasesTheMarkerOfAChangedEntryWhoseNewMarkerDoesNotFitWhenTheCrmLostTheOldValue() {
    String text = "x".repeat(228);
    PartySnapshot party = party(entry(1, "0171 2345678", marked("0511 123", 1, text)));

    Plan plan = plan(party, crm());

    assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.REMARK_TOO_LONG);
    assertThat(onlyUpdate(plan).variant()).isEqualTo(Variant.MARKER_REBASED);
    assertThat(onlyUpdate(plan).value()).isEqualTo("0171 2345678");
    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(1, text));
  }

  @Test
  void leavesARemarkLongerThanTheLimitAloneWhenItCannotRebaseTheMarker() {
    String text = "x".repeat(300);
    PartySnapshot party = party(entry(1, "0171 2345678", marked("0511 123", 1, text)));

    Plan plan = plan(party, crm());

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.REMARK_TOO_LONG);
  }
}
