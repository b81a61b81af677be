package de.kommsync.plan;

import de.kommsync.model.Channel;
import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The CRM values left unmatched after steps (1) and (2) of SPEC section 6, by channel and type in
 * list order, each taken at most once by the pairing of step (3).
 */
final class PairPool {

  private final Map<Channel, Map<@Nullable PhoneType, List<CrmItem>>> queues = new HashMap<>();

  PairPool(Iterable<CrmList> lists) {
    for (CrmList list : lists) {
      Map<@Nullable PhoneType, List<CrmItem>> byType = new HashMap<>();
      queues.put(list.channel(), byType);
      for (CrmItem item : list.stored()) {
        if (item.syncable() && !item.matched()) {
          byType.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item);
        }
      }
    }
  }

  /**
   * Takes the CRM value to pair with an entry: of a type compatible with it, a value whose type's
   * default kind is the entry's kind first, then the others in list order.
   *
   * @param channel the channel of the value the entry lost
   * @param kind the entry's kind
   * @param compatible which types the entry accepts
   * @param usable which values the entry can take (for example: its remark fits)
   * @return the value, now taken, or empty
   */
  Optional<CrmItem> take(
      Channel channel,
      Kind kind,
      Predicate<@Nullable PhoneType> compatible,
      Predicate<CrmItem> usable) {
    Map<@Nullable PhoneType, List<CrmItem>> byType = queues.getOrDefault(channel, Map.of());
    CrmItem best = null;
    boolean bestNatural = false;
    for (Map.Entry<@Nullable PhoneType, List<CrmItem>> queue : byType.entrySet()) {
      PhoneType type = queue.getKey();
      if (!compatible.test(type)) {
        continue;
      }
      CrmItem candidate = first(queue.getValue(), usable);
      if (candidate == null) {
        continue;
      }
      boolean natural = Kind.defaultFor(channel, type) == kind;
      if (best == null
          || (natural && !bestNatural)
          || (natural == bestNatural && candidate.index() < best.index())) {
        best = candidate;
        bestNatural = natural;
      }
    }
    if (best != null) {
      byType.get(best.type()).remove(best);
    }
    return Optional.ofNullable(best);
  }

  /** Gives a taken value back, in its list position, for a later entry to take. */
  void giveBack(CrmItem item) {
    List<CrmItem> queue =
        queues
            .computeIfAbsent(item.channel(), c -> new HashMap<>())
            .computeIfAbsent(item.type(), t -> new ArrayList<>());
    int at = 0;
    while (at < queue.size() && queue.get(at).index() < item.index()) {
      at++;
    }
    queue.add(at, item);
  }

  private static @Nullable CrmItem first(List<CrmItem> items, Predicate<CrmItem> usable) {
    for (CrmItem item : items) {
      if (usable.test(item)) {
        return item;
      }
    }
    return null;
  }
}
