package de.kommsync.cli;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.plan.Variant;
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

  /** The meaning of every variant's short name, printed under the summary. */
  static final String LEGEND =
      "Variants: VAR1 EspoCRM value created in Advoware, VAR2 EspoCRM deletion blanked in"
          + " Advoware, VAR3 Advoware deletion removed from EspoCRM, VAR4 Advoware value added to"
          + " EspoCRM (and its marker), VAR5 EspoCRM change written to Advoware, VAR6 Advoware"
          + " change written to EspoCRM (and its marker), MATCHED equal values marked, MOVED value"
          + " moved to an entry of the new type, UNSYNCABLE_IN_PARTY_SYSTEM value that became"
          + " unsyncable removed, MARKER_REBASED marker rewritten because the value it named is"
          + " gone from EspoCRM and the entry's own write waits or was skipped.";

  /** How many parties the demo seeds unless told otherwise. */
  static final int DEFAULT_PARTIES = 64;

  private final DemoSystems systems;
  private final PrintWriter out;

  /**
   * Creates the runner.
   *
   * @param systems the two systems, seeded by {@link #seed}
   * @param out where the report goes
   */
  DemoRunner(DemoSystems systems, PrintWriter out) {
    this.systems = Objects.requireNonNull(systems, "systems");
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
      systems.advoware().load(party.advoware());
      systems.espocrm().load(party.espocrm());
    }
  }

  /**
   * Syncs every party, retries the party whose reads fail twice, syncs all again (which must write
   * nothing), lets the scheduler's revisit pick up an Advoware change no webhook reports, and
   * prints the report.
   *
   * @param parties the seeded parties
   * @return whether every party converged
   */
  boolean run(List<DemoParty> parties) {
    SyncOptions options = SyncOptions.builder().ignoreBackoff(true).build();
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(systems.partySystem())
            .crm(systems.crm())
            .options(options)
            .ioThreads(4)
            .build()) {
      out.println("Demo over " + systems.transport());
      DemoParty flaky = flakyParty(parties);
      systems.failPartyReads(flaky.betNr(), 2);
      out.println();
      out.println("First pass: " + parties.size() + " parties");
      Tally first = pass(engine, parties, true);
      boolean recovered = retry(engine, flaky);
      out.println();
      out.println("Second pass (must change nothing)");
      Tally second = pass(engine, parties, false);
      boolean revisited = new DemoRevisit(systems, engine, out).run(parties);
      out.println();
      first.print(out, "First pass");
      second.print(out, "Second pass");
      out.println(LEGEND);
      List<String> unconverged = unconverged(parties, flaky, first, second);
      return verdict(parties, unconverged, recovered, revisited);
    }
  }

  /** The party whose reads fail twice: the first demo-data first sync, else the first party. */
  private static DemoParty flakyParty(List<DemoParty> parties) {
    return parties.stream()
        .filter(p -> p.scenario().equals("first-sync"))
        .findFirst()
        .orElse(parties.get(0));
  }

  private boolean retry(SyncEngine engine, DemoParty flaky) {
    out.println();
    out.println("Retries of party " + flaky.betNr() + " (its reads fail twice, then recover)");
    RunResult result = null;
    for (int attempt = 2; attempt <= 3; attempt++) {
      result = engine.sync(Long.toString(flaky.betNr()), flaky.recordId());
      int retries =
          systems
              .espocrm()
              .record(flaky.recordId())
              .map(r -> r.path("syncRetryCount").asInt())
              .orElse(0);
      out.println(line(flaky, result) + "  [attempt " + attempt + ", retry count " + retries + "]");
    }
    return result != null && !result.isFailure();
  }

  private boolean verdict(
      List<DemoParty> parties, List<String> unconverged, boolean recovered, boolean revisited) {
    boolean ok = unconverged.isEmpty() && recovered && revisited;
    if (ok) {
      out.println(
          parties.size() == 1
              ? "Converged: the party is in sync."
              : "Converged: all " + parties.size() + " parties are in sync.");
    } else {
      out.println(
          "NOT CONVERGED: "
              + (unconverged.isEmpty() ? "" : String.join(", ", unconverged) + " ")
              + (recovered ? "" : "[the failing party did not recover] ")
              + (revisited ? "" : "[the revisit did not pick up the Advoware change]"));
    }
    out.flush();
    return ok;
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

  static String line(DemoParty party, RunResult result) {
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

  static String shortName(Variant variant) {
    String name = variant.name();
    return name.startsWith("VAR") ? name.substring(0, name.indexOf('_')) : name;
  }

  private static List<String> unconverged(
      List<DemoParty> parties, DemoParty flaky, Tally first, Tally second) {
    List<String> bad = new ArrayList<>();
    for (DemoParty party : parties) {
      RunResult before = first.results.get(party.betNr());
      RunResult after = second.results.get(party.betNr());
      boolean ok =
          before != null
              && (!before.isFailure() || party.equals(flaky))
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
