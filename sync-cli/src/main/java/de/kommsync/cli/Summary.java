package de.kommsync.cli;

import de.kommsync.RunResult;

/** One-line summaries of run results, without personal data. */
final class Summary {

  private Summary() {}

  /**
   * Returns a line such as {@code party 104860 / record 68e3e7eab49f09adb: SUCCESS, 3 operations, 1
   * conflict, 1 skipped, 5 calls, status clean}.
   */
  static String line(RunResult result) {
    return line(result, true);
  }

  /**
   * Returns the line of {@link #line(RunResult)}, without the run's reason when {@code withReason}
   * is false (for outcomes a command explains on a line of its own).
   */
  static String line(RunResult result, boolean withReason) {
    StringBuilder line = new StringBuilder();
    line.append("party ")
        .append(result.partyId())
        .append(" / record ")
        .append(result.recordId())
        .append(": ")
        .append(result.outcome())
        .append(", ")
        .append(count(result.applied().size(), "operation"))
        .append(", ")
        .append(count(result.conflicts().size(), "conflict"))
        .append(", ")
        .append(result.skipped().size())
        .append(" skipped, ")
        .append(count(result.calls().total(), "call"));
    result.writtenStatus().ifPresent(s -> line.append(", status ").append(s.wireName()));
    if (withReason) {
      result.reasonText().ifPresent(r -> line.append(" (").append(r).append(')'));
    }
    return line.toString();
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
