package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.email;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.updates;
import static de.kommsync.plan.Fixtures.withoutHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lists sent to the CRM: flags, primary, types, forms, duplicates and capacity (SPEC 6). */
class CrmListTest {

  @Test
  void addsNewValueAsNonPrimaryAndKeepsTheOthersFlagsAndTypes() {
    CrmValue kept = CrmValue.email("Post@Mueller-Privat.de", true, true, false);
    Plan plan =
        plan(
            party(
                entry(1, "Post@Mueller-Privat.de", marker("Post@Mueller-Privat.de", 8)),
                entry(2, "neu@example.com", null)),
            crm(kept));

    assertThat(crmWrite(plan).emails()).containsExactly(kept, email("neu@example.com"));
  }

  @Test
  void makesTheFirstValueAddedToAnEmptyListPrimary() {
    Plan plan =
        plan(party(entry(1, "a@example.com", null), entry(2, "b@example.com", null)), crm());

    assertThat(crmWrite(plan).emails())
        .containsExactly(primaryEmail("a@example.com"), email("b@example.com"));
  }

  @Test
  void makesTheFirstRemainingStoredValuePrimaryWhenThePrimaryIsRemoved() {
    Plan plan =
        plan(
            party(
                entry(1, "", marker("a@example.com", 4)),
                entry(2, "b@example.com", marker("b@example.com", 4)),
                entry(3, "c@example.com", null)),
            crm(primaryEmail("a@example.com"), email("b@example.com")));

    assertThat(crmWrite(plan).emails())
        .containsExactly(primaryEmail("b@example.com"), email("c@example.com"));
  }

  @Test
  void collapsesCrmDuplicatesKeepingTheFirstOccurrence() {
    CrmRules loose = new CrmRules(false, EnumSet.allOf(PhoneType.class), 10, 10, 36, 254);
    Plan plan =
        plan(
            party(entry(1, "0511 123456", marker("0511 123456", 1)), entry(2, "0511 999", null)),
            crm(
                phone("0511 123456", PhoneType.BUSINESS),
                primaryPhone("0511-123456", PhoneType.MOBILE)),
            loose);

    assertThat(crmWrite(plan).phones())
        .containsExactly(
            primaryPhone("0511 123456", PhoneType.BUSINESS), phone("0511 999", PhoneType.BUSINESS));
    assertThat(plan.notices())
        .extracting(Notice::kind)
        .containsExactly(Notice.Kind.DUPLICATE_IN_CRM);
  }

  @Test
  void writesPhonesInE164WhenTheCrmRequiresIt() {
    Plan plan = plan(party(entry(1, "0511/123456", null)), crm());

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511123456", PhoneType.BUSINESS));
    assertThat(updates(plan.operations()).get(0).remark()).isEqualTo(marker("0511/123456", 1));
  }

  @Test
  void writesPhonesWithForbiddenCharactersAsSpacesWhenTheCrmStoresThemVerbatim() {
    CrmRules loose = new CrmRules(false, EnumSet.allOf(PhoneType.class), 10, 10, 36, 254);

    Plan plan = plan(party(entry(1, "0511/123456", null)), crm(), loose);

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("0511 123456", PhoneType.BUSINESS));
  }

  @Test
  void writesEmailDomainsAsPunycode() {
    Plan plan = plan(party(entry(1, "info@müller.de", null)), crm());

    assertThat(crmWrite(plan).emails()).containsExactly(primaryEmail("info@xn--mller-kva.de"));
  }

  @Test
  void writesPrivatePhoneAsOtherWhereTheCrmHasNoHome() {
    Plan plan = plan(party(entry(1, "0511 123456", null, 6)), crm(), withoutHome());

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511123456", PhoneType.OTHER));
    assertThat(updates(plan.operations()).get(0).remark()).isEqualTo(marker("0511 123456", 6));
  }

  @Test
  void skipsPhoneWhoseTypeAndOtherTheCrmDoesNotAllow() {
    CrmRules narrow =
        new CrmRules(true, EnumSet.of(PhoneType.MOBILE, PhoneType.FAX), 10, 10, 36, 254);

    Plan plan = plan(party(entry(1, "0511 123456", null)), crm(), narrow);

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.skipped())
        .extracting(Skip::entryId, Skip::reason)
        .containsExactly(tuple(1L, SkipReason.PHONE_TYPE_NOT_ALLOWED));
  }

  @Test
  void sendsOnlyTheListThatChanges() {
    Plan plan =
        plan(
            party(
                entry(1, "0511 123456", marker("0511 123456", 1)), entry(2, "a@example.com", null)),
            crm(primaryPhone("+49511123456", PhoneType.BUSINESS)));

    assertThat(crmWrite(plan).phones()).isNull();
    assertThat(crmWrite(plan).emails()).containsExactly(primaryEmail("a@example.com"));
  }

  @Test
  void keepsValuesInTheCrmAndAddsOnlyWhatFitsInPartyOrder() {
    CrmRules two = new CrmRules(true, EnumSet.allOf(PhoneType.class), 2, 10, 36, 254);
    Plan plan =
        plan(
            party(
                entry(1, "c@example.com", null),
                entry(2, "b@example.com", null),
                entry(3, "a@example.com", null)),
            crm(primaryEmail("x@example.com")),
            two);

    assertThat(crmWrite(plan).emails())
        .containsExactly(primaryEmail("x@example.com"), email("c@example.com"));
    assertThat(updates(plan.operations())).extracting(UpdateEntry::entryId).containsExactly(1L);
    assertThat(plan.skipped())
        .filteredOn(skip -> skip.reason() == SkipReason.CRM_LIST_FULL)
        .extracting(Skip::entryId)
        .containsExactly(2L, 3L);
  }

  @Test
  void countsRoomFreedByRemovalsTowardsTheLimit() {
    CrmRules one = new CrmRules(true, EnumSet.allOf(PhoneType.class), 1, 10, 36, 254);
    Plan plan =
        plan(
            party(entry(1, "", marker("x@example.com", 4)), entry(2, "a@example.com", null)),
            crm(primaryEmail("x@example.com")),
            one);

    assertThat(crmWrite(plan).emails()).containsExactly(primaryEmail("a@example.com"));
    assertThat(plan.skipped()).isEmpty();
  }

  @Test
  void neverChangesAKeptValuesFlagsOrType() {
    CrmValue flagged =
        new CrmValue(
            de.kommsync.model.Channel.PHONE,
            "+4930111",
            PhoneType.OTHER,
            "Pager",
            false,
            true,
            true);
    Plan plan =
        plan(
            party(
                entry(1, "030 111", marked("030 111", 10, "")),
                entry(2, "0511 777", marked("0511 123", 1, ""))),
            crm(flagged, primaryPhone("+49511123", PhoneType.BUSINESS)));

    assertThat(crmWrite(plan).phones())
        .containsExactly(flagged, primaryPhone("+49511777", PhoneType.BUSINESS));
  }
}
