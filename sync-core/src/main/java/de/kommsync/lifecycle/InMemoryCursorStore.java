package de.kommsync.lifecycle;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** A {@link CursorStore} in memory: the position lasts as long as the instance. Thread-safe. */
public final class InMemoryCursorStore implements CursorStore {

  private final AtomicReference<@Nullable String> position = new AtomicReference<>();

  @Override
  public Optional<String> load() {
    return Optional.ofNullable(position.get());
  }

  @Override
  public void save(@Nullable String afterId) {
    position.set(afterId);
  }
}
