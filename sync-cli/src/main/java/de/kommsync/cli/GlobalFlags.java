package de.kommsync.cli;

import picocli.CommandLine.ParseResult;

/**
 * The flags every command accepts ({@code --verbose}, {@code --unmask}), as found anywhere on the
 * command line.
 *
 * @param verbose whether to log at DEBUG and print stack traces
 * @param unmask whether personal data appears unmasked in logs
 */
record GlobalFlags(boolean verbose, boolean unmask) {

  /** Reads the flags from a parse result and its subcommands. */
  static GlobalFlags of(ParseResult parseResult) {
    boolean verbose = false;
    boolean unmask = false;
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      verbose |= level.hasMatchedOption("--verbose");
      unmask |= level.hasMatchedOption("--unmask");
    }
    return new GlobalFlags(verbose, unmask);
  }
}
