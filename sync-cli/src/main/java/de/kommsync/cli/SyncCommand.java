package de.kommsync.cli;

import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.plan.Plan;
import de.kommsync.plan.PlanRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kommsync sync}: syncs one party against the configured Advoware and EspoCRM. */
@Command(
    name = "sync",
    header = "Syncs one party against the configured endpoints.",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs one party between the configured Advoware and EspoCRM endpoints (or, with --dry-run,"
          + " prints the plan and writes nothing).",
      "Settings come from --config and KOMMSYNC_* environment variables; secrets only from the"
          + " environment or from files the settings name (see kommsync.sample.properties).",
      "Exits with 1 when the sync failed or the party is backed off (it failed before and its"
          + " next retry is not due; --ignore-backoff runs it anyway), 5 when the mass-blank"
          + " guard stopped it, 8 when a call failed or the party (Advoware 404: the record's"
          + " status becomes deleted_in_advoware) or the record does not exist."
    })
final class SyncCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The properties file (default: the environment alone).")
  @Nullable Path config;

  @Option(
      names = "--betnr",
      required = true,
      paramLabel = "N",
      description = "The Advoware party number (1 or more).")
  String betNrText = "";

  private long betNr;

  @Option(
      names = "--entity-id",
      required = true,
      paramLabel = "ID",
      converter = RecordIdConverter.class,
      description = "The EspoCRM record id (letters, digits, _ or -).")
  String entityId;

  @Option(names = "--dry-run", description = "Print the plan; write nothing.")
  boolean dryRun;

  @Option(
      names = "--ignore-backoff",
      description = "Sync even when a failed party's next retry lies in the future.")
  boolean ignoreBackoff;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  PlanCommand.Format format = PlanCommand.Format.text;

  @Mixin RunOptionsMixin run;

  /** The environment variables; the process environment unless a test sets others. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    betNr = partyNumber(betNrText);
    SyncOptions options = run.syncOptions().toBuilder().ignoreBackoff(ignoreBackoff).build();
    Settings settings = Settings.load(config, env);
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(AdvowareSettings.partySystem(settings))
            .crm(EspoCrmSettings.crm(settings))
            .options(options)
            .build()) {
      String partyId = Long.toString(betNr);
      return dryRun ? plan(engine.plan(partyId, entityId)) : report(engine.sync(partyId, entityId));
    }
  }

  private long partyNumber(String text) {
    long number = text.matches("[0-9]{1,18}") ? Long.parseLong(text) : 0;
    if (number < 1) {
      throw new ParameterException(
          spec.commandLine(), "--betnr must be a party number (1 or more)");
    }
    return number;
  }

  private int plan(Plan plan) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == PlanCommand.Format.json
            ? PlanRenderer.toJson(plan) + "\n"
            : PlanRenderer.toText(plan));
    out.flush();
    return plan.guardTrip().isPresent() ? ExitCode.GUARD_STOPPED : ExitCode.OK;
  }

  private int report(RunResult result) {
    PrintWriter out = spec.commandLine().getOut();
    boolean explainedBelow =
        result.outcome() == RunOutcome.GUARD_STOPPED || result.outcome() == RunOutcome.BACKED_OFF;
    out.println(
        format == PlanCommand.Format.json
            ? result.toJson()
            : Summary.line(result, !explainedBelow));
    out.flush();
    if (result.outcome() == RunOutcome.GUARD_STOPPED) {
      error(
          RunMessages.guardStopped(
              result,
              "--force --ignore-backoff applies it (the stop counts as a failure, so the party is"
                  + " backed off)"));
      return ExitCode.GUARD_STOPPED;
    }
    if (result.outcome() == RunOutcome.BACKED_OFF) {
      error(RunMessages.backedOff(result, run.syncOptions().force()));
      return ExitCode.SYNC_FAILED;
    }
    if (result.outcome() == RunOutcome.PARTY_DELETED) {
      error(
          "party "
              + betNr
              + " does not exist in Advoware (404); "
              + result
                  .writtenStatus()
                  .map(s -> "record " + entityId + " now has status " + s.wireName())
                  .orElse("nothing was written"));
      return ExitCode.REMOTE_FAILED;
    }
    if (result.outcome() == RunOutcome.RECORD_MISSING) {
      error("record " + entityId + " does not exist in EspoCRM; nothing was written");
      return ExitCode.REMOTE_FAILED;
    }
    return result.isFailure() ? ExitCode.SYNC_FAILED : ExitCode.OK;
  }

  private void error(String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("kommsync: " + line);
    err.flush();
  }
}
