package de.kommsync.cli;

import de.kommsync.SyncException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code kommsync}: builds the command line, configures logging from {@code
 * --verbose}, and turns every failure into a one-line message and a documented {@link ExitCode}.
 */
public final class KommsyncCli {

  private KommsyncCli() {}

  /**
   * Runs {@code kommsync} with the given arguments and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * Returns a configured command line; tests call {@link CommandLine#execute} on it in-process
   * after {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @return a new command line, not shared
   */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new RootCommand());
    cli.setExecutionStrategy(KommsyncCli::execute);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(KommsyncCli::usageError);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpAutoWidth(false);
    cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.descriptions());
    return cli;
  }

  private static int execute(ParseResult parseResult) {
    Logging.configure(GlobalFlags.of(parseResult));
    return new CommandLine.RunLast().execute(parseResult);
  }

  private static int usageError(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("kommsync: " + failure.getMessage());
    UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the usage.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** Prints failures as one line; the stack trace only with {@code --verbose}. */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception failure, CommandLine command, ParseResult parseResult) {
      PrintWriter err = command.getErr();
      GlobalFlags flags = GlobalFlags.of(parseResult);
      int code;
      if (failure instanceof CliException cli) {
        code = cli.exitCode();
        err.println("kommsync: " + cli.getMessage());
      } else if (failure instanceof SyncException sync) {
        code = ExitCode.REMOTE_FAILED;
        err.println("kommsync: " + sync.getMessage());
      } else {
        code = ExitCode.INTERNAL;
        err.println(
            "kommsync: internal error ("
                + failure.getClass().getSimpleName()
                + "); run again with --verbose for details");
      }
      if (flags.verbose()) {
        failure.printStackTrace(err);
      }
      err.flush();
      return code;
    }
  }
}
