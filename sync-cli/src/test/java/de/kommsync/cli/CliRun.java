package de.kommsync.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-process run of {@code kommsync} with captured output.
 *
 * @param exitCode the exit code
 * @param out what the command printed to stdout
 * @param err what the command printed to stderr
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line in this JVM. */
  static CliRun of(String... args) {
    return of(cli -> {}, args);
  }

  /** Runs the command line in this JVM after preparing it (for example a command's fields). */
  static CliRun of(Consumer<CommandLine> prepare, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KommsyncCli.newCommandLine();
    prepare.accept(cli);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute(args);

    return new CliRun(code, out.toString(), err.toString());
  }

  /** Returns the non-empty lines of stderr. */
  long errLines() {
    return err.lines().filter(line -> !line.isBlank()).count();
  }
}
