package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class UnknownKindCodeTest {

  @Test
  void reportsAKindCodeOutsideTheKnownRangeAndDetectsTheKind() {
    Plan plan =
        plan(party(entry(1, "0511 123456", null, 13), entry(2, "a@example.com", null, -4)), crm());

    assertThat(plan.notices())
        .extracting(Notice::entryId, Notice::kind, Notice::detail)
        .containsExactly(
            tuple(
                1L,
                Notice.Kind.UNKNOWN_KIND_CODE,
                "kind code 13 is unknown; the kind is detected as 1"),
            tuple(
                2L,
                Notice.Kind.UNKNOWN_KIND_CODE,
                "kind code -4 is unknown; the kind is detected as 4"));
    assertThat(Fixtures.creates(plan.operations())).isEmpty();
    assertThat(Fixtures.updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(
            tuple(1L, marker("0511 123456", 1)), tuple(2L, marker("a@example.com", 4)));
  }

  @Test
  void reportsNothingForUnreportedOrKnownKindCodes() {
    Plan plan =
        plan(party(entry(1, "0511 123456", null, 0), entry(2, "0171 2345678", null, 3)), crm());

    assertThat(plan.notices()).isEmpty();
  }
}
