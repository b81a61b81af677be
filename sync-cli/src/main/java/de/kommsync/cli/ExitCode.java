package de.kommsync.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of {@code kommsync}, one per kind of failure, so scripts can tell them apart. The
 * help of the root command lists them.
 */
public final class ExitCode {

  /** The command did what it was asked. */
  public static final int OK = 0;

  /**
   * A sync run failed, or did not run because the party failed before and its next retry is not due
   * (the back-off; {@code --ignore-backoff} runs it anyway), or the demo did not converge.
   */
  public static final int SYNC_FAILED = 1;

  /**
   * The command line was wrong: an unknown option, a missing or malformed value (for example an
   * {@code --entity-id} that is no EspoCRM record id, or a {@code --betnr} below 1).
   */
  public static final int USAGE = 2;

  /** An input file is missing or cannot be read. */
  public static final int INPUT_UNREADABLE = 3;

  /** An input file holds no JSON, garbage, or JSON of the wrong shape or types. */
  public static final int INPUT_INVALID = 4;

  /** The mass-blank guard stopped the run; nothing was applied (use --force to override). */
  public static final int GUARD_STOPPED = 5;

  /** An output file or directory cannot be written; nothing was written. */
  public static final int OUTPUT_FAILED = 6;

  /**
   * The configuration is missing, incomplete or invalid, secrets included (for example an Advoware
   * API key that is not Base64); the message names the setting, never its value.
   */
  public static final int CONFIG_INVALID = 7;

  /**
   * A remote system refused or failed a call (authentication, server error), or the party or the
   * record does not exist there. A sync of a party Advoware answers 404 for ends here too: it sets
   * the record's status to {@code deleted_in_advoware}, but the party was not synced.
   */
  public static final int REMOTE_FAILED = 8;

  /** An unexpected internal error; run again with --verbose for the stack trace. */
  public static final int INTERNAL = 70;

  private ExitCode() {}

  /** Returns every exit code with its one-line meaning, in ascending order. */
  public static Map<String, String> descriptions() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(OK), "success");
    codes.put(
        Integer.toString(SYNC_FAILED),
        "a sync run failed or was backed off, or the demo did not converge");
    codes.put(Integer.toString(USAGE), "wrong command line");
    codes.put(Integer.toString(INPUT_UNREADABLE), "an input file is missing or unreadable");
    codes.put(
        Integer.toString(INPUT_INVALID), "an input file is empty, not JSON or wrongly shaped");
    codes.put(Integer.toString(GUARD_STOPPED), "the mass-blank guard stopped the run (--force)");
    codes.put(Integer.toString(OUTPUT_FAILED), "the output cannot be written; nothing was written");
    codes.put(Integer.toString(CONFIG_INVALID), "the configuration is missing or invalid");
    codes.put(
        Integer.toString(REMOTE_FAILED),
        "a remote system refused or failed a call, or the party or record does not exist");
    codes.put(Integer.toString(INTERNAL), "internal error (--verbose shows the stack trace)");
    return codes;
  }
}
