package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.onlyUpdate;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryPhone;
import static de.kommsync.plan.Fixtures.slot;
import static de.kommsync.plan.Fixtures.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.ConflictPolicy;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import de.kommsync.plan.ValueChange.Change;
import de.kommsync.value.SkipReason;
import org.junit.jupiter.api.Test;

/** One example per cell of the table of SPEC section 6 (party system change x CRM state). */
class MergeTableTest {

  private static final String B = "0511 123456";
  private static final String B_CRM = "+49511123456";

  @Test
  void plansNothingWhenBothSidesStillHoldTheSyncedValue() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS)));

    assertThat(plan.operations()).isEmpty();
    assertThat(plan.deferred()).isEmpty();
    assertThat(plan.firstSync()).isFalse();
  }

  @Test
  void writesPairedCrmValueIntoUnchangedEntryWhenCrmChangedIt() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511999888", PhoneType.BUSINESS)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.entryId()).isEqualTo(1);
    assertThat(update.value()).isEqualTo("+49511999888");
    assertThat(update.remark()).isEqualTo(marked("+49511999888", 1, "Zentrale"));
    assertThat(update.variant()).isEqualTo(Variant.VAR5_CHANGED_IN_CRM);
    assertThat(plan.crmWrite()).isEmpty();
  }

  @Test
  void blanksEntryWhenCrmDeletedValue() {
    Plan plan =
        plan(
            party(entry(1, B, marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+4930555", PhoneType.MOBILE)));

    assertThat(plan.operations())
        .contains(
            new UpdateEntry(
                1,
                1,
                Kind.BUSINESS_PHONE,
                "",
                slot(1, "Zentrale"),
                false,
                Variant.VAR2_DELETED_IN_CRM,
                1));
    assertThat(plan.crmWrite()).isEmpty();
  }

  @Test
  void replacesChangedValueInCrmKeepingFlagsTypeAndPosition() {
    CrmValue stored =
        new CrmValue(Channel.PHONE, B_CRM, PhoneType.BUSINESS, "Office", true, true, true);
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(phone("+4930111", PhoneType.MOBILE), stored));

    CrmWrite write = crmWrite(plan);
    assertThat(write.phones())
        .containsExactly(
            phone("+4930111", PhoneType.MOBILE),
            new CrmValue(
                Channel.PHONE, "+49511777", PhoneType.BUSINESS, "Office", true, true, true));
    assertThat(write.emails()).isNull();
    assertThat(write.changes())
        .containsExactly(
            new ValueChange(
                Variant.VAR6_CHANGED_IN_PARTY_SYSTEM,
                Channel.PHONE,
                Change.REPLACED,
                B_CRM,
                "+49511777"));
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("0511 777");
    assertThat(update.remark()).isEqualTo(marked("0511 777", 1, "Zentrale"));
    assertThat(update.variant()).isEqualTo(Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
  }

  @Test
  void removesOldValueAndKeepsTheCrmsOwnCopyWhenCrmHoldsTheChangedValueAlready() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS), phone("+49511777", PhoneType.MOBILE)));

    assertThat(crmWrite(plan).phones())
        .containsExactly(primaryPhone("+49511777", PhoneType.MOBILE));
    assertThat(onlyUpdate(plan).remark()).isEqualTo(marked("0511 777", 3, "Zentrale"));
  }

  @Test
  void onlyUpdatesMarkerWhenBothSidesChangedToTheSameValue() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511777", PhoneType.BUSINESS)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("0511 777");
    assertThat(update.remark()).isEqualTo(marked("0511 777", 1, "Zentrale"));
    assertThat(plan.crmWrite()).isEmpty();
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void reportsConflictWhenBothSidesChangedTheValueDifferently() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511888", PhoneType.BUSINESS)));

    assertThat(plan.conflicts())
        .containsExactly(
            new Conflict(
                1, Channel.PHONE, B, "0511 777", "+49511888", ConflictPolicy.CRM_WINS, "0511 777"));
  }

  @Test
  void addsChangedValueToCrmWhenCrmDeletedTheSyncedOne() {
    Plan plan =
        plan(
            party(entry(1, "0511 777", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+4930555", PhoneType.MOBILE)));

    assertThat(crmWrite(plan).phones())
        .containsExactly(
            primaryPhone("+4930555", PhoneType.MOBILE), phone("+49511777", PhoneType.BUSINESS));
    assertThat(onlyUpdate(plan).remark()).isEqualTo(marked("0511 777", 1, "Zentrale"));
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void removesValueFromCrmAndTurnsEntryIntoSlotWhenPartySystemDeletedIt() {
    Plan plan =
        plan(
            party(entry(1, "", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS), phone("+4930555", PhoneType.MOBILE)));

    CrmWrite write = crmWrite(plan);
    assertThat(write.phones()).containsExactly(primaryPhone("+4930555", PhoneType.MOBILE));
    assertThat(write.changes())
        .extracting(ValueChange::variant, ValueChange::change)
        .containsExactly(tuple(Variant.VAR3_DELETED_IN_PARTY_SYSTEM, Change.REMOVED));
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEmpty();
    assertThat(update.remark()).isEqualTo(slot(1, "Zentrale"));
    assertThat(update.variant()).isEqualTo(Variant.VAR3_DELETED_IN_PARTY_SYSTEM);
  }

  @Test
  void keepsDeletedValueInCrmWhileAnotherEntryHoldsIt() {
    Plan plan =
        plan(
            party(entry(1, "", marked(B, 1, "")), entry(2, "0511/123456", null)),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS)));

    assertThat(plan.crmWrite()).isEmpty();
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(tuple(1L, slot(1)), tuple(2L, marker("0511/123456", 1)));
  }

  @Test
  void writesCrmValueIntoEntryDeletedInPartySystemWhenCrmChangedIt() {
    Plan plan =
        plan(
            party(entry(1, "", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511888", PhoneType.BUSINESS)));

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("+49511888");
    assertThat(update.remark()).isEqualTo(marked("+49511888", 1, "Zentrale"));
    assertThat(update.variant()).isEqualTo(Variant.VAR5_CHANGED_IN_CRM);
    assertThat(plan.crmWrite()).isEmpty();
  }

  @Test
  void turnsEntryDeletedOnBothSidesIntoSlot() {
    Plan plan = plan(party(entry(1, null, marked(B, 1, "Zentrale"))), crm());

    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEmpty();
    assertThat(update.remark()).isEqualTo(slot(1, "Zentrale"));
    assertThat(plan.crmWrite()).isEmpty();
  }

  @Test
  void removesValueAndDropsMarkerWhenEntryBecameUnsyncable() {
    Plan plan =
        plan(
            party(entry(1, "siehe Akte", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS)));

    assertThat(crmWrite(plan).phones()).isEmpty();
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("siehe Akte");
    assertThat(update.remark()).isEqualTo(slot(1, "Zentrale"));
    assertThat(update.variant()).isEqualTo(Variant.UNSYNCABLE_IN_PARTY_SYSTEM);
    assertThat(plan.skipped())
        .extracting(Skip::entryId, Skip::reason)
        .containsExactly(tuple(1L, SkipReason.NOT_A_PHONE_NUMBER));
  }

  @Test
  void keepsOnlyUserTextOfAnUnsyncableEntryWhoseKindTheServerReports() {
    Plan plan =
        plan(
            party(entry(1, "siehe Akte", marked(B, 1, "Zentrale"), 1)),
            crm(primaryPhone(B_CRM, PhoneType.BUSINESS)));

    assertThat(onlyUpdate(plan).remark()).isEqualTo("Zentrale");
  }

  @Test
  void keepsTheKindOfAnEntryWhoseValueBecameUnsyncableForItsKind() {
    String bea = "kanzlei@bea.example";
    Plan plan =
        plan(party(entry(1, "0511 123456", marked(bea, 12, ""))), crm(Fixtures.primaryEmail(bea)));

    assertThat(crmWrite(plan).emails()).isEmpty();
    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(12));
    assertThat(plan.skipped())
        .extracting(Skip::reason)
        .containsExactly(SkipReason.NOT_AN_EMAIL_ADDRESS);
  }

  @Test
  void neverWritesIntoAnEntryAValueItsKindCannotSync() {
    Plan plan =
        plan(
            party(entry(1, "", marked(B, 2, ""), 11)),
            crm(primaryPhone("+49511888", PhoneType.FAX)));

    assertThat(onlyUpdate(plan).value()).isEmpty();
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::value)
        .containsExactly("+49511888");
  }

  @Test
  void dropsMarkerOfUnsyncableEntryWithoutTakingAChangedCrmValue() {
    Plan plan =
        plan(
            party(entry(1, "siehe Akte", marked(B, 1, "Zentrale"))),
            crm(primaryPhone("+49511888", PhoneType.BUSINESS)));

    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(1, "Zentrale"));
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::value, CreateEntry::variant)
        .containsExactly(tuple("+49511888", Variant.VAR1_NEW_IN_CRM));
  }

  @Test
  void keepsValueWhoseTypeTheCrmChangedWhenPartySystemDeletedIt() {
    Plan plan =
        plan(
            party(entry(1, "", marked(B, 1, "Zentrale"))),
            crm(primaryPhone(B_CRM, PhoneType.MOBILE)));

    assertThat(plan.crmWrite()).isEmpty();
    assertThat(onlyUpdate(plan).remark()).isEqualTo(slot(1, "Zentrale"));
    assertThat(onlyUpdate(plan).variant()).isEqualTo(Variant.MOVED);
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::value, CreateEntry::variant)
        .containsExactly(tuple(Kind.MOBILE, B_CRM, Variant.VAR1_NEW_IN_CRM));
  }
}
