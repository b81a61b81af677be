package de.kommsync.cli;

import de.kommsync.espocrm.EspoCrmConfig;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kommsync demo}: syncs a data set of parties in assorted states and proves that a second
 * pass changes nothing.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Seeds simulated Advoware and EspoCRM systems with parties in assorted states (first syncs,"
          + " edits on both sides, conflicts, filled-in slots, type changes, malformed markers,"
          + " values one side cannot hold, duplicates), syncs all of them, prints each outcome and"
          + " a summary, then runs a second pass that must change nothing.",
      "Exits with 1 when a party did not converge."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--parties",
      paramLabel = "N",
      defaultValue = "64",
      description = "How many parties to seed, 1 or more (default: ${DEFAULT-VALUE}).")
  int parties = 64;

  @Override
  public Integer call() {
    if (parties < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Invalid value for option '--parties': must be 1 or more");
    }
    EspoCrmConfig config = EspoCrmConfig.defaults();
    LocalSides sides = LocalSides.create(config, true, Clock.systemUTC());
    DemoRunner runner =
        new DemoRunner(
            sides.advoware(),
            sides.espocrm(),
            sides.partySystem(),
            sides.crm(),
            spec.commandLine().getOut());
    List<DemoParty> data = DemoRunner.parties(parties);
    runner.seed(data);
    return runner.run(data) ? ExitCode.OK : ExitCode.SYNC_FAILED;
  }
}
