package de.kommsync.apply;

import de.kommsync.RunResult;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.Notice;
import de.kommsync.plan.Plan;
import de.kommsync.plan.ValueChange;
import de.kommsync.spi.CrmChange;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The run's log lines: DEBUG per operation, INFO for the summary, WARN for what the user must look
 * at. Values pass through the mask; ids and counts are logged as they are.
 */
final class RunLog {

  private RunLog() {}

  static void plan(Logger log, Plan plan, UnaryOperator<String> mask) {
    log.debug(
        "planned: {}, {} deferred, {} skipped, first sync {}",
        count(plan.operations().size(), "operation"),
        plan.deferred().size(),
        plan.skipped().size(),
        plan.firstSync());
    for (Conflict c : plan.conflicts()) {
      log.warn(
          "conflict on entry {} resolved by {}: {} {}",
          c.entryId(),
          c.policy(),
          c.overwritten().isEmpty() ? "nothing" : mask.apply(c.overwritten()),
          plan.deferred(c) ? "will be overwritten (deferred by the direction)" : "overwritten");
    }
    for (Notice n : plan.notices()) {
      if (n.kind() == Notice.Kind.MALFORMED_MARKER
          || n.kind() == Notice.Kind.SLOT_MARKER_DROPPED
          || n.kind() == Notice.Kind.UNKNOWN_KIND_CODE) {
        log.warn("entry {}: {} ({})", n.entryId(), n.kind(), n.detail());
      } else {
        log.info("entry {}: {} ({})", n.entryId(), n.kind(), n.detail());
      }
    }
    if (!plan.skipped().isEmpty()) {
      log.info(
          "{} skipped (see the run result for the reasons)", count(plan.skipped().size(), "value"));
    }
    plan.guardTrip()
        .ifPresent(
            g ->
                log.warn(
                    "guard: the plan would remove {} of {} on the {} side",
                    g.removed(),
                    count(g.total(), "synced value"),
                    g.side()));
  }

  static void update(
      Logger log, CrmChange change, @Nullable Plan plan, UnaryOperator<String> mask) {
    if (!log.isDebugEnabled()) {
      return;
    }
    boolean lists = change.emails() != null || change.phones() != null;
    log.debug("updated CRM record: lists {}, fields {}", lists, change.stateFields());
    if (!lists || plan == null) {
      return;
    }
    for (ValueChange c : plan.crmWrite().map(CrmWrite::changes).orElse(List.of())) {
      log.debug(
          "CRM {} {}: {} -> {} ({})",
          c.channel(),
          c.change(),
          c.oldValue() == null ? "-" : mask.apply(c.oldValue()),
          c.newValue() == null ? "-" : mask.apply(c.newValue()),
          c.variant());
    }
  }

  static void summary(Logger log, RunResult r) {
    String format =
        "sync {}: {}, {}, status {}, calls {} "
            + "(party reads {}, CRM reads {}, CRM updates {}, creates {}, updates {}), {} ms{}";
    Object[] args = {
      r.outcome(),
      count(r.appliedCrmChanges().size(), "CRM value change"),
      count(
          r.entryOperationCounts().values().stream().mapToInt(Integer::intValue).sum(),
          "entry write"),
      r.statusWritten() == null ? "unchanged" : r.statusWritten().wireName(),
      r.calls().total(),
      r.calls().partyReads(),
      r.calls().crmReads(),
      r.calls().crmUpdates(),
      r.calls().entryCreates(),
      r.calls().entryUpdates(),
      r.duration().toMillis(),
      r.reason() == null ? "" : ": " + r.reason()
    };
    if (r.isFailure()) {
      log.warn(format, args);
    } else {
      log.info(format, args);
    }
  }

  /** Returns a count with its noun, singular for 1: {@code 1 operation}, {@code 2 operations}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
