package de.kommsync.cli;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.plan.Variant;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.SampleParties;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the demo over two systems: seeds the parties, syncs each one, prints its outcome, syncs all
 * of them a second time (which must write nothing), and prints a summary. Personal data never
 * appears in what it prints: parties are named by ids and scenario.
 */
final class DemoRunner {

  private static final String LEGEND =
      "Variants: VAR1 EspoCRM value created in Advoware, VAR2 EspoCRM deletion blanked in"
          + " Advoware, VAR3 Advoware deletion removed from EspoCRM, VAR4 Advoware value added to"
          + " EspoCRM (and its marker), VAR5 EspoCRM change written to Advoware, VAR6 Advoware"
          + " change written to EspoCRM (and its marker), MATCHED equal values marked, MOVED value"
          + " moved to an entry of the new type, UNSYNCABLE value that became unsyncable removed.";

  private final AdvowareSimulation advoware;
  private final EspoCrmSimulation espocrm;
  private final PartySystem partySystem;
  private final Crm crm;
  private final PrintWriter out;

  /**
   * Creates the runner.
   *
   * @param advoware the Advoware simulation the parties are seeded into
   * @param espocrm the EspoCRM simulation the records are seeded into
   * @param partySystem the party-system role the engine talks to (in memory or over HTTP)
   * @param crm the CRM role the engine talks to
   * @param out where the report goes
   */
  DemoRunner(
      AdvowareSimulation advoware,
      EspoCrmSimulation espocrm,
      PartySystem partySystem,
      Crm crm,
      PrintWriter out) {
    this.advoware = Objects.requireNonNull(advoware, "advoware");
    this.espocrm = Objects.requireNonNull(espocrm, "espocrm");
    this.partySystem = Objects.requireNonNull(partySystem, "partySystem");
    this.crm = Objects.requireNonNull(crm, "crm");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Returns the demo's parties: the testkit's sample parties, then the demo data set up to {@code
   * count}.
   *
   * @param count how many parties, at least the number of sample parties
   */
  static List<DemoParty> parties(int count) {
    List<DemoParty> parties = new ArrayList<>();
    for (SampleParties.Pair pair : SampleParties.all()) {
      parties.add(
          new DemoParty(
              pair.name(),
              Long.parseLong(pair.partyId()),
              pair.recordId(),
              pair.advoware(),
              pair.espocrm()));
    }
    if (count < parties.size()) {
      return parties.subList(0, count);
    }
    if (count > parties.size()) {
      parties.addAll(DemoData.parties(count - parties.size()));
    }
    return parties;
  }

  /** Loads the parties into both simulations. */
  void seed(List<DemoParty> parties) {
    for (DemoParty party : parties) {
      advoware.load(party.advoware());
      espocrm.load(party.espocrm());
    }
  }

  /**
   * Syncs every party twice and prints the report.
   *
   * @param parties the seeded parties
   * @return whether every party converged: the first pass did not fail and the second wrote nothing
   */
  boolean run(List<DemoParty> parties) {
    SyncOptions options = SyncOptions.builder().ignoreBackoff(true).build();
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(partySystem)
            .crm(crm)
            .options(options)
            .ioThreads(4)
            .build()) {
      out.println("First pass: " + parties.size() + " parties");
      Tally first = pass(engine, parties, true);
      out.println();
      out.println("Second pass (must change nothing)");
      Tally second = pass(engine, parties, false);
      out.println();
      first.print(out, "First pass");
      second.print(out, "Second pass");
      out.println(LEGEND);
      List<String> unconverged = unconverged(parties, first, second);
      if (unconverged.isEmpty()) {
        out.println("Converged: all " + parties.size() + " parties are in sync.");
      } else {
        out.println("NOT CONVERGED: " + String.join(", ", unconverged));
      }
      out.flush();
      return unconverged.isEmpty();
    }
  }

  private Tally pass(SyncEngine engine, List<DemoParty> parties, boolean printEach) {
    Tally tally = new Tally();
    long started = System.nanoTime();
    for (DemoParty party : parties) {
      RunResult result = engine.sync(Long.toString(party.betNr()), party.recordId());
      tally.add(party, result);
      if (printEach || result.calls().writes() > 0 || result.isFailure()) {
        out.println(line(party, result));
      }
    }
    tally.millis = (System.nanoTime() - started) / 1_000_000;
    return tally;
  }

  private static String line(DemoParty party, RunResult result) {
    Map<Variant, Integer> variants = variants(result);
    StringBuilder line =
        new StringBuilder(
            String.format(
                "  %-7d %-28s %-19s ops %2d  conflicts %d  skipped %d  calls %2d",
                party.betNr(),
                party.scenario(),
                result.outcome(),
                result.applied().size(),
                result.conflicts().size(),
                result.skipped().size(),
                result.calls().total()));
    result.writtenStatus().ifPresent(s -> line.append("  -> ").append(s.wireName()));
    if (!variants.isEmpty()) {
      line.append("  ").append(shortNames(variants));
    }
    result.reasonText().ifPresent(r -> line.append("  (").append(r).append(')'));
    return line.toString();
  }

  private static Map<Variant, Integer> variants(RunResult result) {
    Map<Variant, Integer> variants = new EnumMap<>(Variant.class);
    result.entryOperationCounts().forEach((v, n) -> variants.merge(v, n, Integer::sum));
    result.crmChangeCounts().forEach((v, n) -> variants.merge(v, n, Integer::sum));
    return variants;
  }

  private static String shortNames(Map<Variant, Integer> variants) {
    List<String> parts = new ArrayList<>();
    variants.forEach((v, n) -> parts.add(shortName(v) + "x" + n));
    return String.join(" ", parts);
  }

  private static String shortName(Variant variant) {
    String name = variant.name();
    return name.startsWith("VAR") ? name.substring(0, name.indexOf('_')) : name;
  }

  private static List<String> unconverged(List<DemoParty> parties, Tally first, Tally second) {
    List<String> bad = new ArrayList<>();
    for (DemoParty party : parties) {
      RunResult before = first.results.get(party.betNr());
      RunResult after = second.results.get(party.betNr());
      boolean ok =
          before != null
              && !before.isFailure()
              && after != null
              && after.outcome() == RunOutcome.NOTHING_TO_DO
              && after.calls().writes() == 0;
      if (!ok) {
        bad.add(party.betNr() + " (" + party.scenario() + ")");
      }
    }
    return bad;
  }

  /** The counts of one pass. */
  private static final class Tally {
    final Map<Long, RunResult> results = new java.util.HashMap<>();
    final Map<RunOutcome, Integer> outcomes = new EnumMap<>(RunOutcome.class);
    final Map<Variant, Integer> variants = new EnumMap<>(Variant.class);
    int conflicts;
    int skipped;
    int reads;
    int writes;
    long millis;

    void add(DemoParty party, RunResult result) {
      results.put(party.betNr(), result);
      outcomes.merge(result.outcome(), 1, Integer::sum);
      variants(result).forEach((v, n) -> variants.merge(v, n, Integer::sum));
      conflicts += result.conflicts().size();
      skipped += result.skipped().size();
      writes += result.calls().writes();
      reads += result.calls().total() - result.calls().writes();
    }

    void print(PrintWriter out, String title) {
      out.println(title + ": " + outcomes);
      out.println("  variants:  " + (variants.isEmpty() ? "none" : shortNames(variants)));
      out.println(
          "  conflicts: "
              + conflicts
              + ", skipped values: "
              + skipped
              + ", API calls: "
              + (reads + writes)
              + " ("
              + reads
              + " reads, "
              + writes
              + " writes), time: "
              + millis
              + " ms");
    }
  }
}
