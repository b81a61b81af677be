package de.kommsync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.model.CrmValue;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.GuardTrip;
import de.kommsync.plan.Notice;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Skip;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.plan.ValueChange;
import de.kommsync.plan.Variant;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders a {@link RunResult} as JSON with a fixed field order. */
final class RunResultJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final boolean mask;

  private RunResultJson(boolean mask) {
    this.mask = mask;
  }

  static String render(RunResult result, boolean mask) {
    try {
      return MAPPER.writeValueAsString(new RunResultJson(mask).result(result));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("rendering the run result failed", e);
    }
  }

  private ObjectNode result(RunResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("partyId", r.partyId());
    root.put("recordId", r.recordId());
    root.put("outcome", r.outcome().name());
    root.put("failure", r.isFailure());
    root.put("reason", r.reason());
    root.put("statusWritten", r.statusWritten() == null ? null : r.statusWritten().wireName());
    root.put("startedAt", r.startedAt().toString());
    root.put("durationMillis", r.duration().toMillis());
    root.set("calls", calls(r.calls()));
    root.set("report", report(r));
    root.set("entryOperations", counts(r.entryOperationCounts()));
    root.set("crmChanges", counts(r.crmChangeCounts()));
    ArrayNode errors = root.putArray("errors");
    r.errors().forEach(errors::add);
    ArrayNode conflicts = root.putArray("conflicts");
    r.conflicts().forEach(c -> conflicts.add(conflict(c)));
    ArrayNode skipped = root.putArray("skipped");
    r.skipped().forEach(s -> skipped.add(skip(s)));
    ArrayNode notices = root.putArray("notices");
    r.notices().forEach(n -> notices.add(notice(n)));
    root.set("plan", r.plan() == null ? null : plan(r.plan()));
    return root;
  }

  private static ObjectNode calls(ApiCalls calls) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("partyReads", calls.partyReads());
    node.put("crmReads", calls.crmReads());
    node.put("crmUpdates", calls.crmUpdates());
    node.put("entryCreates", calls.entryCreates());
    node.put("entryUpdates", calls.entryUpdates());
    node.put("total", calls.total());
    return node;
  }

  private static ObjectNode report(RunResult r) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode toCrm = node.putObject("toCrm");
    toCrm.put("emailsSynced", r.emailsSyncedToCrm());
    toCrm.put("phonesSynced", r.phonesSyncedToCrm());
    toCrm.put("markersUpdated", r.markersUpdated());
    ObjectNode toParty = node.putObject("toPartySystem");
    toParty.put("created", r.createdInPartySystem());
    toParty.put("updated", r.updatedInPartySystem());
    toParty.put("blanked", r.blankedInPartySystem());
    node.put("totalChanges", r.totalChanges());
    return node;
  }

  private static ObjectNode counts(Map<Variant, Integer> counts) {
    ObjectNode node = MAPPER.createObjectNode();
    counts.forEach((variant, n) -> node.put(variant.name(), n));
    return node;
  }

  private ObjectNode conflict(Conflict c) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("entryId", c.entryId());
    node.put("channel", c.channel().name());
    node.put("syncedValue", value(c.syncedValue()));
    node.put("partySystemValue", value(c.partySystemValue()));
    node.put("crmValue", value(c.crmValue()));
    node.put("policy", c.policy().name());
    node.put("overwritten", value(c.overwritten()));
    return node;
  }

  private ObjectNode skip(Skip s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("side", s.side().name());
    node.put("entryId", s.entryId());
    node.put("channel", s.channel() == null ? null : s.channel().name());
    node.put("value", value(s.value()));
    node.put("reason", s.reason().name());
    return node;
  }

  private static ObjectNode notice(Notice n) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("entryId", n.entryId());
    node.put("kind", n.kind().name());
    node.put("detail", n.detail());
    return node;
  }

  private ObjectNode plan(Plan plan) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("direction", plan.direction().name());
    node.put("conflictPolicy", plan.conflictPolicy().name());
    node.put("firstSync", plan.firstSync());
    node.put("predictedHash", plan.predictedHash());
    node.set("guard", plan.guard() == null ? null : guard(plan.guard()));
    node.set("operations", operations(plan.operations()));
    node.set("deferred", operations(plan.deferred()));
    return node;
  }

  private static ObjectNode guard(GuardTrip g) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("side", g.side().name());
    node.put("removed", g.removed());
    node.put("total", g.total());
    node.put("reason", g.reason());
    return node;
  }

  private ArrayNode operations(List<Operation> operations) {
    ArrayNode array = MAPPER.createArrayNode();
    operations.forEach(op -> array.add(operation(op)));
    return array;
  }

  private ObjectNode operation(Operation op) {
    ObjectNode node = MAPPER.createObjectNode();
    if (op instanceof CrmWrite w) {
      node.put("type", "crmWrite");
      node.set("emails", w.emails() == null ? null : values(w.emails()));
      node.set("phones", w.phones() == null ? null : values(w.phones()));
      ArrayNode changes = node.putArray("changes");
      w.changes().forEach(c -> changes.add(change(c)));
    } else if (op instanceof CreateEntry c) {
      node.put("type", "createEntry");
      node.put("ref", c.ref());
      entryFields(node, c.kind().code(), c.value(), c.remark(), c.online(), c.variant(), c.stage());
    } else if (op instanceof UpdateEntry u) {
      node.put("type", "updateEntry");
      node.put("ref", u.ref());
      node.put("entryId", u.entryId());
      entryFields(node, u.kind().code(), u.value(), u.remark(), u.online(), u.variant(), u.stage());
    }
    return node;
  }

  private void entryFields(
      ObjectNode node,
      int kind,
      String value,
      String remark,
      boolean online,
      Variant variant,
      int stage) {
    node.put("kind", kind);
    node.put("value", value.isEmpty() ? "" : value(value));
    node.put("remark", mask ? "***" : remark);
    node.put("online", online);
    node.put("variant", variant.name());
    node.put("stage", stage);
  }

  private ArrayNode values(List<CrmValue> values) {
    ArrayNode array = MAPPER.createArrayNode();
    for (CrmValue v : values) {
      ObjectNode node = array.addObject();
      node.put("value", value(v.value()));
      node.put("type", v.type() == null ? null : v.type().name());
      node.put("primary", v.primary());
      node.put("optOut", v.optOut());
      node.put("invalid", v.invalid());
    }
    return array;
  }

  private ObjectNode change(ValueChange c) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("variant", c.variant().name());
    node.put("channel", c.channel().name());
    node.put("change", c.change().name());
    node.put("oldValue", c.oldValue() == null ? null : value(c.oldValue()));
    node.put("newValue", c.newValue() == null ? null : value(c.newValue()));
    return node;
  }

  private String value(@Nullable String value) {
    if (value == null) {
      return "";
    }
    return mask ? Masking.maskAlways(value) : value;
  }
}
