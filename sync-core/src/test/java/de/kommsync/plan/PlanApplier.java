package de.kommsync.plan;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.value.ValueKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny pure "apply" for tests: returns both sides as they are after a plan's operations, the way
 * the servers store them (the CRM normalises phones to E.164 when the instance requires it; the
 * party system reports kind 0 and issues new row ids). Deferred operations are not applied, and a
 * plan the guard stopped applies nothing.
 */
final class PlanApplier {

  /** Both sides after a run. */
  record Sides(PartySnapshot party, CrmRecord record) {}

  private PlanApplier() {}

  static Sides apply(Plan plan, PartySnapshot party, CrmRecord record, CrmRules rules) {
    if (plan.guard() != null) {
      return new Sides(party, record);
    }
    List<PartyEntry> entries = new ArrayList<>(party.entries());
    long nextId = entries.stream().mapToLong(PartyEntry::id).max().orElse(0) + 1;
    CrmRecord crm = record;
    for (Operation operation : plan.operations()) {
      if (operation instanceof CrmWrite write) {
        crm = applyCrm(write, crm, rules);
      } else if (operation instanceof UpdateEntry update) {
        entries.replaceAll(
            e ->
                e.id() == update.entryId()
                    ? new PartyEntry(
                        e.id(),
                        e.rowId() + "'",
                        update.value(),
                        e.kindCode(),
                        update.remark(),
                        update.online())
                    : e);
      } else if (operation instanceof CreateEntry create) {
        long id = nextId++;
        entries.add(
            new PartyEntry(id, "new" + id, create.value(), 0, create.remark(), create.online()));
      }
    }
    PartySnapshot after =
        new PartySnapshot(
            party.partyId(), party.rowId(), party.changedAt(), party.contactFields(), entries);
    return new Sides(after, crm);
  }

  private static CrmRecord applyCrm(CrmWrite write, CrmRecord record, CrmRules rules) {
    List<CrmValue> emails = write.emails() == null ? record.emails() : write.emails();
    List<CrmValue> phones = record.phones();
    if (write.phones() != null) {
      ValueKeys keys = new ValueKeys("DE");
      phones = new ArrayList<>();
      for (CrmValue phone : write.phones()) {
        String stored =
            rules.phoneInternational()
                ? keys.phoneKey(phone.value()).orElse(phone.value())
                : phone.value();
        phones.add(phone.withValue(stored));
      }
    }
    for (Channel channel : Channel.values()) {
      List<CrmValue> list = channel == Channel.EMAIL ? emails : phones;
      if (list.size() > rules.maxItems(channel)) {
        throw new AssertionError("the CRM rejects more than its limit: " + list);
      }
    }
    return new CrmRecord(
        record.id(),
        record.partyId(),
        emails,
        phones,
        record.state(),
        record.modifiedAt(),
        record.version());
  }
}
