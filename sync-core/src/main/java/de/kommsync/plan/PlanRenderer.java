package de.kommsync.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.model.CrmValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Plan} for people (text) and for tools (JSON). Both renderings are deterministic:
 * the same plan gives the same text, fields in a fixed order. They show values and remarks, which
 * are personal data: they are meant for the user who asked for the plan, never for logs. Stateless
 * and thread-safe.
 *
 * <p>The JSON object holds, in this order: {@code partyId}, {@code recordId}, {@code operations}
 * (an array, empty when there is nothing to do), {@code deferred}, {@code skipped}, {@code
 * conflicts}, {@code notices}, {@code guard} (null unless the guard stopped the plan), {@code
 * firstSync}, {@code predictedHash}, {@code direction} and {@code conflictPolicy}. Each operation
 * carries a {@code type} ({@code crmWrite}, {@code createEntry} or {@code updateEntry}) and, for
 * entry writes, its {@code variant}; kinds are written as their codes 1 to 12, enums by name. A
 * conflict carries {@code deferred}: true when the run's direction deferred the write that resolves
 * it, so the value in {@code overwritten} is overwritten only by a later run (the text says "will
 * overwrite ... (deferred)").
 */
public final class PlanRenderer {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanRenderer() {}

  /**
   * Renders the plan as a JSON object (pretty-printed, {@code \n} line ends).
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String toJson(Plan plan) {
    try {
      return JSON.writeValueAsString(toJsonTree(plan)).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plan tree always serialises", e);
    }
  }

  /**
   * Renders the plan as a JSON tree, for hosts that embed it in their own documents.
   *
   * @param plan the plan
   * @return a new tree
   */
  public static ObjectNode toJsonTree(Plan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("partyId", plan.partyId());
    root.put("recordId", plan.recordId());
    root.set("operations", operations(plan.operations()));
    root.set("deferred", operations(plan.deferred()));
    ArrayNode skipped = root.putArray("skipped");
    for (Skip skip : plan.skipped()) {
      ObjectNode node = skipped.addObject();
      node.put("side", skip.side().name());
      node.put("entryId", skip.entryId());
      node.put("channel", skip.channel() == null ? null : skip.channel().name());
      node.put("value", skip.value());
      node.put("reason", skip.reason().name());
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict conflict : plan.conflicts()) {
      ObjectNode node = conflicts.addObject();
      node.put("entryId", conflict.entryId());
      node.put("channel", conflict.channel().name());
      node.put("syncedValue", conflict.syncedValue());
      node.put("partySystemValue", conflict.partySystemValue());
      node.put("crmValue", conflict.crmValue());
      node.put("policy", conflict.policy().name());
      node.put("overwritten", conflict.overwritten());
      node.put("deferred", TextSections.deferred(plan, conflict));
    }
    ArrayNode notices = root.putArray("notices");
    for (Notice notice : plan.notices()) {
      ObjectNode node = notices.addObject();
      node.put("entryId", notice.entryId());
      node.put("kind", notice.kind().name());
      node.put("detail", notice.detail());
    }
    root.set("guard", guard(plan.guard()));
    root.put("firstSync", plan.firstSync());
    root.put("predictedHash", plan.predictedHash());
    root.put("direction", plan.direction().name());
    root.put("conflictPolicy", plan.conflictPolicy().name());
    return root;
  }

  private static @Nullable ObjectNode guard(@Nullable GuardTrip guard) {
    if (guard == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("side", guard.side().name());
    node.put("removed", guard.removed());
    node.put("total", guard.total());
    node.put("reason", guard.reason());
    return node;
  }

  private static ArrayNode operations(List<Operation> operations) {
    ArrayNode array = JSON.createArrayNode();
    for (Operation operation : operations) {
      array.add(operation(operation));
    }
    return array;
  }

  private static ObjectNode operation(Operation operation) {
    ObjectNode node = JSON.createObjectNode();
    if (operation instanceof CrmWrite write) {
      node.put("type", "crmWrite");
      node.set("emails", items(write.emails()));
      node.set("phones", items(write.phones()));
      ArrayNode changes = node.putArray("changes");
      for (ValueChange change : write.changes()) {
        ObjectNode item = changes.addObject();
        item.put("variant", change.variant().name());
        item.put("channel", change.channel().name());
        item.put("change", change.change().name());
        item.put("oldValue", change.oldValue());
        item.put("newValue", change.newValue());
      }
    } else if (operation instanceof CreateEntry create) {
      node.put("type", "createEntry");
      node.put("ref", create.ref());
      node.put("variant", create.variant().name());
      node.put("stage", create.stage());
      node.put("kind", create.kind().code());
      node.put("value", create.value());
      node.put("remark", create.remark());
      node.put("online", create.online());
    } else if (operation instanceof UpdateEntry update) {
      node.put("type", "updateEntry");
      node.put("ref", update.ref());
      node.put("variant", update.variant().name());
      node.put("stage", update.stage());
      node.put("entryId", update.entryId());
      node.put("kind", update.kind().code());
      node.put("value", update.value());
      node.put("remark", update.remark());
      node.put("online", update.online());
    }
    return node;
  }

  private static @Nullable ArrayNode items(@Nullable List<CrmValue> values) {
    if (values == null) {
      return null;
    }
    ArrayNode array = JSON.createArrayNode();
    for (CrmValue value : values) {
      ObjectNode item = array.addObject();
      item.put("value", value.value());
      item.put("type", value.type() == null ? null : value.type().name());
      item.put("nativeType", value.nativeType());
      item.put("primary", value.primary());
      item.put("optOut", value.optOut());
      item.put("invalid", value.invalid());
    }
    return array;
  }

  /**
   * Renders the plan as text for people: a header, then one section per part of the plan. Values
   * and remarks are quoted on one line each: a backslash, a quote, CR, LF and tab are escaped as in
   * Java ({@code \\}, {@code \"}, {@code \r}, {@code \n}, {@code \t}), every other control
   * character, line or paragraph separator and bidirectional override as a backslash, {@code u} and
   * four hex digits; a text longer than 200 characters shows its first 200, then {@code ...(100000
   * chars)} with its full length. The JSON rendering carries every text exactly.
   *
   * @param plan the plan
   * @return the text, lines ending in {@code \n}
   */
  public static String toText(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("Plan for party ")
        .append(TextSections.escape(plan.partyId()))
        .append(", CRM record ")
        .append(TextSections.escape(plan.recordId()))
        .append('\n');
    out.append("Direction ")
        .append(plan.direction())
        .append(", conflict policy ")
        .append(plan.conflictPolicy())
        .append(plan.firstSync() ? ", first sync" : "")
        .append('\n');
    out.append("Predicted hash ").append(plan.predictedHash()).append('\n');
    if (plan.guard() != null) {
      GuardTrip guard = plan.guard();
      out.append("GUARD: nothing is applied unless forced: ")
          .append(TextSections.escape(guard.reason()))
          .append('\n');
    }
    TextSections.operations(out, "Operations", plan.operations());
    TextSections.operations(out, "Deferred", plan.deferred());
    TextSections.skipped(out, plan.skipped());
    TextSections.conflicts(out, plan);
    TextSections.notices(out, plan.notices());
    return out.toString();
  }
}
