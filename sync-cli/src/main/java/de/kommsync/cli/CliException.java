package de.kommsync.cli;

import de.kommsync.SyncException;

/**
 * A command failed in a way the user can act on: carries the exit code and a one-line message that
 * names the file or setting and the problem, never a value or a secret.
 */
public final class CliException extends SyncException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode one of {@link ExitCode}'s codes, not {@link ExitCode#OK}
   * @param message one line: what failed and why
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = checked(exitCode);
  }

  /**
   * Creates the exception with a cause, shown only with {@code --verbose}.
   *
   * @param exitCode one of {@link ExitCode}'s codes, not {@link ExitCode#OK}
   * @param message one line: what failed and why
   * @param cause the underlying exception
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = checked(exitCode);
  }

  private static int checked(int exitCode) {
    if (exitCode == ExitCode.OK) {
      throw new IllegalArgumentException("a failure needs a non-zero exit code");
    }
    return exitCode;
  }

  /** Returns the exit code the process ends with. */
  public int exitCode() {
    return exitCode;
  }
}
