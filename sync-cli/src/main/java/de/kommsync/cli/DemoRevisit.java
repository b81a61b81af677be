package de.kommsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.SyncEngine;
import de.kommsync.lifecycle.BatchListener;
import de.kommsync.lifecycle.BatchProgress;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.CycleSummary;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyHasher;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import de.kommsync.lifecycle.Scheduler;
import de.kommsync.marker.MarkerCodec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The demo's revisit: a user changes an entry in Advoware, which no webhook reports; one scheduler
 * cycle revisits the settled parties, finds that one party's entries no longer match the stored
 * hash, and syncs it, while every other revisit costs one party read.
 */
final class DemoRevisit {

  private final DemoSystems systems;
  private final SyncEngine engine;
  private final PrintWriter out;

  DemoRevisit(DemoSystems systems, SyncEngine engine, PrintWriter out) {
    this.systems = systems;
    this.engine = engine;
    this.out = out;
  }

  /** A marked entry of a party, and the party. */
  private record Target(DemoParty party, long entryId) {}

  /**
   * Changes one entry, runs one scheduler cycle and checks its outcome.
   *
   * @return whether the cycle synced the changed party, failed none, and the party plans nothing
   *     afterwards (true when no party has a marked entry to change)
   */
  boolean run(List<DemoParty> parties) {
    out.println();
    Optional<Target> found = target(parties);
    if (found.isEmpty()) {
      out.println("Revisit: no synced party with a marked entry to change; skipped");
      return true;
    }
    Target target = found.get();
    DemoParty party = target.party();
    String value = String.format("030 %07d", 9_000_000 + party.betNr() % 1_000_000);
    systems.advoware().setValueAsUser(party.betNr(), target.entryId(), value);
    out.println(
        "Revisit: a user changes entry "
            + target.entryId()
            + " of party "
            + party.betNr()
            + " in Advoware; no webhook reports it");

    List<PartyOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    CycleSummary cycle = scheduler(parties.size(), outcomes).runCycle();

    long synced = count(outcomes, Disposition.SYNCED);
    boolean targetSynced =
        outcomes.stream()
            .anyMatch(
                o ->
                    o.party().recordId().equals(party.recordId())
                        && o.disposition() == Disposition.SYNCED);
    boolean empty = engine.plan(Long.toString(party.betNr()), party.recordId()).isEmpty();
    out.println(
        "Scheduler cycle: "
            + cycle.due()
            + " due, "
            + cycle.revisited()
            + " revisited, "
            + synced
            + " synced, "
            + count(outcomes, Disposition.UNCHANGED)
            + " unchanged (one party read each), "
            + cycle.batch().failed()
            + " failed; party "
            + party.betNr()
            + (targetSynced ? " was synced" : " was NOT synced")
            + (empty ? " and now plans nothing" : " and still plans changes"));
    return targetSynced && synced == 1 && cycle.batch().failed() == 0 && empty;
  }

  private Scheduler scheduler(int budget, List<PartyOutcome> outcomes) {
    PartySyncRunner runner =
        PartySyncRunner.builder(new InMemoryPartyLock(), PartyRun.of(engine, engine.options()))
            .build();
    BatchListener collect =
        new BatchListener() {
          @Override
          public void finished(PartyOutcome outcome, BatchProgress progress) {
            outcomes.add(outcome);
          }
        };
    return Scheduler.builder(
            systems.crm(),
            systems.partySystem(),
            runner,
            PartyHasher.of(systems.crm(), engine.options()))
        .revisitBudget(budget)
        .batchRunner(new BatchRunner(4, collect))
        .build();
  }

  private static long count(List<PartyOutcome> outcomes, Disposition disposition) {
    return outcomes.stream().filter(o -> o.disposition() == disposition).count();
  }

  /** The first in-sync party with a marked entry; else any party with one. */
  private static Optional<Target> target(List<DemoParty> parties) {
    List<DemoParty> ordered = new ArrayList<>();
    parties.stream().filter(p -> p.scenario().equals("in-sync")).forEach(ordered::add);
    ordered.addAll(parties);
    for (DemoParty party : ordered) {
      for (JsonNode entry : party.advoware().path("kommunikation")) {
        String remark = entry.path("bemerkung").asText("");
        boolean marked = remark.startsWith(MarkerCodec.PREFIX + ":");
        if (marked && !entry.path("tlf").asText("").isBlank()) {
          return Optional.of(new Target(party, entry.path("id").asLong()));
        }
      }
    }
    return Optional.empty();
  }
}
