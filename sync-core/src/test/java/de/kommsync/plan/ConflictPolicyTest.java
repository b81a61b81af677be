package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.creates;
import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.crmWrite;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marked;
import static de.kommsync.plan.Fixtures.onlyUpdate;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.phone;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static de.kommsync.plan.Fixtures.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.ConflictPolicy;
import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import org.junit.jupiter.api.Test;

/** The three conflict policies, for a marked entry changed on both sides (SPEC section 6). */
class ConflictPolicyTest {

  private static final PartySnapshot PARTY =
      party(
          entry(1, "0511 777", marked("0511 123456", 1, "Zentrale")),
          entry(2, "max@example.com", marked("max@example.com", 4, "")),
          entry(3, "030 111", marked("030 111", 3, "")));
  private static final CrmValue PAIRED =
      new CrmValue(Channel.PHONE, "+49511888", PhoneType.BUSINESS, "Office", true, true, false);
  private static final CrmRecord RECORD =
      crm(phone("+4930111", PhoneType.MOBILE), PAIRED, primaryEmail("max@example.com"));

  private static Plan planWith(ConflictPolicy policy) {
    return plan(PARTY, RECORD, SyncOptions.builder().conflictPolicy(policy).build());
  }

  @Test
  void writesCrmValueIntoEntryUnderCrmWins() {
    Plan plan = planWith(ConflictPolicy.CRM_WINS);

    assertThat(plan.crmWrite()).isEmpty();
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("+49511888");
    assertThat(update.remark()).isEqualTo(marked("+49511888", 1, "Zentrale"));
    assertThat(plan.conflicts())
        .extracting(Conflict::policy, Conflict::overwritten)
        .containsExactly(tuple(ConflictPolicy.CRM_WINS, "0511 777"));
  }

  @Test
  void replacesCrmValueTakingItsFlagsAndTypeUnderPartySystemWins() {
    Plan plan = planWith(ConflictPolicy.PARTY_SYSTEM_WINS);

    assertThat(crmWrite(plan).phones())
        .containsExactly(phone("+4930111", PhoneType.MOBILE), PAIRED.withValue("+49511777"));
    UpdateEntry update = onlyUpdate(plan);
    assertThat(update.value()).isEqualTo("0511 777");
    assertThat(update.remark()).isEqualTo(marked("0511 777", 1, "Zentrale"));
    assertThat(plan.conflicts())
        .extracting(Conflict::policy, Conflict::overwritten)
        .containsExactly(tuple(ConflictPolicy.PARTY_SYSTEM_WINS, "+49511888"));
  }

  @Test
  void keepsBothValuesOnBothSidesUnderKeepBoth() {
    Plan plan = planWith(ConflictPolicy.KEEP_BOTH);

    assertThat(crmWrite(plan).phones())
        .containsExactly(
            phone("+4930111", PhoneType.MOBILE), PAIRED, phone("+49511777", PhoneType.BUSINESS));
    assertThat(updates(plan.operations()))
        .extracting(UpdateEntry::entryId, UpdateEntry::remark)
        .containsExactly(tuple(1L, marked("0511 777", 1, "Zentrale")));
    assertThat(creates(plan.operations()))
        .extracting(CreateEntry::kind, CreateEntry::value)
        .containsExactly(tuple(Kind.BUSINESS_PHONE, "+49511888"));
    assertThat(plan.conflicts())
        .extracting(Conflict::policy, Conflict::overwritten)
        .containsExactly(tuple(ConflictPolicy.KEEP_BOTH, ""));
  }

  @Test
  void decidesConflictsPerEntryWithoutDroppingOtherChanges() {
    PartySnapshot party =
        party(
            entry(1, "0511 777", marked("0511 123456", 1, "")),
            entry(2, "neu@example.com", marked("max@example.com", 4, "")),
            entry(3, "030 111", marked("030 111", 3, "")));

    Plan plan = plan(party, RECORD);

    assertThat(plan.conflicts()).extracting(Conflict::entryId).containsExactly(1L);
    assertThat(crmWrite(plan).emails()).containsExactly(primaryEmail("neu@example.com"));
    assertThat(updates(plan.operations())).extracting(UpdateEntry::entryId).containsExactly(1L, 2L);
  }
}
