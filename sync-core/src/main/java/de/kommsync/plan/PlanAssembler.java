package de.kommsync.plan;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.value.SkipReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the merger's decisions into a {@link Plan}: applies the CRM's item limit, splits what the
 * direction excludes into {@code deferred}, orders and numbers the writes, checks the guard and
 * predicts the hash. One instance assembles one plan.
 */
final class PlanAssembler {

  private static final Comparator<EntryWrite> ORDER =
      Comparator.comparingInt(EntryWrite::stage)
          .thenComparing(write -> write.target() == null)
          .thenComparingInt(write -> write.target() == null ? 0 : write.target().index())
          .thenComparingInt(EntryWrite::seq);

  private final PartySnapshot party;
  private final CrmRecord record;
  private final CrmRules rules;
  private final SyncOptions options;
  private final Classifier classifier;
  private final List<ClassifiedEntry> entries;
  private final Map<Channel, CrmList> lists;
  private final PlanDraft draft;
  private final CrmItem[] syncedItems;

  PlanAssembler(
      PartySnapshot party,
      CrmRecord record,
      CrmRules rules,
      SyncOptions options,
      Classifier classifier,
      List<ClassifiedEntry> entries,
      Map<Channel, CrmList> lists,
      PlanDraft draft,
      CrmItem[] syncedItems) {
    this.party = party;
    this.record = record;
    this.rules = rules;
    this.options = options;
    this.classifier = classifier;
    this.entries = entries;
    this.lists = lists;
    this.draft = draft;
    this.syncedItems = syncedItems;
  }

  Plan assemble() {
    boolean crmDeferred = !options.direction().includes(Direction.TO_CRM);
    List<EntryWrite> applied = new ArrayList<>();
    List<EntryWrite> deferredWrites = new ArrayList<>();
    splitByDirection(withinCapacity(), crmDeferred, applied, deferredWrites);
    rebaseStaleMarkers(applied, deferredWrites, crmDeferred);
    CrmWrite crmWrite = crmWrite();
    List<Operation> operations = new ArrayList<>();
    List<Operation> deferred = new ArrayList<>();
    if (crmWrite != null) {
      (crmDeferred ? deferred : operations).add(crmWrite);
    }
    int ref = 1;
    for (EntryWrite write : applied) {
      operations.add(write.toOperation(ref++));
    }
    for (EntryWrite write : deferredWrites) {
      deferred.add(write.toOperation(ref++));
    }
    boolean crmApplied = crmWrite != null && !crmDeferred;
    GuardTrip guard = options.force() ? null : guard(applied, crmApplied);
    return new Plan(
        party.partyId(),
        record.id(),
        options.direction(),
        options.conflictPolicy(),
        isFirstSync(entries),
        operations,
        deferred,
        List.copyOf(draft.skips()),
        draft.conflicts(),
        draft.notices(),
        guard,
        predictedHash(applied));
  }

  /**
   * Splits the writes into the ones the run applies and the ones its direction defers: a write of
   * the other flow, and a write whose marker records a value the deferred CRM update would bring
   * (SPEC section 9: a marker is only written once the CRM holds its value). Every CRM change flows
   * to the CRM, so the one CRM update is applied or deferred as a whole. Both lists end up in write
   * order.
   */
  private void splitByDirection(
      List<EntryWrite> writes,
      boolean crmDeferred,
      List<EntryWrite> applied,
      List<EntryWrite> deferred) {
    for (EntryWrite write : writes) {
      boolean waits = write.dependsOn() != null && crmDeferred;
      if (waits || !options.direction().includes(write.variant().flow())) {
        deferred.add(write);
      } else {
        applied.add(write);
      }
    }
    applied.sort(ORDER);
    deferred.sort(ORDER);
  }

  /**
   * Rewrites the marker of every entry whose value changed or was deleted in the party system,
   * whose synced value the CRM does not hold after the run, and that the run does not write: its
   * write is deferred by the direction, or skipped (the new value's marker does not fit the remark,
   * the CRM list is full). Left alone, the marker would name a value neither side holds, and a
   * later run would read that value, entered again on either side, as the entry's old one and
   * remove it (see {@link Variant#MARKER_REBASED}). The new remark makes a later run plan what the
   * unwritten write would have done: a deleted entry becomes a free slot, an unsyncable one loses
   * its value marker, and a changed one reads as a new entry of its kind (a filled slot).
   *
   * <p>A conflict decided for the side whose write the direction defers becomes the entry's new
   * base, so the decision survives and no value a person adds to the CRM meanwhile is taken for the
   * old one: when the CRM won (a run towards the CRM), the marker records the entry's own value,
   * which the CRM replaced; when the party system won (a run towards it), it records the CRM value
   * the entry's value replaces. Either marker departs from SPEC sections 4 and 9 on purpose (a
   * value the CRM does not hold, or another value than the entry's): a later run then plans the
   * decided half as a change of one side against that base.
   */
  private void rebaseStaleMarkers(
      List<EntryWrite> applied, List<EntryWrite> deferred, boolean crmDeferred) {
    Set<ClassifiedEntry> written = Collections.newSetFromMap(new IdentityHashMap<>());
    for (EntryWrite write : applied) {
      if (write.target() != null) {
        written.add(write.target());
      }
    }
    List<EntryWrite> rebased = new ArrayList<>();
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() != EntryClass.MARKED
          || entry.partyChange() == PartyChange.UNCHANGED
          || written.contains(entry)
          || crmHoldsAfterRun(entry.syncedChannel(), entry.syncedKey(), crmDeferred)) {
        continue;
      }
      // a remark the user made longer than the limit cannot be written at all: it stays
      rebasedMarker(entry, deferred, crmDeferred)
          .filter(draft::fits)
          .flatMap(
              remark ->
                  draft.update(
                      entry, Variant.MARKER_REBASED, 1, entry.value(), remark, null, false))
          .ifPresent(
              rebase -> {
                rebased.add(rebase);
                // a deferred write the rebase equals (a deletion on both sides) is not deferred
                deferred.removeIf(
                    write ->
                        write.target() == entry
                            && write.value().equals(rebase.value())
                            && write.remark().equals(rebase.remark()));
              });
    }
    applied.addAll(rebased);
    applied.sort(ORDER);
  }

  private boolean crmHoldsAfterRun(
      @Nullable Channel channel, @Nullable String key, boolean crmDeferred) {
    if (channel == null) {
      return false;
    }
    CrmList list = lists.get(channel);
    if (crmDeferred) {
      return list.storedItem(key).isPresent();
    }
    return list.holder(key).filter(item -> !item.refused()).isPresent();
  }

  private Optional<String> rebasedMarker(
      ClassifiedEntry entry, List<EntryWrite> deferred, boolean crmDeferred) {
    if (entry.partyChange() == PartyChange.DELETED) {
      return Optional.of(draft.slotRemark(entry, entry.userText()));
    }
    if (entry.partyChange() == PartyChange.UNSYNCABLE) {
      return Optional.of(draft.unmarkedRemark(entry));
    }
    // a conflict is decided only where its resolution was planned and the direction deferred it;
    // one whose resolution was skipped (its marker does not fit) leaves the entry changed
    Optional<Conflict> decided =
        decidedConflict(entry).filter(c -> deferred.stream().anyMatch(w -> w.target() == entry));
    if (decided.isEmpty()) {
      return changedMarker(entry, deferred, crmDeferred);
    }
    // the decision becomes the entry's new base: the CRM won, so the entry's own value is the
    // synced one the CRM replaced; the party system won, so the CRM value it replaces is
    Kind kind = entry.valueMarker().orElseThrow().kind();
    String base =
        decided.get().policy() == ConflictPolicy.CRM_WINS
            ? entry.value()
            : decided.get().crmValue();
    return draft.valueRemark(base, kind, entry.userText());
  }

  /**
   * Returns the new remark of a changed entry without a decided conflict. When the CRM holds its
   * new value after the run, the marker records that value (a marker write for a value the CRM
   * holds is safe in every direction): the one a deferred marker write would have written, or, when
   * what is deferred is the blanking that finishes a move, with the old kind, so a later run still
   * sees the type change and blanks the entry. Otherwise the entry reads as new again: a later run
   * adds its value to the CRM as the unwritten write would have, or skips it again for the same
   * reason.
   */
  private Optional<String> changedMarker(
      ClassifiedEntry entry, List<EntryWrite> deferred, boolean crmDeferred) {
    if (!crmHoldsAfterRun(entry.channel(), entry.key(), crmDeferred)) {
      return Optional.of(draft.unmarkedRemark(entry));
    }
    for (EntryWrite write : deferred) {
      if (write.target() == entry && write.value().equals(entry.value())) {
        return Optional.of(write.remark());
      }
    }
    Kind kind = entry.valueMarker().orElseThrow().kind();
    if (kind.channel().orElse(null) != entry.channel()) {
      return Optional.empty();
    }
    return draft.valueRemark(entry.value(), kind, entry.userText());
  }

  /**
   * Returns the conflict one side won on this entry, or on the entry changed to the same value
   * whose resolution this one follows.
   */
  private Optional<Conflict> decidedConflict(ClassifiedEntry entry) {
    for (Conflict conflict : draft.conflicts()) {
      if (conflict.policy() == ConflictPolicy.KEEP_BOTH) {
        continue;
      }
      for (ClassifiedEntry other : entries) {
        if (other.id() == conflict.entryId()
            && other.channel() == entry.channel()
            && Objects.equals(other.key(), entry.key())) {
          return Optional.of(conflict);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Applies each list's item limit and returns the positions of the entries whose additions it
   * refuses (every entry whose marker would record a refused value).
   */
  static Set<Integer> refusedEntries(Map<Channel, CrmList> lists, PlanDraft draft, CrmRules rules) {
    Set<CrmItem> refused = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CrmList list : lists.values()) {
      refused.addAll(list.applyCapacity(rules.maxItems(list.channel())));
    }
    Set<Integer> entries = new HashSet<>();
    for (EntryWrite write : draft.writes()) {
      if (write.dependsOn() != null
          && refused.contains(write.dependsOn())
          && write.target() != null) {
        entries.add(write.target().index());
      }
    }
    return entries;
  }

  /** Returns whether no entry carries a value marker (SPEC section 7). */
  static boolean isFirstSync(List<ClassifiedEntry> entries) {
    return entries.stream().noneMatch(entry -> entry.valueMarker().isPresent());
  }

  /**
   * Refuses the additions beyond each list's item limit and drops the marker writes that record
   * them; each such entry is reported as skipped.
   */
  private List<EntryWrite> withinCapacity() {
    Set<CrmItem> refused = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CrmList list : lists.values()) {
      refused.addAll(list.applyCapacity(rules.maxItems(list.channel())));
    }
    List<EntryWrite> kept = new ArrayList<>();
    for (EntryWrite write : draft.writes()) {
      if (write.dependsOn() != null && refused.contains(write.dependsOn())) {
        ClassifiedEntry target = write.target();
        if (target != null) {
          draft.skip(target, write.dependsOn().channel(), SkipReason.CRM_LIST_FULL);
        }
      } else {
        kept.add(write);
      }
    }
    return kept;
  }

  private @Nullable CrmWrite crmWrite() {
    Map<Channel, List<CrmValue>> sent = new EnumMap<>(Channel.class);
    List<ValueChange> changes = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      CrmList list = lists.get(channel);
      boolean changed = false;
      for (CrmList.Planned planned : list.changes()) {
        if (planned.item().refused()) {
          continue;
        }
        changed = true;
        String newValue =
            planned.change() == ValueChange.Change.REMOVED ? null : planned.item().value();
        changes.add(
            new ValueChange(
                planned.variant(), channel, planned.change(), planned.oldValue(), newValue));
      }
      if (changed) {
        sent.put(channel, list.result());
      }
    }
    if (changes.isEmpty()) {
      return null;
    }
    return new CrmWrite(sent.get(Channel.EMAIL), sent.get(Channel.PHONE), changes);
  }

  /**
   * The guard of SPEC section 6: trips when the plan would blank or remove at least the configured
   * share of one side's synced values (moves and overwrites do not count), when that side holds at
   * least the configured number of them.
   */
  private @Nullable GuardTrip guard(List<EntryWrite> applied, boolean crmApplied) {
    Set<CrmItem> synced = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CrmItem item : syncedItems) {
      if (item != null) {
        synced.add(item);
      }
    }
    int removed = 0;
    if (crmApplied) {
      for (CrmList list : lists.values()) {
        for (CrmList.Planned planned : list.changes()) {
          if (planned.change() == ValueChange.Change.REMOVED
              && planned.variant() != Variant.VAR6_CHANGED_IN_PARTY_SYSTEM) {
            removed++;
          }
        }
      }
    }
    GuardTrip crm = trip(Skip.Side.CRM, removed, synced.size(), "removed from the CRM");
    if (crm != null) {
      return crm;
    }
    int marked = (int) entries.stream().filter(e -> e.valueMarker().isPresent()).count();
    int blanked = (int) applied.stream().filter(EntryWrite::blanks).count();
    return trip(Skip.Side.PARTY_SYSTEM, blanked, marked, "blanked in the party system");
  }

  private @Nullable GuardTrip trip(Skip.Side side, int removed, int total, String what) {
    if (total < options.guardMinValues() || removed == 0) {
      return null;
    }
    if (removed < options.guardShare() * total - 1e-9) {
      return null;
    }
    String reason =
        "the plan would leave "
            + removed
            + " of "
            + total
            + (total == 1 ? " synced value " : " synced values ")
            + what
            + "; run with force to apply it";
    return new GuardTrip(side, removed, total, reason);
  }

  /** Predicts the content hash after the applied writes, from the planned entry states. */
  private String predictedHash(List<EntryWrite> applied) {
    List<PartyEntry> after = new ArrayList<>(party.entries());
    Set<Integer> touched = new HashSet<>();
    int created = 0;
    for (EntryWrite write : applied) {
      ClassifiedEntry target = write.target();
      if (target == null) {
        created++;
        after.add(new PartyEntry(-created, null, write.value(), 0, write.remark(), write.online()));
        continue;
      }
      if (!touched.add(target.index())) {
        throw new IllegalStateException("two writes planned for entry " + target.id());
      }
      PartyEntry old = target.entry();
      after.set(
          target.index(),
          new PartyEntry(
              old.id(),
              old.rowId(),
              write.value(),
              old.kindCode(),
              write.remark(),
              write.online()));
    }
    return CommunicationHash.content(classifier.classify(after));
  }
}
