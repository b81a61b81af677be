package de.kommsync.bench.batch;

import de.kommsync.lifecycle.PartyRef;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * The parties 1 to {@code count} of {@link GeneratedSides}, made one at a time as the batch takes
 * them; a hook sees how many were taken, on the thread that takes them.
 */
final class PartyRefs implements Iterator<PartyRef> {

  private final long count;
  private final LongConsumer taken;
  private long next = 1;

  PartyRefs(long count, LongConsumer taken) {
    this.count = count;
    this.taken = taken;
  }

  @Override
  public boolean hasNext() {
    return next <= count;
  }

  @Override
  public PartyRef next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long n = next++;
    taken.accept(n);
    return new PartyRef(GeneratedSides.recordId(n), Long.toString(n));
  }
}
