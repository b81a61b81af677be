package de.kommsync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code kommsync} command; without a subcommand it prints its usage and fails. */
@Command(
    name = "kommsync",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description =
        "Keeps the phone, fax and e-mail entries of a party equal between Advoware and EspoCRM.",
    subcommands = {
      PlanCommand.class,
      ApplyCommand.class,
      DemoCommand.class,
      ServeFakesCommand.class,
      SyncCommand.class,
      RunDueCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    footer = {"", "Run 'kommsync help COMMAND' for the options of a command."})
final class RootCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Log at DEBUG and print stack traces of failures.")
  boolean verbose;

  @Option(
      names = "--unmask",
      scope = ScopeType.INHERIT,
      description = "Show personal data (numbers, addresses) unmasked in log lines.")
  boolean unmask;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("kommsync: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = RootCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"kommsync " + properties.getProperty("version", "unknown")};
    }
  }
}
