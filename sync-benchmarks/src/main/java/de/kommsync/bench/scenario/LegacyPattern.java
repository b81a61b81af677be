package de.kommsync.bench.scenario;

import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Planner;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Emulates the call pattern of the earlier implementation (research/seed-system.md section 4 and
 * the design note in seeds/): the party read, then the CRM read, one after the other; one CRM
 * update per changed value; the entry writes one after the other; and, when anything changed, a
 * re-read of the party to compute the hash and a separate CRM update that stores it. The work done
 * is the engine's plan, so both do the same changes and only the pattern of calls differs. The
 * earlier implementation's lock writes ({@code syncing}, then the outcome status) are left out, so
 * the emulation counts fewer calls than the original made.
 */
public final class LegacyPattern {

  private final PartySystem partySystem;
  private final Crm crm;
  private final SyncOptions options;

  /** Creates the emulation over two adapters. */
  public LegacyPattern(PartySystem partySystem, Crm crm, SyncOptions options) {
    this.partySystem = Objects.requireNonNull(partySystem, "partySystem");
    this.crm = Objects.requireNonNull(crm, "crm");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Syncs one pair the earlier way. */
  public void run(String partyId, String recordId) {
    PartySnapshot party = partySystem.readParty(partyId);
    CrmRecord record = crm.readRecord(recordId);
    Plan plan = Planner.plan(party, record, crm.rules(), options);
    int changes = 0;
    for (Operation op : plan.operations()) {
      if (op instanceof CrmWrite write) {
        for (int i = 0; i < write.changes().size(); i++) {
          CrmChange change =
              new CrmChange(
                  write.emails(), write.phones(), record.state(), EnumSet.noneOf(SyncField.class));
          crm.updateRecord(recordId, change, null);
          changes++;
        }
      } else if (op instanceof CreateEntry c) {
        partySystem.createEntry(
            partyId, new EntryWrite(c.value(), c.remark(), c.kind(), c.online()));
        changes++;
      } else if (op instanceof UpdateEntry u) {
        partySystem.updateEntry(
            partyId, u.entryId(), new EntryWrite(u.value(), u.remark(), u.kind(), u.online()));
        changes++;
      }
    }
    if (changes > 0 || plan.firstSync()) {
      partySystem.readParty(partyId);
      crm.updateRecord(recordId, hashChange(record.state(), plan.predictedHash()), null);
    }
  }

  private static CrmChange hashChange(SyncState before, String hash) {
    SyncState after =
        new SyncState(
            SyncStatus.CLEAN,
            0,
            null,
            null,
            null,
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            before.partyRowId(),
            hash);
    return new CrmChange(
        null,
        null,
        after,
        EnumSet.of(SyncField.STATUS, SyncField.HASH, SyncField.LAST_SYNC, SyncField.RETRY_COUNT));
  }
}
