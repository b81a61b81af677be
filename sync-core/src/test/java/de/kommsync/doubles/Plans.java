package de.kommsync.doubles;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.plan.Conflict;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.CrmWrite;
import de.kommsync.plan.GuardTrip;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import de.kommsync.plan.Skip;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.plan.ValueChange;
import de.kommsync.plan.Variant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds plans by hand for executor tests. Not thread-safe. */
public final class Plans {

  /** The party id every test plan uses. */
  public static final String PARTY = "4711";

  /** The record id every test plan uses. */
  public static final String RECORD = "6650a1b2c3d4e5f60";

  private final List<Operation> operations = new ArrayList<>();
  private final List<Operation> deferred = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();
  private final List<Skip> skipped = new ArrayList<>();
  private final List<ValueChange> changes = new ArrayList<>();
  private @Nullable List<CrmValue> emails;
  private @Nullable List<CrmValue> phones;
  private @Nullable GuardTrip guard;
  private Direction direction = Direction.BOTH;
  private String hash = "00000000000000aa";
  private int ref;

  private Plans() {}

  /** Starts a plan. */
  public static Plans plan() {
    return new Plans();
  }

  /** Returns an empty plan with the given predicted hash. */
  public static Plan empty(String hash) {
    return plan().hash(hash).build();
  }

  /** Sets the plan's new e-mail list and records one added value per new item. */
  public Plans emails(CrmValue... values) {
    emails = List.of(values);
    for (CrmValue v : values) {
      changes.add(
          new ValueChange(
              Variant.VAR4_NEW_IN_PARTY_SYSTEM,
              Channel.EMAIL,
              ValueChange.Change.ADDED,
              null,
              v.value()));
    }
    return this;
  }

  /** Sets the plan's new phone list and records one added value per new item. */
  public Plans phones(CrmValue... values) {
    phones = List.of(values);
    for (CrmValue v : values) {
      changes.add(
          new ValueChange(
              Variant.VAR4_NEW_IN_PARTY_SYSTEM,
              Channel.PHONE,
              ValueChange.Change.ADDED,
              null,
              v.value()));
    }
    return this;
  }

  /** Adds a create of a business phone entry in a stage (Var1). */
  public Plans create(int stage, String value) {
    operations.add(createOp(stage, value));
    return this;
  }

  /** Adds an update writing a value and its marker into an entry (Var5 or Var4's marker). */
  public Plans update(long entryId, int stage, String value, Variant variant) {
    operations.add(updateOp(entryId, stage, value, variant));
    return this;
  }

  /** Adds an update blanking an entry to a slot (Var2). */
  public Plans blank(long entryId, int stage) {
    String remark = MarkerCodec.render(new Marker.Slot(Kind.BUSINESS_PHONE), "");
    operations.add(
        new UpdateEntry(
            ++ref,
            entryId,
            Kind.BUSINESS_PHONE,
            "",
            remark,
            false,
            Variant.VAR2_DELETED_IN_CRM,
            stage));
    return this;
  }

  /** Adds a create the direction deferred. */
  public Plans deferredCreate(String value) {
    deferred.add(createOp(1, value));
    return this;
  }

  /** Adds a resolved conflict. */
  public Plans conflict(long entryId, String partyValue, String crmValue) {
    conflicts.add(
        new Conflict(
            entryId,
            Channel.PHONE,
            "+4951111111",
            partyValue,
            crmValue,
            ConflictPolicy.CRM_WINS,
            partyValue));
    return this;
  }

  /** Adds a skipped value. */
  public Plans skip(Skip skip) {
    skipped.add(skip);
    return this;
  }

  /** Sets a guard trip. */
  public Plans guard(int removed, int total) {
    guard =
        new GuardTrip(
            Skip.Side.CRM, removed, total, "would remove " + removed + " of " + total + " values");
    return this;
  }

  /** Sets the direction. */
  public Plans direction(Direction value) {
    direction = value;
    return this;
  }

  /** Sets the predicted hash. */
  public Plans hash(String value) {
    hash = value;
    return this;
  }

  /** Builds the plan: the CRM write first when there is one, then the entry writes. */
  public Plan build() {
    List<Operation> ops = new ArrayList<>();
    if (emails != null || phones != null) {
      ops.add(new CrmWrite(emails, phones, changes));
    }
    ops.addAll(operations);
    return new Plan(
        PARTY,
        RECORD,
        direction,
        ConflictPolicy.CRM_WINS,
        false,
        ops,
        deferred,
        skipped,
        conflicts,
        List.of(),
        guard,
        hash);
  }

  private CreateEntry createOp(int stage, String value) {
    String remark = MarkerCodec.render(new Marker.Value(value, Kind.BUSINESS_PHONE), "");
    return new CreateEntry(
        ++ref, Kind.BUSINESS_PHONE, value, remark, false, Variant.VAR1_NEW_IN_CRM, stage);
  }

  private UpdateEntry updateOp(long entryId, int stage, String value, Variant variant) {
    String remark = MarkerCodec.render(new Marker.Value(value, Kind.BUSINESS_PHONE), "");
    return new UpdateEntry(
        ++ref, entryId, Kind.BUSINESS_PHONE, value, remark, false, variant, stage);
  }
}
