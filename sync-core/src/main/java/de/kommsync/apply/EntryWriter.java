package de.kommsync.apply;

import de.kommsync.RemoteCallException;
import de.kommsync.plan.CreateEntry;
import de.kommsync.plan.Operation;
import de.kommsync.plan.UpdateEntry;
import de.kommsync.spi.EntryWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan's entry writes: stage by stage, the writes of one stage in parallel with at most a
 * given number in flight. After the first failed write no further write starts (the writes in
 * flight finish); a create is never repeated.
 */
final class EntryWriter {

  private static final Logger LOG = LoggerFactory.getLogger(EntryWriter.class);

  private final Sides sides;
  private final String partyId;
  private final int parallelism;
  private final Consumer<Operation> onApplied;
  private final UnaryOperator<String> mask;
  private final List<Failure> failures = new ArrayList<>();

  /**
   * One write that failed.
   *
   * @param operation the write
   * @param error what it threw
   */
  record Failure(Operation operation, RuntimeException error) {}

  EntryWriter(
      Sides sides,
      String partyId,
      int parallelism,
      Consumer<Operation> onApplied,
      UnaryOperator<String> mask) {
    this.sides = sides;
    this.partyId = partyId;
    this.parallelism = parallelism;
    this.onApplied = onApplied;
    this.mask = mask;
  }

  /**
   * Applies the writes and returns the failures, empty when every write succeeded.
   *
   * @param operations entry writes ({@link CreateEntry} or {@link UpdateEntry}) in plan order
   */
  List<Failure> apply(List<Operation> operations) {
    Map<Integer, List<Operation>> stages = new TreeMap<>();
    for (Operation op : operations) {
      stages.computeIfAbsent(stage(op), s -> new ArrayList<>()).add(op);
    }
    for (List<Operation> stage : stages.values()) {
      runStage(stage);
      if (stopped()) {
        break;
      }
    }
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  private void runStage(List<Operation> stage) {
    Semaphore permits = new Semaphore(parallelism);
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (Operation op : stage) {
      if (!acquire(permits, op)) {
        break;
      }
      if (stopped()) {
        permits.release();
        break;
      }
      Supplier<@Nullable Void> task = Mdc.carried(() -> write(op, permits));
      try {
        inFlight.add(CompletableFuture.runAsync(task::get, sides.executor()));
      } catch (RuntimeException e) {
        permits.release();
        fail(op, notStarted("the executor refused the write", e));
      }
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
  }

  private boolean acquire(Semaphore permits, Operation op) {
    try {
      permits.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(op, notStarted("interrupted before the write started", e));
      return false;
    }
  }

  /** A write that never reached the party system: its outcome is known, nothing happened. */
  private static RemoteCallException notStarted(String message, Exception cause) {
    return new RemoteCallException(message, 0, false, false, null, cause);
  }

  private @Nullable Void write(Operation op, Semaphore permits) {
    try {
      if (op instanceof CreateEntry c) {
        sides.createEntry(partyId, new EntryWrite(c.value(), c.remark(), c.kind(), c.online()));
      } else if (op instanceof UpdateEntry u) {
        sides.updateEntry(
            partyId, u.entryId(), new EntryWrite(u.value(), u.remark(), u.kind(), u.online()));
      }
      log(op);
      onApplied.accept(op);
    } catch (RuntimeException e) {
      fail(op, e);
    } finally {
      permits.release();
    }
    return null;
  }

  private void log(Operation op) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    if (op instanceof CreateEntry c) {
      LOG.debug(
          "created entry: ref {}, kind {}, variant {}, value {}",
          c.ref(),
          c.kind().code(),
          c.variant(),
          mask.apply(c.value()));
    } else if (op instanceof UpdateEntry u) {
      LOG.debug(
          "updated entry {}: ref {}, variant {}, value {}",
          u.entryId(),
          u.ref(),
          u.variant(),
          u.value().isEmpty() ? "(blank)" : mask.apply(u.value()));
    }
  }

  private void fail(Operation op, RuntimeException e) {
    synchronized (failures) {
      failures.add(new Failure(op, e));
    }
  }

  private boolean stopped() {
    synchronized (failures) {
      return !failures.isEmpty();
    }
  }

  static int stage(Operation op) {
    if (op instanceof CreateEntry c) {
      return c.stage();
    }
    return op instanceof UpdateEntry u ? u.stage() : 0;
  }

  static String describe(Operation op) {
    if (op instanceof CreateEntry c) {
      return "creating an entry (ref " + c.ref() + ")";
    }
    return op instanceof UpdateEntry u
        ? "updating entry " + u.entryId() + " (ref " + u.ref() + ")"
        : "writing";
  }

  /** Returns the message of a failed entry write, without values. */
  static String message(Failure failure) {
    return ErrorText.of(describe(failure.operation()), failure.error());
  }
}
