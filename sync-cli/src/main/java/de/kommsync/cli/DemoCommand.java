package de.kommsync.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kommsync demo}: syncs a data set of parties in assorted states through the HTTP adapters
 * against fake servers on loopback and proves that a second pass changes nothing.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts fake Advoware and EspoCRM servers on 127.0.0.1, seeds parties in assorted states"
          + " (first syncs, edits on both sides, conflicts, filled-in slots, type changes,"
          + " malformed markers, values one side cannot hold, duplicates, a full list), syncs all"
          + " of them through the HTTP adapters and prints each outcome. A party whose reads fail"
          + " twice is retried until it recovers; a second pass must change nothing; then a user"
          + " changes an Advoware entry behind the CRM's back and one scheduler cycle's revisit"
          + " must pick it up.",
      "Exits with 1 when anything did not converge."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--parties",
      paramLabel = "N",
      defaultValue = "64",
      description = "How many parties to seed, 1 or more (default: ${DEFAULT-VALUE}).")
  int parties = DemoRunner.DEFAULT_PARTIES;

  @Option(
      names = "--in-memory",
      description = "Use the in-memory fakes instead of fake servers and the HTTP adapters.")
  boolean inMemory;

  @Override
  public Integer call() {
    if (parties < 1) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--parties': must be 1 or more");
    }
    try (DemoSystems systems = inMemory ? DemoSystems.inMemory() : DemoSystems.overHttp()) {
      DemoRunner runner = new DemoRunner(systems, spec.commandLine().getOut());
      List<DemoParty> data = DemoRunner.parties(parties);
      runner.seed(data);
      return runner.run(data) ? ExitCode.OK : ExitCode.SYNC_FAILED;
    }
  }
}
