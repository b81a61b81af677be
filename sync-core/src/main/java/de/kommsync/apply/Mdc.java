package de.kommsync.apply;

import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/** Carries the caller's MDC into tasks that run on other threads, and restores it after. */
final class Mdc {

  private Mdc() {}

  static <T> Supplier<T> carried(Supplier<T> task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    return () -> {
      Map<String, String> previous = MDC.getCopyOfContextMap();
      set(context);
      try {
        return task.get();
      } finally {
        set(previous);
      }
    };
  }

  static void set(@Nullable Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }
}
