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
        "planned: {} operations, {} deferred, {} skipped, first sync {}",
        plan.operations().size(),
        plan.deferred().size(),
        plan.skipped().size(),
        plan.firstSync());
    for (Conflict c : plan.conflicts()) {
      log.warn(
          "conflict on entry {} resolved by {}: {} overwritten",
          c.entryId(),
          c.policy(),
          c.overwritten().isEmpty() ? "nothing" : mask.apply(c.overwritten()));
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
      log.info("{} values skipped (see the run result for the reasons)", plan.skipped().size());
    }
    plan.guardTrip()
        .ifPresent(
            g ->
                log.warn(
                    "guard: the plan would remove {} of {} synced values on the {} side",
                    g.removed(),
                    g.total(),
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
        "sync {}: {} CRM value changes, {} entry writes, status {}, calls {} "
            + "(party reads {}, CRM reads {}, CRM updates {}, creates {}, updates {}), {} ms{}";
    Object[] args = {
      r.outcome(),
      r.appliedCrmChanges().size(),
      r.entryOperationCounts().values().stream().mapToInt(Integer::intValue).sum(),
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
}
