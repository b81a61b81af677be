package de.kommsync.cli;

import de.kommsync.SyncEngine;
import de.kommsync.lifecycle.BatchListener;
import de.kommsync.lifecycle.BatchProgress;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.CursorStore;
import de.kommsync.lifecycle.CycleSummary;
import de.kommsync.lifecycle.InMemoryCursorStore;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyHasher;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyOutcome.Disposition;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import de.kommsync.lifecycle.Scheduler;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kommsync run-due}: one scheduler cycle against the configured endpoints. */
@Command(
    name = "run-due",
    header = "Runs one scheduler cycle against the configured endpoints.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one scheduler cycle against the configured endpoints: syncs every EspoCRM record that"
          + " is due (pending_sync, dirty, failed past its next retry, permanently failed past its"
          + " reset time, stale syncing), then revisits settled records round-robin to pick up"
          + " Advoware changes no webhook reports. Prints progress and a summary.",
      "Exits with 1 when a party failed. Settings as for 'kommsync sync'."
    })
final class RunDueCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The properties file (default: the environment alone).")
  @Nullable Path config;

  @Option(
      names = "--revisit",
      paramLabel = "N",
      defaultValue = "100",
      description = "Settled records to revisit at most in this cycle (default: ${DEFAULT-VALUE}).")
  int revisit = Scheduler.DEFAULT_REVISIT_BUDGET;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Parties synced at once (default: ${DEFAULT-VALUE}).")
  int concurrency = 4;

  @Option(
      names = "--cursor-file",
      paramLabel = "FILE",
      description = "Keeps the revisit position between invocations (default: start at the first).")
  @Nullable Path cursorFile;

  @Mixin RunOptionsMixin run;

  /** The environment variables; the process environment unless a test sets others. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    if (revisit < 0 || concurrency < 1) {
      throw new ParameterException(
          spec.commandLine(), "--revisit must be 0 or more and --concurrency 1 or more");
    }
    Settings settings = Settings.load(config, env);
    PartySystem partySystem = AdvowareSettings.partySystem(settings);
    Crm crm = EspoCrmSettings.crm(settings);
    PrintWriter out = spec.commandLine().getOut();
    try (SyncEngine engine =
        SyncEngine.builder().partySystem(partySystem).crm(crm).options(run.syncOptions()).build()) {
      Progress progress = new Progress(out);
      CycleSummary cycle = scheduler(engine, partySystem, crm, progress).runCycle();
      progress.end();
      out.println(summary(cycle));
      out.flush();
      return cycle.batch().failed() == 0 ? ExitCode.OK : ExitCode.SYNC_FAILED;
    }
  }

  private Scheduler scheduler(
      SyncEngine engine, PartySystem partySystem, Crm crm, BatchListener listener) {
    PartySyncRunner runner =
        PartySyncRunner.builder(new InMemoryPartyLock(), PartyRun.of(engine)).build();
    CursorStore cursor =
        cursorFile == null ? new InMemoryCursorStore() : new FileCursorStore(cursorFile);
    return Scheduler.builder(crm, partySystem, runner, PartyHasher.of(crm, engine.options()))
        .revisitBudget(revisit)
        .cursorStore(cursor)
        .batchRunner(new BatchRunner(concurrency, listener))
        .build();
  }

  private static String summary(CycleSummary cycle) {
    StringJoiner counts = new StringJoiner(", ");
    for (Disposition disposition : Disposition.values()) {
      counts.add(
          cycle.batch().count(disposition) + " " + disposition.name().toLowerCase(Locale.ROOT));
    }
    return "Cycle: "
        + cycle.due()
        + " due, "
        + cycle.revisited()
        + " revisited, "
        + cycle.resets()
        + " reset from permanently_failed; "
        + counts
        + (cycle.batch().stoppedEarly() ? "; stopped early" : "");
  }

  /** Prints one progress line per ten parties and at the end; ids only, no personal data. */
  private static final class Progress implements BatchListener {
    private final PrintWriter out;
    private int printed = -1;
    private BatchProgress last = new BatchProgress(0, 0, 0);

    Progress(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void finished(PartyOutcome outcome, BatchProgress progress) {
      last = progress;
      if (outcome.disposition() == Disposition.FAILED) {
        out.println(
            "  failed: record " + outcome.party().recordId() + " (" + outcome.detail() + ")");
      }
      if (progress.finished() % 10 == 0) {
        print();
      }
    }

    synchronized void end() {
      if (printed != last.finished()) {
        print();
      }
    }

    private void print() {
      printed = last.finished();
      String parties = last.finished() == 1 ? " party" : " parties";
      out.println("Progress: " + last.finished() + parties + " done, " + last.failed() + " failed");
      out.flush();
    }
  }
}
