package de.kommsync.plan;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import de.kommsync.value.ValueKeys;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The per-entry three-way merge of SPEC section 6: decides, for every classified entry and every
 * CRM value, what the plan does, in the matching order (1) to (4). Records its decisions in a
 * {@link PlanDraft} and the CRM lists; direction, item limit and guard are applied afterwards by
 * {@link PlanAssembler}. One instance plans one run.
 */
final class Merger {

  private final Classifier classifier;
  private final CrmRules rules;
  private final SyncOptions options;
  private final List<ClassifiedEntry> entries;
  private final Map<Channel, CrmList> lists;
  private final PlanDraft draft;
  private final SlotPool slots;
  private final CrmItem[] syncedItems;
  private final Map<Channel, Map<String, List<ClassifiedEntry>>> holders =
      new EnumMap<>(Channel.class);
  private final Map<Channel, Set<String>> moved = new EnumMap<>(Channel.class);
  private final Set<Integer> full;
  private final Map<CrmItem, List<ClassifiedEntry>> matchedBy = new IdentityHashMap<>();
  private final List<Runnable> waiting = new ArrayList<>();
  private final List<ClassifiedEntry> movesToFinish = new ArrayList<>();
  private final Map<ClassifiedEntry, CrmItem> pendingConflicts = new LinkedHashMap<>();
  private final Map<String, CrmItem> crmWon = new HashMap<>();
  private final Map<String, List<ClassifiedEntry>> followersByValue = new HashMap<>();
  private boolean late;
  private boolean finalRound;
  private PairPool pool = new PairPool(List.of());

  Merger(
      Classifier classifier,
      CrmRules rules,
      SyncOptions options,
      List<ClassifiedEntry> entries,
      Map<Channel, CrmList> lists,
      PlanDraft draft,
      Set<Integer> full) {
    this.classifier = classifier;
    this.full = full;
    this.rules = rules;
    this.options = options;
    this.entries = entries;
    this.lists = lists;
    this.draft = draft;
    this.slots = new SlotPool(entries, rules);
    this.syncedItems = new CrmItem[entries.size()];
    for (Channel channel : Channel.values()) {
      holders.put(channel, new HashMap<>());
      moved.put(channel, new HashSet<>());
    }
    for (ClassifiedEntry entry : entries) {
      if (entry.relevant()) {
        holders
            .get(entry.channel())
            .computeIfAbsent(entry.key(), k -> new ArrayList<>())
            .add(entry);
      }
    }
  }

  /** Returns the CRM item each marked entry's synced value matched, by entry position. */
  CrmItem[] syncedItems() {
    return syncedItems;
  }

  /** Plans the run. */
  void run() {
    reportClassification();
    matchStored();
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() == EntryClass.MARKED && syncedItems[entry.index()] != null) {
        planKept(entry, syncedItems[entry.index()]);
      }
    }
    // new values go to the CRM before the pairing, so an entry whose lost value a new entry
    // brings back is kept, whichever direction applies which half
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() == EntryClass.NEW) {
        placeValue(entry, Variant.VAR4_NEW_IN_PARTY_SYSTEM);
      }
    }
    pairLost();
    planWaiting();
    createUnmatched();
  }

  /**
   * Plans the entries a full CRM list made wait, after every other entry: in rounds while any of
   * them gets planned (one may free the way for another: a conflict resolution that puts a value
   * into the CRM, a pair given back), then reports the rest as skipped.
   */
  private void planWaiting() {
    late = true;
    List<Runnable> blocked = new ArrayList<>(waiting);
    while (!blocked.isEmpty()) {
      waiting.clear();
      blocked.forEach(Runnable::run);
      if (waiting.size() == blocked.size()) {
        break;
      }
      blocked = new ArrayList<>(waiting);
    }
    finalRound = true;
    List<Runnable> rest = new ArrayList<>(waiting);
    waiting.clear();
    rest.forEach(Runnable::run);
  }

  /**
   * Returns whether an entry whose value a full CRM list refused must wait: it is planned again
   * after every other entry (another entry's replacement may bring its value into the CRM by then,
   * or room may be left), and reported as skipped when the list still has no room.
   */
  private boolean waitsForRoom(ClassifiedEntry entry, Channel channel, Runnable retry) {
    if (!full.contains(entry.index())) {
      return false;
    }
    if (late && lists.get(channel).room(rules.maxItems(channel)) > 0) {
      return false;
    }
    if (finalRound) {
      draft.skip(entry, channel, SkipReason.CRM_LIST_FULL);
    } else {
      waiting.add(retry);
    }
    return true;
  }

  // ---- reports -------------------------------------------------------------------------------

  private void reportClassification() {
    for (ClassifiedEntry entry : entries) {
      if (entry.malformed() != null) {
        draft.notice(entry.id(), Notice.Kind.MALFORMED_MARKER, entry.malformed());
      }
      reportUnknownKindCode(entry);
      if (entry.unsyncable() != null) {
        Channel channel =
            entry.unsyncable() == SkipReason.KIND_NOT_SYNCED
                ? null
                : ValueKeys.channelOf(entry.value());
        draft.skip(entry, channel, entry.unsyncable());
      }
      if (entry.relevant()) {
        ClassifiedEntry first = holders.get(entry.channel()).get(entry.key()).get(0);
        if (first != entry) {
          draft.notice(
              entry.id(),
              Notice.Kind.DUPLICATE_IN_PARTY_SYSTEM,
              "holds the same value as entry " + first.id());
        }
      }
    }
    for (CrmList list : lists.values()) {
      for (CrmItem item : list.stored()) {
        reportCrmItem(list, item);
      }
    }
  }

  private void reportUnknownKindCode(ClassifiedEntry entry) {
    int code = entry.entry().kindCode();
    if (code != 0 && Kind.ofCode(code).isEmpty()) {
      draft.notice(
          entry.id(),
          Notice.Kind.UNKNOWN_KIND_CODE,
          "kind code " + code + " is unknown; the kind is detected as " + entry.kind().code());
    }
  }

  private void reportCrmItem(CrmList list, CrmItem item) {
    Channel channel = list.channel();
    String name = channel == Channel.EMAIL ? "e-mail" : "phone";
    SkipReason rejection = item.rejection();
    if (rejection != null) {
      draft.skip(channel, item.value(), rejection);
    } else if (item.duplicateOf() != null) {
      draft.notice(
          -1,
          Notice.Kind.DUPLICATE_IN_CRM,
          name
              + " item "
              + (item.index() + 1)
              + " repeats item "
              + (item.duplicateOf().index() + 1));
    }
  }

  // ---- step (1): marked entries whose synced value the CRM holds ----------------------------

  private void matchStored() {
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() == EntryClass.MARKED) {
        CrmList list = lists.get(entry.syncedChannel());
        list.storedItem(entry.syncedKey())
            .ifPresent(
                item -> {
                  item.match();
                  syncedItems[entry.index()] = item;
                  matchedBy.computeIfAbsent(item, i -> new ArrayList<>()).add(entry);
                });
      }
    }
    for (CrmList list : lists.values()) {
      for (CrmItem item : list.stored()) {
        if (item.key() != null && held(list.channel(), item.key())) {
          item.match();
        }
      }
    }
  }

  private void planKept(ClassifiedEntry entry, CrmItem item) {
    Channel channel = entry.syncedChannel();
    boolean retyped = !accepts(entry, channel, item.type());
    switch (entry.partyChange()) {
      case UNCHANGED -> {
        if (retyped) {
          move(entry, entry.value(), channel, item.type(), item.planned() ? item : null);
        }
      }
      case CHANGED -> planChanged(entry, item, retyped);
      case DELETED -> {
        boolean kept =
            keepOrRemove(
                item, retyped && retypedForAll(item), Variant.VAR3_DELETED_IN_PARTY_SYSTEM);
        toSlot(
            entry,
            kept ? Variant.MOVED : Variant.VAR3_DELETED_IN_PARTY_SYSTEM,
            entry.userText(),
            false);
      }
      case UNSYNCABLE -> {
        boolean kept =
            keepOrRemove(item, retyped && retypedForAll(item), Variant.UNSYNCABLE_IN_PARTY_SYSTEM);
        dropMarker(entry, kept ? Variant.MOVED : Variant.UNSYNCABLE_IN_PARTY_SYSTEM);
      }
    }
  }

  /**
   * Removes a value the party system deleted, unless another entry still holds it; a value whose
   * type the CRM changed meanwhile is kept and created in the party system instead (a modification
   * beats a deletion). The old entry's write then belongs to that move, so a run towards the CRM
   * defers both halves together.
   *
   * @return whether the value is kept to be created in the party system
   */
  private boolean keepOrRemove(CrmItem item, boolean retyped, Variant variant) {
    if (item.state() != CrmItem.State.KEPT || item.reserved() || held(item.channel(), item.key())) {
      return false;
    }
    if (retyped) {
      item.reserve();
    } else {
      lists.get(item.channel()).remove(item, variant);
    }
    return retyped;
  }

  /** Var6: the party system changed a value the CRM still holds. */
  private void planChanged(ClassifiedEntry entry, CrmItem item, boolean retyped) {
    Channel channel = entry.channel();
    Optional<CrmItem> holder = lists.get(channel).holder(entry.key());
    if (channel != item.channel() || holder.isPresent()) {
      // the kind placeValue will record, so the remark is checked with the marker it writes
      Kind kind =
          holder
              .map(h -> markerKind(entry, channel, h.type()))
              .orElseGet(() -> markerKind(entry, channel, addedType(entry, channel).orElse(null)));
      if (draft.valueRemark(entry.value(), kind, entry.userText()).isEmpty()) {
        draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
        return;
      }
      if (holder.isEmpty()
          && waitsForRoom(entry, channel, () -> planChanged(entry, item, retyped))) {
        return;
      }
      removeUnlessHeld(item, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      return;
    }
    if (item.state() != CrmItem.State.KEPT || held(channel, item.key())) {
      placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      return;
    }
    replaceInPlace(entry, item, retyped);
  }

  private void replaceInPlace(ClassifiedEntry entry, CrmItem item, boolean retyped) {
    Channel channel = entry.channel();
    boolean move = retyped && options.direction().includes(Direction.TO_PARTY_SYSTEM);
    Kind kind;
    if (move) {
      kind = Kind.defaultFor(channel, item.type());
    } else if (retyped) {
      // the marker keeps the old kind, so a later run in both directions still sees the retype
      kind = entry.valueMarker().orElseThrow().kind();
    } else {
      kind = markerKind(entry, channel, item.type());
    }
    Optional<String> remark = draft.valueRemark(entry.value(), kind, entry.userText());
    if (remark.isEmpty()) {
      draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
      return;
    }
    lists
        .get(channel)
        .replace(
            item,
            crmForm(channel, entry.value()),
            entry.key(),
            Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
    if (move) {
      move(entry, entry.value(), channel, item.type(), item);
    } else {
      markerWrite(entry, remark.get(), Variant.VAR6_CHANGED_IN_PARTY_SYSTEM, item);
    }
  }

  private void removeUnlessHeld(CrmItem item, Variant variant) {
    if (item.state() == CrmItem.State.KEPT
        && !item.reserved()
        && !held(item.channel(), item.key())) {
      lists.get(item.channel()).remove(item, variant);
    }
  }

  // ---- step (3): pairing of marked entries that lost their synced value ---------------------

  private void pairLost() {
    List<ClassifiedEntry> lost = new ArrayList<>();
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() != EntryClass.MARKED || syncedItems[entry.index()] != null) {
        continue;
      }
      if (entry.partyChange() == PartyChange.UNSYNCABLE) {
        dropMarker(entry, Variant.UNSYNCABLE_IN_PARTY_SYSTEM);
      } else {
        lost.add(entry);
      }
    }
    Set<ClassifiedEntry> settled = settleWithoutPairing(lost);
    pool = new PairPool(lists.values());
    Map<String, CrmItem> groupPairs = new HashMap<>();
    Map<String, ClassifiedEntry> leaders = new HashMap<>();
    List<ClassifiedEntry> followers = new ArrayList<>();
    for (PartyChange change :
        List.of(PartyChange.UNCHANGED, PartyChange.CHANGED, PartyChange.DELETED)) {
      if (change == PartyChange.DELETED) {
        // a resolution may bring a value back that a deleted entry lost: resolve them first
        resolveConflicts();
        followChanged(followers);
      }
      for (ClassifiedEntry entry : lost) {
        if (entry.partyChange() != change || settled.contains(entry) || returned(entry)) {
          continue;
        }
        if (change == PartyChange.CHANGED
            && leaders.putIfAbsent(entry.channel() + entry.key(), entry) != null) {
          followers.add(entry);
          followersByValue
              .computeIfAbsent(entry.channel() + entry.key(), k -> new ArrayList<>())
              .add(entry);
        } else {
          pairOne(entry, pool, groupPairs);
        }
      }
    }
    finishInterruptedMoves();
  }

  /**
   * Returns whether an entry changed to the same value as a conflicting one would keep that value
   * when the CRM wins (its kind or remark cannot take the CRM's value): the value then goes to the
   * CRM anyway, so the conflicting entry keeps it too instead of taking the CRM's value.
   */
  private boolean followerKeepsValue(ClassifiedEntry entry, CrmItem pair) {
    if (options.conflictPolicy() != ConflictPolicy.CRM_WINS) {
      return false;
    }
    for (ClassifiedEntry follower :
        followersByValue.getOrDefault(entry.channel() + entry.key(), List.of())) {
      if (!canTake(follower, pair)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plans the changed entries that changed to the same value as an earlier one, after that one's
   * conflict is resolved: they count as one value, so they take the value it put into the CRM, or
   * the CRM value that won its conflict, and look for a pair of their own only when neither fits.
   */
  private void followChanged(List<ClassifiedEntry> followers) {
    for (ClassifiedEntry entry : followers) {
      CrmItem won = crmWon.get(entry.channel() + entry.key());
      if (returned(entry)) {
        continue;
      }
      if (settles(entry)) {
        placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      } else if (won != null && canTake(entry, won)) {
        resolveConflict(entry, won);
      } else {
        pairChanged(entry, pool);
      }
    }
    resolveConflicts();
  }

  /**
   * Resolves the conflicts the pairing found, once every other entry has been planned: a changed
   * entry whose new or synced value another entry brought into the CRM meanwhile is no conflict
   * after all (its pair is then created in the party system like any unmatched CRM value).
   */
  private void resolveConflicts() {
    Map<ClassifiedEntry, CrmItem> pending = new LinkedHashMap<>(pendingConflicts);
    pendingConflicts.clear();
    for (Map.Entry<ClassifiedEntry, CrmItem> conflict : pending.entrySet()) {
      ClassifiedEntry entry = conflict.getKey();
      if (!settles(entry) && !followerKeepsValue(entry, conflict.getValue())) {
        resolveConflict(entry, conflict.getValue());
        continue;
      }
      pool.giveBack(conflict.getValue());
      if (!returned(entry)) {
        placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      }
    }
  }

  private void pairOne(ClassifiedEntry entry, PairPool pool, Map<String, CrmItem> groupPairs) {
    switch (entry.partyChange()) {
      case UNCHANGED -> pairUnchanged(entry, pool, groupPairs);
      case CHANGED -> pairChanged(entry, pool);
      default -> {
        Optional<CrmItem> pair = pair(entry, pool, true);
        if (pair.isPresent()) {
          writeCrmValue(entry, pair.get());
        } else {
          toSlot(entry, Variant.VAR3_DELETED_IN_PARTY_SYSTEM, entry.userText(), false);
        }
      }
    }
  }

  /**
   * Plans, before any pairing, the entries that lost their synced value but need no CRM value to
   * pair: those whose synced value another entry brings back into the CRM, and changed ones whose
   * new value the CRM holds (or gets) or that moved to the other channel. Planning one may bring a
   * value into the CRM that settles another, so entries wait on the keys they need and wake when a
   * key gets a holder; each entry is looked at a bounded number of times.
   *
   * @return the entries planned here
   */
  private Set<ClassifiedEntry> settleWithoutPairing(List<ClassifiedEntry> lost) {
    Set<ClassifiedEntry> settled = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, List<ClassifiedEntry>> waiting = new HashMap<>();
    ArrayDeque<ClassifiedEntry> ready = new ArrayDeque<>();
    for (ClassifiedEntry entry : lost) {
      if (settles(entry)) {
        ready.add(entry);
      } else {
        if (entry.syncedKey() != null) {
          waiting
              .computeIfAbsent(entry.syncedChannel() + entry.syncedKey(), k -> new ArrayList<>())
              .add(entry);
        }
        if (entry.partyChange() == PartyChange.CHANGED) {
          waiting.computeIfAbsent(entry.channel() + entry.key(), k -> new ArrayList<>()).add(entry);
        }
      }
    }
    drainNewHolders();
    while (!ready.isEmpty()) {
      ClassifiedEntry entry = ready.poll();
      if (!settled.add(entry)) {
        continue;
      }
      if (!returned(entry)) {
        if (looksLikeInterruptedMove(entry)) {
          movesToFinish.add(entry); // decided once every value brought back is known
        } else {
          placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
        }
      }
      for (String key : drainNewHolders()) {
        for (ClassifiedEntry next : waiting.getOrDefault(key, List.of())) {
          if (!settled.contains(next) && settles(next)) {
            ready.add(next);
          }
        }
        waiting.remove(key);
      }
    }
    return settled;
  }

  /**
   * Returns whether a changed entry whose synced value the CRM lost looks like the old entry of a
   * move an earlier run began: its new value is held by the CRM under a type its kind does not
   * accept while another entry of a compatible kind holds it already (see {@link #finishesMove}).
   */
  private boolean looksLikeInterruptedMove(ClassifiedEntry entry) {
    if (entry.partyChange() != PartyChange.CHANGED) {
      return false;
    }
    Optional<CrmItem> holder = lists.get(entry.channel()).holder(entry.key());
    return holder.isPresent() && compatibleHolder(entry, holder.get());
  }

  /**
   * Plans the entries that looked like the old entry of an interrupted move, after every other lost
   * entry: one whose synced value another entry brought back into the CRM meanwhile is no
   * interrupted move but an entry changed to a value the CRM holds (planned as if the CRM had kept
   * the value, so the plan does not depend on which half a run applies first); the others finish
   * the move.
   */
  private void finishInterruptedMoves() {
    for (ClassifiedEntry entry : movesToFinish) {
      if (returned(entry)) {
        continue;
      }
      Optional<CrmItem> holder = lists.get(entry.channel()).holder(entry.key());
      if (holder.isEmpty() || !finishesMove(entry, holder.get())) {
        placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      }
    }
    movesToFinish.clear();
  }

  /** Returns whether a lost entry can be planned without pairing (see settleWithoutPairing). */
  private boolean settles(ClassifiedEntry entry) {
    if (lists.get(entry.syncedChannel()).holder(entry.syncedKey()).isPresent()) {
      return true;
    }
    if (entry.partyChange() != PartyChange.CHANGED) {
      return false;
    }
    return entry.channel() != entry.syncedChannel()
        || lists.get(entry.channel()).holder(entry.key()).isPresent();
  }

  private List<String> drainNewHolders() {
    List<String> keys = new ArrayList<>();
    for (CrmList list : lists.values()) {
      for (String key : list.drainNewHolders()) {
        keys.add(list.channel() + key);
      }
    }
    return keys;
  }

  /**
   * Plans an entry whose synced value the CRM lost as one the CRM still holds, when another entry's
   * change or new value brings that value back into the CRM in this run: the value was not lost
   * after all, and the plan must not depend on which of the two is applied first.
   */
  private boolean returned(ClassifiedEntry entry) {
    Optional<CrmItem> back = lists.get(entry.syncedChannel()).holder(entry.syncedKey());
    back.ifPresent(item -> planKept(entry, item));
    return back.isPresent();
  }

  /**
   * Var5 or Var2. Entries that held the same synced value count as one CRM value: they follow the
   * pair the first of them found, where their kind and remark allow.
   */
  private void pairUnchanged(
      ClassifiedEntry entry, PairPool pool, Map<String, CrmItem> groupPairs) {
    String group = entry.syncedChannel() + ":" + entry.syncedKey();
    CrmItem shared = groupPairs.get(group);
    Optional<CrmItem> pair =
        shared != null && canTake(entry, shared) ? Optional.of(shared) : pair(entry, pool, true);
    if (pair.isPresent()) {
      groupPairs.putIfAbsent(group, pair.get());
      writeCrmValue(entry, pair.get());
    } else {
      toSlot(entry, Variant.VAR2_DELETED_IN_CRM, entry.userText(), true);
    }
  }

  /** Both sides changed the value: the CRM holds the new one already, a conflict, or Var4. */
  private void pairChanged(ClassifiedEntry entry, PairPool pool) {
    Channel channel = entry.channel();
    Optional<CrmItem> holder = lists.get(channel).holder(entry.key());
    if (holder.isPresent() && finishesMove(entry, holder.get())) {
      return;
    }
    if (channel != entry.syncedChannel() || holder.isPresent()) {
      placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      return;
    }
    boolean crmWins = options.conflictPolicy() == ConflictPolicy.CRM_WINS;
    Optional<CrmItem> pair = pair(entry, pool, crmWins);
    if (pair.isEmpty()) {
      // a full list makes it wait; then it tries the pairing again (a pair may come back)
      placeValue(entry, Variant.VAR4_NEW_IN_PARTY_SYSTEM, () -> pairChanged(entry, pool));
    } else if (late) {
      resolveConflict(entry, pair.get());
    } else {
      pendingConflicts.put(entry, pair.get());
    }
  }

  private void resolveConflict(ClassifiedEntry entry, CrmItem pair) {
    ConflictPolicy policy = options.conflictPolicy();
    String synced = entry.valueMarker().orElseThrow().syncedValue();
    String overwritten =
        switch (policy) {
          case CRM_WINS -> entry.value();
          case PARTY_SYSTEM_WINS -> pair.value();
          case KEEP_BOTH -> "";
        };
    draft.conflict(
        new Conflict(
            entry.id(), entry.channel(), synced, entry.value(), pair.value(), policy, overwritten));
    switch (policy) {
      case CRM_WINS -> {
        writeCrmValue(entry, pair);
        crmWon.putIfAbsent(entry.channel() + entry.key(), pair);
      }
      case PARTY_SYSTEM_WINS -> replacePair(entry, pair);
      case KEEP_BOTH -> {
        pair.reserve();
        placeValue(entry, Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
      }
    }
  }

  private void replacePair(ClassifiedEntry entry, CrmItem pair) {
    Channel channel = entry.channel();
    Kind kind = markerKind(entry, channel, pair.type());
    Optional<String> remark = draft.valueRemark(entry.value(), kind, entry.userText());
    if (remark.isEmpty()) {
      draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
      return;
    }
    lists
        .get(channel)
        .replace(
            pair,
            crmForm(channel, entry.value()),
            entry.key(),
            Variant.VAR6_CHANGED_IN_PARTY_SYSTEM);
    markerWrite(entry, remark.get(), Variant.VAR6_CHANGED_IN_PARTY_SYSTEM, pair);
  }

  private Optional<CrmItem> pair(ClassifiedEntry entry, PairPool pool, boolean writesPair) {
    Channel channel = entry.syncedChannel();
    return pool.take(
        channel,
        entry.kind(),
        type -> accepts(entry, channel, type),
        item -> !writesPair || canTake(entry, item));
  }

  /**
   * Returns whether the entry can take the CRM value: its kind accepts it, the value is
   * sync-relevant for the entry's kind (a beA entry takes no phone number), and the remark fits.
   */
  private boolean canTake(ClassifiedEntry entry, CrmItem item) {
    if (!accepts(entry, item.channel(), item.type())
        || classifier.unsyncable(entry.kind(), item.value()).isPresent()) {
      return false;
    }
    Kind kind = markerKind(entry, item.channel(), item.type());
    return draft.valueRemark(item.value(), kind, entry.userText()).isPresent();
  }

  /** Var5: writes a CRM value into the entry. */
  private void writeCrmValue(ClassifiedEntry entry, CrmItem item) {
    Kind kind = markerKind(entry, item.channel(), item.type());
    String remark = draft.valueRemark(item.value(), kind, entry.userText()).orElseThrow();
    item.match();
    draft.update(entry, Variant.VAR5_CHANGED_IN_CRM, 1, item.value(), remark, null, false);
  }

  // ---- step (4): values one side lacks --------------------------------------------------------

  /**
   * Makes sure the CRM holds the entry's current value (adding it when no item holds it yet), then
   * writes the marker that records it: Var4, or the marker alone when the CRM holds it.
   */
  private void placeValue(ClassifiedEntry entry, Variant variant) {
    placeValue(entry, variant, () -> placeValue(entry, variant));
  }

  private void placeValue(ClassifiedEntry entry, Variant variant, Runnable retry) {
    Channel channel = entry.channel();
    CrmList list = lists.get(channel);
    Optional<CrmItem> holder = list.holder(entry.key());
    if (holder.isPresent()) {
      CrmItem item = holder.get();
      Kind kind = markerKind(entry, channel, item.type());
      Optional<String> remark = draft.valueRemark(entry.value(), kind, entry.userText());
      if (remark.isEmpty()) {
        draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
        return;
      }
      // a new entry the CRM holds already is only matched; a changed one records its change
      Variant marking =
          item.planned() || variant != Variant.VAR4_NEW_IN_PARTY_SYSTEM ? variant : Variant.MATCHED;
      markerWrite(entry, remark.get(), marking, item.planned() ? item : null);
      return;
    }
    if (waitsForRoom(entry, channel, retry)) {
      return;
    }
    PhoneType type = null;
    if (channel == Channel.PHONE) {
      Optional<PhoneType> allowed = addedType(entry, channel);
      if (allowed.isEmpty()) {
        draft.skip(entry, channel, SkipReason.PHONE_TYPE_NOT_ALLOWED);
        return;
      }
      type = allowed.get();
    }
    Kind kind = markerKind(entry, channel, type);
    Optional<String> remark = draft.valueRemark(entry.value(), kind, entry.userText());
    if (remark.isEmpty()) {
      draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
      return;
    }
    CrmItem added =
        list.add(crmForm(channel, entry.value()), entry.key(), type, entry.index(), variant);
    markerWrite(entry, remark.get(), variant, added);
  }

  /** Returns the CRM type a phone the entry adds to the CRM gets; empty for an e-mail. */
  private Optional<PhoneType> addedType(ClassifiedEntry entry, Channel channel) {
    if (channel != Channel.PHONE) {
      return Optional.empty();
    }
    return rules.effectiveType(entry.kind().phoneType().orElse(PhoneType.OTHER));
  }

  /**
   * Finishes a move an earlier run began and could not finish (its new entry was written, the
   * answer lost, the run stopped before the old entry was blanked): the CRM holds the entry's new
   * value under a type the entry's kinds do not accept, and another marked, unchanged entry of a
   * compatible kind holds that value. Only the old entry is blanked, keeping its user text, as for
   * a move whose target exists already. Returns whether the entry is planned.
   */
  private boolean finishesMove(ClassifiedEntry entry, CrmItem holder) {
    if (!compatibleHolder(entry, holder)) {
      return false;
    }
    move(entry, entry.value(), entry.channel(), holder.type(), holder.planned() ? holder : null);
    return true;
  }

  /** Returns whether the move-finishing condition of {@link #finishesMove} holds. */
  private boolean compatibleHolder(ClassifiedEntry entry, CrmItem holder) {
    Channel channel = entry.channel();
    PhoneType type = holder.type();
    if (channel != entry.syncedChannel() || accepts(entry, channel, type)) {
      return false;
    }
    for (ClassifiedEntry other : holders.get(channel).getOrDefault(entry.key(), List.of())) {
      if (other != entry
          && other.entryClass() == EntryClass.MARKED
          && other.partyChange() == PartyChange.UNCHANGED
          && accepts(other, channel, type)) {
        return true;
      }
    }
    return false;
  }

  /** Var1: creates the CRM values no entry holds in the party system. */
  private void createUnmatched() {
    for (Channel channel : Channel.values()) {
      for (CrmItem item : lists.get(channel).stored()) {
        if (item.syncable()
            && item.state() == CrmItem.State.KEPT
            && (!item.matched() || item.reserved())) {
          createInPartySystem(item);
        }
      }
    }
  }

  private void createInPartySystem(CrmItem item) {
    Channel channel = item.channel();
    String value = item.value();
    Kind kind = Kind.defaultFor(channel, item.type());
    Optional<ClassifiedEntry> slot =
        slots.take(
            channel,
            item.type(),
            kind,
            s -> draft.valueRemark(value, s.kind(), s.userText()).isPresent());
    if (slot.isPresent()) {
      ClassifiedEntry target = slot.get();
      String remark = draft.valueRemark(value, target.kind(), target.userText()).orElseThrow();
      draft.update(target, Variant.VAR1_NEW_IN_CRM, 1, value, remark, null, false);
      return;
    }
    Optional<String> remark = draft.valueRemark(value, kind, "");
    if (remark.isEmpty()) {
      draft.skip(channel, value, SkipReason.REMARK_TOO_LONG);
      return;
    }
    draft.create(kind, value, remark.get(), Variant.VAR1_NEW_IN_CRM, null);
  }

  // ---- moves, slots, markers ------------------------------------------------------------------

  /**
   * Moves a value whose CRM type no longer fits the entry's kind: writes it with the user text to
   * an entry of the type's default kind (a free slot without user text, else a new entry) in stage
   * 1, and blanks the old entry in stage 2. When an entry of a compatible kind holds the value
   * already (or this run moved it already), only the old entry is blanked, keeping its user text.
   */
  private void move(
      ClassifiedEntry entry,
      String value,
      Channel channel,
      @Nullable PhoneType type,
      @Nullable CrmItem dependsOn) {
    String key = entry.key();
    Set<String> movedKeys = moved.get(channel);
    if (movedKeys.contains(key) || heldByCompatible(entry, channel, key, type)) {
      draft.update(
          entry, Variant.MOVED, 1, "", draft.slotRemark(entry, entry.userText()), dependsOn, false);
      return;
    }
    Kind kind = Kind.defaultFor(channel, type);
    if (draft.valueRemark(value, kind, entry.userText()).isEmpty()) {
      draft.skip(entry, channel, SkipReason.REMARK_TOO_LONG);
      return;
    }
    Optional<ClassifiedEntry> slot =
        slots.take(
            channel,
            type,
            kind,
            s ->
                s.userText().isEmpty()
                    && draft.valueRemark(value, s.kind(), entry.userText()).isPresent());
    if (slot.isPresent()) {
      ClassifiedEntry target = slot.get();
      String remark = draft.valueRemark(value, target.kind(), entry.userText()).orElseThrow();
      draft.update(target, Variant.MOVED, 1, value, remark, dependsOn, false);
    } else {
      String remark = draft.valueRemark(value, kind, entry.userText()).orElseThrow();
      draft.create(kind, value, remark, Variant.MOVED, dependsOn);
    }
    movedKeys.add(key);
    draft.update(entry, Variant.MOVED, 2, "", draft.slotRemark(entry, ""), dependsOn, false);
  }

  private boolean heldByCompatible(
      ClassifiedEntry entry, Channel channel, String key, @Nullable PhoneType type) {
    for (ClassifiedEntry other : holders.get(channel).getOrDefault(key, List.of())) {
      // an entry that is not an unchanged marked one gets a marker of a kind that fits the type
      boolean settles =
          other.entryClass() != EntryClass.MARKED || other.partyChange() != PartyChange.UNCHANGED;
      if (other != entry && (settles || accepts(other, channel, type))) {
        return true;
      }
    }
    return false;
  }

  /** Blanks an entry to a slot (Var2, Var3, or the old entry of a move). */
  private void toSlot(ClassifiedEntry entry, Variant variant, String userText, boolean blanks) {
    draft.update(entry, variant, 1, "", draft.slotRemark(entry, userText), null, blanks);
  }

  /**
   * Drops the value marker of an entry whose value became unsyncable; value and user text stay, and
   * the entry keeps its kind (see {@link PlanDraft#unmarkedRemark}).
   */
  private void dropMarker(ClassifiedEntry entry, Variant variant) {
    String remark = draft.unmarkedRemark(entry);
    if (draft.fits(remark)) { // a user text longer than the limit cannot be written at all
      draft.update(entry, variant, 1, entry.value(), remark, null, false);
    }
  }

  private void markerWrite(
      ClassifiedEntry entry, String remark, Variant variant, @Nullable CrmItem dependsOn) {
    draft.update(entry, variant, 1, entry.value(), remark, dependsOn, false);
  }

  // ---- kinds and keys -------------------------------------------------------------------------

  /**
   * Returns whether a CRM value of the channel and type fits the entry: its detected kind is
   * compatible, or the kind its value marker records is (so a kind the sync chose when it matched
   * the entry never reads as a type change). An entry of a kind that is not synced fits nothing.
   */
  private boolean accepts(ClassifiedEntry entry, Channel channel, @Nullable PhoneType type) {
    if (!entry.kind().synced()) {
      return false;
    }
    if (rules.compatible(entry.kind(), channel, type)) {
      return true;
    }
    return entry.valueMarker().map(m -> rules.compatible(m.kind(), channel, type)).orElse(false);
  }

  /**
   * Returns the kind a new value marker records (SPEC section 3): the detected kind when it is
   * compatible with the CRM type, else the kind of the old marker when that is, else the default
   * kind of the CRM type. Matching never moves an entry or changes a CRM type.
   */
  private Kind markerKind(ClassifiedEntry entry, Channel channel, @Nullable PhoneType type) {
    if (rules.compatible(entry.kind(), channel, type)) {
      return entry.kind();
    }
    return entry
        .valueMarker()
        .map(m -> m.kind())
        .filter(kind -> rules.compatible(kind, channel, type))
        .orElseGet(() -> Kind.defaultFor(channel, type));
  }

  /**
   * Returns whether the CRM changed the type of a value that every entry synced with it dropped:
   * the value is a phone, every such entry recorded a phone kind that the type does not fit (a
   * marker of the other channel is the entry's own mismatch, not a change in the CRM), and none of
   * them still holds or changed the value (a change beats the deletion).
   */
  private boolean retypedForAll(CrmItem item) {
    if (item.channel() != Channel.PHONE) {
      return false;
    }
    for (ClassifiedEntry entry : matchedBy.getOrDefault(item, List.of())) {
      Kind recorded = entry.valueMarker().orElseThrow().kind();
      boolean dropped =
          entry.partyChange() == PartyChange.DELETED
              || entry.partyChange() == PartyChange.UNSYNCABLE;
      if (!dropped
          || recorded.channel().orElse(null) != Channel.PHONE
          || accepts(entry, Channel.PHONE, item.type())) {
        return false;
      }
    }
    return true;
  }

  private boolean held(Channel channel, @Nullable String key) {
    return key != null && holders.get(channel).containsKey(key);
  }

  private String crmForm(Channel channel, String value) {
    return classifier.forms().crmForm(channel, value, rules).accepted().orElseThrow();
  }
}
