package de.kommsync.plan;

import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Channel;
import de.kommsync.model.Kind;
import de.kommsync.value.SkipReason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the planner has decided so far: the party-system writes, the skipped values, the conflicts
 * and the notices; and the remark rules of SPEC section 4. Mutable working state of one planner
 * run.
 */
final class PlanDraft {

  private final int remarkMaxLength;
  private final List<EntryWrite> writes = new ArrayList<>();
  private final Set<Skip> skips = new LinkedHashSet<>();
  private final List<Notice> notices = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();

  PlanDraft(int remarkMaxLength) {
    this.remarkMaxLength = remarkMaxLength;
  }

  List<EntryWrite> writes() {
    return writes;
  }

  Set<Skip> skips() {
    return skips;
  }

  List<Notice> notices() {
    return notices;
  }

  List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the remark of an entry that records a value: the value marker, then the user text; or
   * empty when it would not fit the remark limit (SPEC section 4).
   */
  Optional<String> valueRemark(String value, Kind kind, String userText) {
    String remark = MarkerCodec.render(new Marker.Value(value, kind), userText);
    return remark.length() <= remarkMaxLength ? Optional.of(remark) : Optional.empty();
  }

  /**
   * Returns the remark of a blanked entry: the slot marker, then the user text; the user text
   * alone, with a notice, when the marker would not fit (the entry is then never reused).
   */
  String slotRemark(ClassifiedEntry entry, String userText) {
    if (!entry.kind().synced()) {
      return userText;
    }
    String remark = MarkerCodec.render(new Marker.Slot(entry.kind()), userText);
    if (remark.length() <= remarkMaxLength) {
      return remark;
    }
    notices.add(
        new Notice(
            entry.id(),
            Notice.Kind.SLOT_MARKER_DROPPED,
            "slot marker does not fit the remark limit; the entry is blanked without it"));
    return userText;
  }

  /** Returns the slot marker of the kind followed by the user text, when it fits the limit. */
  Optional<String> slotRemarkIfFits(Kind kind, String userText) {
    String remark = MarkerCodec.render(new Marker.Slot(kind), userText);
    return remark.length() <= remarkMaxLength ? Optional.of(remark) : Optional.empty();
  }

  /**
   * Returns the remark of an entry that keeps its value but no longer records a synced one: the
   * user text. When the server reports no kind, a slot marker keeps the entry's kind instead: the
   * entry then reads as a slot a user filled in, a new entry of that kind while its value is
   * sync-relevant, ignored while it is not (without it, a phone number in a beA entry would read as
   * a business phone on the next run).
   */
  String unmarkedRemark(ClassifiedEntry entry) {
    String remark = entry.userText();
    if (Kind.ofCode(entry.entry().kindCode()).isEmpty() && entry.kind().synced()) {
      remark = slotRemarkIfFits(entry.kind(), entry.userText()).orElse(remark);
    }
    return remark;
  }

  /** Returns whether a remark fits the remark limit. */
  boolean fits(String remark) {
    return remark.length() <= remarkMaxLength;
  }

  /**
   * Plans an update of an existing entry, unless it would write what the entry holds.
   *
   * @return the write planned, or empty when there is nothing to write
   */
  Optional<EntryWrite> update(
      ClassifiedEntry target,
      Variant variant,
      int stage,
      String value,
      String remark,
      @Nullable CrmItem dependsOn,
      boolean blanks) {
    if (value.equals(target.value()) && remark.equals(target.entry().remarkOrEmpty())) {
      return Optional.empty();
    }
    Kind kind = target.kind();
    EntryWrite write =
        new EntryWrite(
            writes.size(),
            variant,
            stage,
            target,
            kind,
            value,
            remark,
            kind.online(),
            dependsOn,
            blanks);
    writes.add(write);
    return Optional.of(write);
  }

  /** Plans a new entry. */
  void create(
      Kind kind, String value, String remark, Variant variant, @Nullable CrmItem dependsOn) {
    writes.add(
        new EntryWrite(
            writes.size(), variant, 1, null, kind, value, remark, kind.online(), dependsOn, false));
  }

  /** Reports a party-system value as skipped. */
  void skip(ClassifiedEntry entry, @Nullable Channel channel, SkipReason reason) {
    skips.add(new Skip(Skip.Side.PARTY_SYSTEM, entry.id(), channel, entry.value(), reason));
  }

  /** Reports a CRM value as skipped. */
  void skip(Channel channel, String value, SkipReason reason) {
    skips.add(new Skip(Skip.Side.CRM, null, channel, value, reason));
  }

  void notice(long entryId, Notice.Kind kind, String detail) {
    notices.add(new Notice(entryId, kind, detail));
  }

  void conflict(Conflict conflict) {
    conflicts.add(conflict);
  }
}
