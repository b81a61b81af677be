package de.kommsync.testlogging;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A log event that held unmasked personal data or a secret.
 *
 * @param event the event
 * @param leaks what was found in its {@link LogEvent#text() text}, never empty
 */
public record Violation(LogEvent event, List<Leak> leaks) {

  /** Copies the leaks and checks there is one. */
  public Violation {
    leaks = List.copyOf(leaks);
    if (leaks.isEmpty()) {
      throw new IllegalArgumentException("a violation needs a leak");
    }
  }

  /** Returns the kinds of the leaks. */
  public Set<Leak.Kind> kinds() {
    Set<Leak.Kind> kinds = EnumSet.noneOf(Leak.Kind.class);
    leaks.forEach(l -> kinds.add(l.kind()));
    return kinds;
  }

  /** Returns the level, logger and the line with every leak masked. */
  public String describe() {
    return event.level()
        + " "
        + event.logger()
        + " "
        + kinds()
        + ": "
        + LeakDetector.mask(event.text());
  }
}
