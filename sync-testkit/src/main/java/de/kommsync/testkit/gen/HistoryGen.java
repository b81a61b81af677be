package de.kommsync.testkit.gen;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.range;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.model.Channel;
import de.kommsync.model.PhoneType;
import de.kommsync.testkit.FaultPlan;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of start states, user edits, runs and whole histories. Every generator
 * is deterministic in the randomness it is given, so a seed replays a history and shrinking works
 * on every part of it.
 */
public final class HistoryGen {

  private static final int PICK = 64;

  private HistoryGen() {}

  /**
   * Returns histories of up to {@code maxSteps} steps, each of up to 4 edits and a run; a run
   * carries an injected fault with probability {@code faultPercent} in 100.
   *
   * @param maxSteps the most steps, 1 or more
   * @param faultPercent 0 to 100
   * @return the generator
   */
  public static Gen<History> histories(int maxSteps, int faultPercent) {
    Gen<History.Step> step = edits(4).zip(runs(faultPercent), History.Step::new);
    return starts().zip(listOf(step, 1, maxSteps), History::new);
  }

  /** Returns start states: up to 8 entries, up to 8 CRM values, mixed setups. */
  public static Gen<Start> starts() {
    Gen<Start.StartEntry> entry =
        range(0, 4 * PICK)
            .zip(
                range(0, PICK),
                range(0, PICK),
                frequency(Pair.of(6, constant(false)), Pair.of(1, constant(true))),
                Start.StartEntry::new);
    Gen<Start.StartValue> value =
        enumValues(Channel.class)
            .zip(
                range(0, PICK), enumValues(PhoneType.class), rare(), rare(), Start.StartValue::new);
    return in ->
        new Start(
            listOf(entry, 0, 8).generate(in),
            listOf(value, 0, 8).generate(in),
            range(0, PICK).generate(in),
            booleans().generate(in),
            range(-900, 900).generate(in).longValue(),
            booleans().generate(in));
  }

  /** Returns lists of 0 to {@code max} edits on both sides. */
  public static Gen<List<Edit>> edits(int max) {
    return listOf(edit(), 0, max);
  }

  /** Returns single edits of every kind, the common ones more often. */
  public static Gen<Edit> edit() {
    Gen<Integer> pick = range(0, PICK);
    Gen<Integer> value = range(0, 4 * PICK);
    List<Pair<Integer, Gen<Edit>>> kinds = new ArrayList<>();
    kinds.add(Pair.of(6, value.zip(pick, pick, Edit.AddEntry::new)));
    kinds.add(Pair.of(5, pick.zip(value, Edit.ChangeEntry::new)));
    kinds.add(Pair.of(2, pick.zip(pick, Edit.ReformEntry::new)));
    kinds.add(Pair.of(3, pick.map(Edit.BlankEntry::new)));
    kinds.add(Pair.of(1, pick.map(Edit.RemoveEntry::new)));
    kinds.add(Pair.of(3, pick.zip(pick, Edit.EditRemark::new)));
    kinds.add(Pair.of(2, pick.zip(range(0, 6), Edit.DamageMarker::new)));
    kinds.add(Pair.of(1, pick.zip(pick, Edit.CopyRemark::new)));
    kinds.add(Pair.of(2, pick.zip(value, Edit.FillSlot::new)));
    kinds.add(Pair.of(2, pick.zip(pick, pick, Edit.DuplicateEntry::new)));
    kinds.add(
        Pair.of(
            6,
            enumValues(Channel.class).zip(value, enumValues(PhoneType.class), Edit.CrmAdd::new)));
    kinds.add(Pair.of(4, pick.zip(value, Edit.CrmChange::new)));
    kinds.add(Pair.of(4, pick.map(Edit.CrmRemove::new)));
    kinds.add(Pair.of(3, pick.zip(enumValues(PhoneType.class), Edit.CrmType::new)));
    kinds.add(Pair.of(2, pick.zip(booleans(), booleans(), Edit.CrmFlags::new)));
    kinds.add(Pair.of(2, pick.map(Edit.CrmPrimary::new)));
    kinds.add(Pair.of(3, pick.zip(value, value, Edit.BothChange::new)));
    return frequency(kinds);
  }

  /**
   * Returns runs of random direction (mostly both), policy and force; with probability {@code
   * faultPercent} in 100 a fault before or after a random call of either fake.
   */
  public static Gen<RunSpec> runs(int faultPercent) {
    Gen<Direction> direction =
        frequency(
            Pair.of(6, constant(Direction.BOTH)),
            Pair.of(1, constant(Direction.TO_CRM)),
            Pair.of(1, constant(Direction.TO_PARTY_SYSTEM)));
    Gen<RunSpec.Fault> fault =
        booleans().zip(range(0, 12), enumValues(FaultPlan.Timing.class), RunSpec.Fault::new);
    Gen<RunSpec.Fault> maybeFault =
        in -> range(1, 100).generate(in) <= faultPercent ? fault.generate(in) : null;
    return direction.zip(
        enumValues(ConflictPolicy.class),
        frequency(Pair.of(3, constant(false)), Pair.of(1, constant(true))),
        maybeFault,
        RunSpec::new);
  }

  private static Gen<Boolean> rare() {
    return frequency(Pair.of(5, constant(false)), Pair.of(1, constant(true)));
  }

  private static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Gen<Integer> size = range(min, max);
    return in -> {
      int n = size.generate(in);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.generate(in));
      }
      return out;
    };
  }
}
