package de.kommsync.doubles;

import de.kommsync.PlanFunction;
import de.kommsync.SyncOptions;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.PartySnapshot;
import de.kommsync.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * A planner that returns scripted plans in order and then repeats the last one, recording the
 * inputs of every call. Thread-safe.
 */
public final class ScriptedPlanner implements PlanFunction {

  /**
   * The inputs of one planning call.
   *
   * @param party the party
   * @param record the record
   * @param options the options
   */
  public record Call(PartySnapshot party, CrmRecord record, SyncOptions options) {}

  private final List<Plan> script;
  private final List<Call> calls = new ArrayList<>();

  private ScriptedPlanner(List<Plan> script) {
    if (script.isEmpty()) {
      throw new IllegalArgumentException("a script needs a plan");
    }
    this.script = List.copyOf(script);
  }

  /** Returns a planner that answers with these plans in order, then the last one for ever. */
  public static ScriptedPlanner of(Plan... plans) {
    return new ScriptedPlanner(List.of(plans));
  }

  @Override
  public synchronized Plan plan(
      PartySnapshot party, CrmRecord record, CrmRules rules, SyncOptions options) {
    calls.add(new Call(party, record, options));
    return script.get(Math.min(calls.size(), script.size()) - 1);
  }

  /** Returns the inputs of every call so far. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }
}
