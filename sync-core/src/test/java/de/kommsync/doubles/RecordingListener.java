package de.kommsync.doubles;

import de.kommsync.RunResult;
import de.kommsync.SyncListener;
import de.kommsync.plan.Operation;
import de.kommsync.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/** A listener that records the names of the events it receives, in order. Thread-safe. */
public final class RecordingListener implements SyncListener {

  private final List<String> events = new ArrayList<>();
  private final List<Operation> applied = new ArrayList<>();

  @Override
  public synchronized void started(String partyId, String recordId) {
    events.add("started");
  }

  @Override
  public synchronized void planned(Plan plan) {
    events.add("planned");
  }

  @Override
  public synchronized void operationApplied(Plan plan, Operation operation) {
    events.add("applied");
    applied.add(operation);
  }

  @Override
  public synchronized void finished(RunResult result) {
    events.add("finished");
  }

  @Override
  public synchronized void failed(RunResult result) {
    events.add("failed");
  }

  /** Returns the event names so far. */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** Returns the operations reported applied. */
  public synchronized List<Operation> applied() {
    return List.copyOf(applied);
  }
}
