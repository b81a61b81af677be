package de.kommsync.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kommsync serve-fakes}: runs the fake servers on loopback until stopped. */
@Command(
    name = "serve-fakes",
    header = "Runs the fake Advoware and EspoCRM servers on loopback.",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the fake Advoware and EspoCRM servers on 127.0.0.1 until Ctrl-C, seeded from payload"
          + " files (default: the demo's parties), and prints their URLs, test credentials and the"
          + " settings that point 'kommsync sync' at them.",
      "EspoCRM listens on --port, Advoware on --port + 1."
    })
final class ServeFakesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Only only;

  /** At most one of the two servers alone. */
  static final class Only {
    @Option(names = "--advoware-only", description = "Start only the Advoware server.")
    boolean advoware;

    @Option(names = "--espocrm-only", description = "Start only the EspoCRM server.")
    boolean espocrm;
  }

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "18080",
      description =
          "EspoCRM's port; Advoware takes the next one; 0 for ephemeral ports"
              + " (default: ${DEFAULT-VALUE}).")
  int port = 18080;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description =
          "A payload file to seed: an Advoware party, an EspoCRM record, a pair"
              + " {\"advoware\":..., \"espocrm\":...}, {\"pairs\": [...]}, or an array;"
              + " repeatable.")
  List<Path> seeds = List.of();

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      description = "Stop after this many seconds, 1 or more (default: run until Ctrl-C).")
  @Nullable Long durationSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (durationSeconds != null && durationSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--duration must be 1 or more seconds");
    }
    if (port < 0 || port > 65_534) {
      throw new ParameterException(spec.commandLine(), "--port must lie in 0..65534");
    }
    SeedFiles.Seeds seeded = seeds.isEmpty() ? null : SeedFiles.read(seeds);
    boolean advoware = only == null || only.advoware;
    boolean espocrm = only == null || only.espocrm;
    CountDownLatch stop = new CountDownLatch(1);
    try (FakeServers servers = FakeServers.start(advoware, espocrm, port)) {
      String what = seed(servers, seeded);
      Thread hook = new Thread(stop::countDown, "kommsync-serve-fakes-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      PrintWriter out = spec.commandLine().getOut();
      servers.describe().forEach(out::println);
      out.println();
      out.println(
          "Seeded "
              + what
              + (durationSeconds == null
                  ? ". Press Ctrl-C to stop."
                  : ". Stops after " + durationSeconds + " s or on Ctrl-C."));
      out.flush();
      await(stop);
      removeHook(hook);
    }
    return ExitCode.OK;
  }

  private static String seed(FakeServers servers, SeedFiles.Seeds seeded) {
    if (seeded == null) {
      List<DemoParty> parties = DemoRunner.parties(DemoRunner.DEFAULT_PARTIES);
      parties.forEach(
          p -> {
            servers.advowareSimulation().load(p.advoware());
            servers.espocrmSimulation().load(p.espocrm());
          });
      return parties.size() + " demo parties (Advoware 2001xx and 3000xx)";
    }
    seeded.parties().forEach(servers.advowareSimulation()::load);
    seeded.records().forEach(servers.espocrmSimulation()::load);
    return seeded.parties().size()
        + " Advoware parties and "
        + seeded.records().size()
        + " EspoCRM records";
  }

  private void await(CountDownLatch stop) throws InterruptedException {
    if (durationSeconds != null) {
      stop.await(durationSeconds, TimeUnit.SECONDS);
    } else {
      stop.await();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }
}
