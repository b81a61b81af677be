package de.kommsync.plan;

import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pure planner of SPEC sections 6 to 8: turns the two loaded states and the options into a
 * {@link Plan}. Same inputs, same plan: no clock, no I/O, no randomness. Thread-safe.
 *
 * <p>Where the specification leaves room, the planner decides as follows:
 *
 * <ul>
 *   <li>A CRM type counts as a type change only when neither the entry's detected kind nor the kind
 *       its value marker records is compatible with it, so a kind the sync chose when it matched an
 *       entry never reads as a change on a server that reports kinds.
 *   <li>A value moved because of a type change takes the user text along into a free slot without
 *       user text of its own (else a new entry); when another entry of a compatible kind holds the
 *       value already, the old entry is only blanked and keeps its user text.
 *   <li>A value the party system deleted or made unsyncable while the CRM changed its type is kept
 *       and created in the party system again (a modification beats a deletion).
 *   <li>A marked entry whose value became unsyncable never takes a paired CRM value: its text is
 *       the user's; an unmatched CRM value is created elsewhere instead.
 *   <li>Entries that held the same value and lost it in the CRM follow the value the first of them
 *       was paired with, where their kind and remark allow.
 *   <li>An entry whose value moves to the other channel (a phone became an e-mail) leaves its old
 *       list and joins the other like a new value.
 *   <li>A CRM list holding two items with the same key keeps the first; the primary flag of a later
 *       copy passes to the first, since the primary value stays.
 *   <li>Remark lengths are counted in UTF-16 code units, which never undercounts characters.
 *   <li>When a CRM list cannot take all additions, the entries whose additions do not fit (in
 *       party-system order) are planned again after all other entries, and the run is planned again
 *       that way, so no other decision rests on a value the CRM will not hold; an entry still
 *       without room is left as it is and reported.
 *   <li>Conflicts are resolved after the other changed entries are planned: a changed entry whose
 *       new or synced value another entry brings into the CRM in the same run is no conflict.
 *       Several entries changed to the same value count as one: the first is paired, the others
 *       follow its resolution.
 *   <li>An unsyncable entry whose kind the server does not report keeps its kind in a slot marker
 *       when its value marker is dropped (SPEC 6 says the value marker is dropped; without a kind
 *       note a phone number typed into a beA entry would read as a business phone next run).
 *   <li>A marked entry whose synced value the CRM lost counts as still held when another entry's
 *       change or new value brings that value back into the CRM in the same run; new values are
 *       therefore placed before the pairing of step (3). This keeps a one-way run stable: the same
 *       direction plans nothing afterwards, whichever half of a change it applied.
 *   <li>A marker is never left naming a value the CRM no longer holds when the run does not write
 *       the entry (its write deferred by the direction, or skipped): it is rebased in the same run
 *       ({@link Variant#MARKER_REBASED}), so a value entered again later is not taken for the
 *       entry's old one. A conflict a one-way run decides for the side it defers records the
 *       decision as the entry's new base; that marker names the entry's own value the CRM does not
 *       hold (the CRM won) or the CRM value the entry's replaces (the party system won), departing
 *       from SPEC sections 4 and 9 on purpose.
 *   <li>A changed entry that looks like the old half of an interrupted move is decided after every
 *       other lost entry, so a value another entry brings back in the same run is seen first.
 *   <li>An entry of a kind that is not synced never takes a value, and no entry takes a value its
 *       kind could not sync (a beA entry takes no phone number).
 *   <li>A CRM value the CRM could not take as written (for example an e-mail with a non-ASCII local
 *       part) is reported and left alone: never paired, never created in the party system.
 * </ul>
 *
 * <p>Known limitation: on a full CRM list, an entry whose change the list refuses keeps its old
 * marker. When that old value leaves the CRM through another entry's change, a later run treats the
 * entry as one whose value the CRM changed and pairs it; after a run towards the CRM only, that
 * pairing may take a CRM value that a run in both directions would first have created in the party
 * system. A run in both directions does not have this effect.
 */
public final class Planner {

  private Planner() {}

  /**
   * Plans one run.
   *
   * @param party the party as read from the party system
   * @param record the CRM record as read
   * @param rules the CRM instance's rules
   * @param options the run's options
   * @return the plan
   */
  public static Plan plan(
      PartySnapshot party, CrmRecord record, CrmRules rules, SyncOptions options) {
    Classifier classifier = new Classifier(party, rules, options);
    List<ClassifiedEntry> entries = classifier.classify(party.entries());
    Set<Integer> full = new HashSet<>();
    while (true) {
      Map<Channel, CrmList> lists = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        lists.put(channel, new CrmList(channel, record.values(channel), classifier.forms(), rules));
      }
      PlanDraft draft = new PlanDraft(options.remarkMaxLength());
      Merger merger = new Merger(classifier, rules, options, entries, lists, draft, full);
      merger.run();
      Set<Integer> refused = PlanAssembler.refusedEntries(lists, draft, rules);
      if (!full.addAll(refused)) {
        return new PlanAssembler(
                party,
                record,
                rules,
                options,
                classifier,
                entries,
                lists,
                draft,
                merger.syncedItems())
            .assemble();
      }
    }
  }
}
