package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static de.kommsync.plan.Fixtures.slot;
import static de.kommsync.plan.Fixtures.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.model.Kind;
import de.kommsync.plan.ValueChange.Change;
import org.junit.jupiter.api.Test;

/** The first sync merges both sides as a union (SPEC section 7). */
class FirstSyncTest {

  @Test
  void mergesBothSidesAsAUnion() {
    Plan plan =
        plan(
            party(entry(1, "a@example.com", "A"), entry(2, "b@example.com", null)),
            crm(primaryEmail("b@example.com"), email("c@example.com")));

    assertThat(plan.firstSync()).isTrue();
    assertThat(crmWrite(plan).changes()).extracting(ValueChange::change).containsOnly(Change.ADDED);
    assertThat(crmWrite(plan).emails())
        .containsExactly(
            primaryEmail("b@example.com"), email("c@example.com"), email("a@example.com"));
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::variant)
        .containsExactly(tuple(1L, Variant.VAR4_NEW_IN_PARTY_SYSTEM), tuple(2L, Variant.MATCHED));
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::value)
        .containsExactly(tuple(Kind.BUSINESS_EMAIL, "c@example.com"));
  }

  @Test
  void treatsSlotMarkersAloneAsAFirstSync() {
    Plan plan = plan(party(entry(1, "", slot(4))), crm(primaryEmail("c@example.com")));

    assertThat(plan.firstSync()).isTrue();
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(tuple(1L, marker("c@example.com", 4)));
  }

  @Test
  void isNoFirstSyncOnceAnEntryCarriesAValueMarker() {
    Plan plan = plan(party(entry(1, "a@example.com", marker("a@example.com", 4))), crm());

    assertThat(plan.firstSync()).isFalse();
  }

  @Test
  void neitherDeletesNorOverwritesOnAFirstSync() {
    Plan plan =
        plan(
            party(entry(1, "0511 111", null), entry(2, "0511 222", "[ESPOCRM:kaputt]")),
            crm(Fixtures.primaryPhone("+49511333", de.kommsync.model.PhoneType.MOBILE)));

    assertThat(plan.firstSync()).isTrue();
    assertThat(crmWrite(plan).changes()).extracting(ValueChange::change).containsOnly(Change.ADDED);
    assertThat(updates(plan.operations()))
        .allSatisfy(update -> assertThat(update.value()).isNotEmpty());
    assertThat(plan.guard()).isNull();
  }
}
