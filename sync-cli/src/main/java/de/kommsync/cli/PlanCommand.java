package de.kommsync.cli;

import de.kommsync.SyncOptions;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.plan.Plan;
import de.kommsync.plan.PlanRenderer;
import de.kommsync.plan.Planner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kommsync plan}: prints what a sync of two payload files would do, writing nothing. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the plan a sync of the two payloads would apply (a dry run; nothing is written).",
      "Exits with 5 when the mass-blank guard would stop the run."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PayloadFilesMixin files;

  @Mixin RunOptionsMixin run;

  @Mixin InstanceOptionsMixin instance;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  /** The output formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    SyncOptions options = run.syncOptions();
    PayloadFilesMixin.Inputs inputs = files.read(new EspoCrmJson(instance.espoCrmConfig()));

    Plan plan =
        Planner.plan(
            inputs.party().snapshot(), inputs.record().record(), instance.crmRules(), options);

    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? PlanRenderer.toJson(plan) + "\n" : PlanRenderer.toText(plan));
    out.flush();
    if (plan.guardTrip().isPresent()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "kommsync: the mass-blank guard would stop this run: " + plan.guardTrip().get().reason());
      err.flush();
      return ExitCode.GUARD_STOPPED;
    }
    return ExitCode.OK;
  }
}
