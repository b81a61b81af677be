package de.kommsync.plan;

import de.kommsync.model.Channel;
import de.kommsync.model.CrmRules;
import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The free slots of a party, by kind, each taken at most once (SPEC sections 4 and 6): a value is
 * written into a free slot of its default kind, else of a compatible kind; slots without user text
 * first, then the lowest id. Slots of a kind that is not synced are never taken.
 */
final class SlotPool {

  private static final Comparator<ClassifiedEntry> PREFERENCE =
      Comparator.comparing((ClassifiedEntry slot) -> !slot.userText().isEmpty())
          .thenComparingLong(ClassifiedEntry::id);

  private final CrmRules rules;
  private final Map<Kind, List<ClassifiedEntry>> byKind = new EnumMap<>(Kind.class);

  SlotPool(List<ClassifiedEntry> entries, CrmRules rules) {
    this.rules = rules;
    for (ClassifiedEntry entry : entries) {
      if (entry.entryClass() == EntryClass.FREE_SLOT && entry.kind().synced()) {
        byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>()).add(entry);
      }
    }
    byKind.values().forEach(list -> list.sort(PREFERENCE));
  }

  /**
   * Takes the best free slot for a value of the given channel and type.
   *
   * @param defaultKind the default kind of the value's type, tried first
   * @param usable which slots may take the value (for example: its remark fits)
   * @return the slot, now taken, or empty
   */
  Optional<ClassifiedEntry> take(
      Channel channel,
      @Nullable PhoneType type,
      Kind defaultKind,
      Predicate<ClassifiedEntry> usable) {
    ClassifiedEntry best = first(byKind.get(defaultKind), usable);
    if (best == null) {
      for (Map.Entry<Kind, List<ClassifiedEntry>> slots : byKind.entrySet()) {
        Kind kind = slots.getKey();
        if (kind == defaultKind || !rules.compatible(kind, channel, type)) {
          continue;
        }
        ClassifiedEntry candidate = first(slots.getValue(), usable);
        if (candidate != null && (best == null || PREFERENCE.compare(candidate, best) < 0)) {
          best = candidate;
        }
      }
    }
    if (best != null) {
      byKind.get(best.kind()).remove(best);
    }
    return Optional.ofNullable(best);
  }

  private static @Nullable ClassifiedEntry first(
      @Nullable List<ClassifiedEntry> slots, Predicate<ClassifiedEntry> usable) {
    if (slots == null) {
      return null;
    }
    for (ClassifiedEntry slot : slots) {
      if (usable.test(slot)) {
        return slot;
      }
    }
    return null;
  }
}
