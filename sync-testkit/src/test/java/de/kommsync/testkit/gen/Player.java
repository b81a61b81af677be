package de.kommsync.testkit.gen;

import de.kommsync.Direction;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.model.CrmRules;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Plays histories on a {@link Sandbox} and judges every run with the {@link Oracle}. Tracks the
 * users' intents: the keys a user removed on a side since the last converged run explain their loss
 * on the other side.
 */
final class Player {

  static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "proofs-io");
            t.setDaemon(true);
            return t;
          });

  /** Runs played by all players in this JVM, for the campaign's report. */
  static final java.util.concurrent.atomic.AtomicLong RUNS =
      new java.util.concurrent.atomic.AtomicLong();

  private final Sandbox sandbox;
  private final Set<String> removedInParty = new HashSet<>();
  private final Set<String> removedInCrm = new HashSet<>();
  private final Set<String> overwrittenSince = new HashSet<>();
  private final Set<String> writtenByHand = new HashSet<>();
  private final List<String> log = new ArrayList<>();

  Player(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Plays a whole history; throws an AssertionError naming every violation found. */
  static void play(History history) {
    try (Sandbox sandbox = new Sandbox(history.start(), POOL)) {
      Player player = new Player(sandbox);
      int index = 0;
      for (History.Step step : history.steps()) {
        player.step(index++, step);
      }
    }
  }

  /**
   * Plays a history several times: the order in which a run's parallel entry writes arrive decides
   * the ids of new entries and so which entries later edits pick, so an order-dependent
   * counter-example needs repetitions to meet its failing order.
   */
  static void play(History history, int rounds) {
    for (int round = 0; round < rounds; round++) {
      play(history);
    }
  }

  void edit(Edit edit) {
    World before = World.observe(sandbox);
    boolean changed = sandbox.apply(edit);
    World after = World.observe(sandbox);
    if (changed) {
      log.add("edit " + edit);
    }
    track(before.entryKeys(), after.entryKeys(), removedInParty);
    track(before.crmKeys(), after.crmKeys(), removedInCrm);
    trackHandWrittenMarkers(before, after);
  }

  /**
   * Records the values named by well-formed value markers a person typed or copied into a remark.
   * The sync cannot tell them from its own (SPEC 4), so it takes the value as synced: when the
   * entry's own value then differs or became unsyncable, the named value leaves the CRM by SPEC 6.
   * Such a removal has the person's edit as its reason.
   */
  private void trackHandWrittenMarkers(World before, World after) {
    java.util.Map<Long, String> remarks = new java.util.HashMap<>();
    before.entries().forEach(e -> remarks.put(e.id(), String.valueOf(e.remark())));
    for (de.kommsync.model.PartyEntry entry : after.entries()) {
      String remark = String.valueOf(entry.remark());
      if (remark.equals(remarks.get(entry.id()))) {
        continue;
      }
      String named = OwnMarkers.read(entry.remark()).value();
      if (named != null) {
        keyOf(named).ifPresent(writtenByHand::add);
      }
    }
  }

  private static void track(Set<String> before, Set<String> after, Set<String> removed) {
    for (String key : before) {
      if (!after.contains(key)) {
        removed.add(key);
      }
    }
    for (String key : after) {
      if (!before.contains(key)) {
        removed.remove(key);
      }
    }
  }

  void step(int index, History.Step step) {
    step.edits().forEach(this::edit);
    sandbox.advance(Duration.ofMinutes(7));
    RunSpec spec = step.run();
    World before = World.observe(sandbox);
    RunResult result = sandbox.run(spec);
    RUNS.incrementAndGet();
    log.add("run " + spec + " -> " + result.outcome() + " " + result.reasonText().orElse(""));
    trace(before, result);
    overwrittenSince.addAll(overwritten(result));
    Set<String> overwritten = new HashSet<>(overwrittenSince);
    if (spec.fault() == null) {
      expectCleanOutcome(index, spec, result);
      judge(index, before, World.observe(sandbox), overwritten, true, result.conflicts());
      afterCleanRun(index, spec, result);
      return;
    }
    judge(index, before, World.observe(sandbox), overwritten, false, result.conflicts());
    RunSpec recovery = new RunSpec(Direction.BOTH, spec.policy(), spec.force(), null);
    World beforeRecovery = World.observe(sandbox);
    RunResult second = sandbox.run(recovery);
    trace(beforeRecovery, second);
    log.add("recovery -> " + second.outcome() + " " + second.reasonText().orElse(""));
    overwrittenSince.addAll(overwritten(second));
    overwritten.addAll(overwrittenSince);
    expectCleanOutcome(index, recovery, second);
    List<Conflict> decided = new ArrayList<>(result.conflicts());
    decided.addAll(second.conflicts());
    judge(index, before, World.observe(sandbox), overwritten, true, decided);
    afterCleanRun(index, recovery, second);
  }

  private void trace(World before, RunResult result) {
    if (Boolean.getBoolean("kommsync.trace")) {
      System.out.println("BEFORE " + before);
      System.out.println("PLAN " + result.plan());
      System.out.println("AFTER " + World.observe(sandbox));
    }
  }

  private void expectCleanOutcome(int index, RunSpec spec, RunResult result) {
    RunOutcome outcome = result.outcome();
    boolean ok =
        outcome == RunOutcome.SUCCESS
            || outcome == RunOutcome.NOTHING_TO_DO
            || (outcome == RunOutcome.GUARD_STOPPED && !spec.force());
    if (!ok) {
      throw failure(index, List.of("a run without faults ended " + outcome), result);
    }
  }

  /**
   * After a converged run every intent (and every conflict's overwritten value, whose resolution a
   * run of one direction may leave half applied) is used up, except a party-side removal whose
   * value the CRM still holds because the entry's new value did not fit a marker (its stale marker
   * keeps the old value, which a later run may still remove).
   */
  private void afterCleanRun(int index, RunSpec spec, RunResult result) {
    if (spec.direction() != Direction.BOTH || result.outcome() == RunOutcome.GUARD_STOPPED) {
      return;
    }
    Oracle oracle = new Oracle();
    CrmRules rules = sandbox.crm().rules();
    oracle.converged(World.observe(sandbox), rules.maxEmails(), rules.maxPhones());
    Plan again = sandbox.plan(spec);
    if (!again.operations().isEmpty() || !again.deferred().isEmpty()) {
      oracle.violations().add("a second run plans " + again.operations() + again.deferred());
    }
    if (!oracle.violations().isEmpty()) {
      throw failure(index, oracle.violations(), result);
    }
    World now = World.observe(sandbox);
    Set<String> stale = new HashSet<>(now.crmKeys());
    stale.removeAll(now.entryKeys());
    removedInParty.retainAll(stale);
    removedInCrm.clear();
    overwrittenSince.clear();
  }

  private void judge(
      int index,
      World before,
      World after,
      Set<String> overwritten,
      boolean dup,
      List<Conflict> conflicts) {
    Oracle oracle = new Oracle();
    Set<String> lossInParty = new HashSet<>(removedInCrm);
    lossInParty.addAll(overwritten);
    Set<String> lossInCrm = new HashSet<>(removedInParty);
    lossInCrm.addAll(writtenByHand);
    lossInCrm.addAll(overwritten);
    oracle.noLoss(before, after, lossInParty, lossInCrm);
    if (dup) {
      oracle.noDuplicates(before, after);
    }
    oracle.remarksKept(before, after);
    oracle.flagsKept(before, after);
    oracle.markersTrue(before, after, conflicts);
    if (!oracle.violations().isEmpty()) {
      throw failure(index, oracle.violations(), null);
    }
  }

  private static Set<String> overwritten(RunResult result) {
    Set<String> keys = new HashSet<>();
    for (Conflict conflict : result.conflicts()) {
      keyOf(conflict.overwritten()).ifPresent(keys::add);
    }
    return keys;
  }

  private static Optional<String> keyOf(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return SampleValues.keyOf(text);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private AssertionError failure(int index, List<String> violations, RunResult result) {
    StringBuilder text = new StringBuilder("step " + index + ": " + violations);
    if (result != null) {
      text.append("\nresult: ").append(result.outcome()).append(' ').append(result.reason());
      text.append("\nerrors: ").append(result.errors());
    }
    text.append("\nlog:\n  ").append(String.join("\n  ", log));
    text.append("\nstate: ").append(World.observe(sandbox));
    return new AssertionError(text.toString());
  }
}
