package de.kommsync.marker;

import de.kommsync.Masking;
import de.kommsync.model.Kind;
import java.util.Objects;

/**
 * The text the sync writes at the start of an entry's remark (SPEC section 4): a value marker that
 * records the value last synced and its kind, or a slot marker for an entry the sync blanked.
 */
public sealed interface Marker permits Marker.Value, Marker.Slot {

  /** Returns the kind the marker records; never {@link Kind#URL}. */
  Kind kind();

  /**
   * A value marker {@code [ESPOCRM:<base64 of the value, UTF-8>:<kind>]}.
   *
   * @param syncedValue the entry's value as written at the last sync, not blank
   * @param kind the kind recorded, never {@link Kind#URL}
   */
  record Value(String syncedValue, Kind kind) implements Marker {
    /** Checks the arguments. */
    public Value {
      Objects.requireNonNull(syncedValue, "syncedValue");
      Objects.requireNonNull(kind, "kind");
      if (syncedValue.isEmpty()) {
        throw new IllegalArgumentException("a value marker records a value");
      }
      if (!kind.synced()) {
        throw new IllegalArgumentException("kind " + kind.code() + " is never written to a marker");
      }
    }

    /** Returns the marker with its value masked as {@link Masking} says. */
    @Override
    public String toString() {
      return "Value[syncedValue=%s, kind=%s]".formatted(Masking.value(syncedValue), kind);
    }
  }

  /**
   * A slot marker {@code [ESPOCRM-SLOT:<kind>]}.
   *
   * @param kind the slot's kind, never {@link Kind#URL}
   */
  record Slot(Kind kind) implements Marker {
    /** Checks the arguments. */
    public Slot {
      Objects.requireNonNull(kind, "kind");
      if (!kind.synced()) {
        throw new IllegalArgumentException("kind " + kind.code() + " is never written to a marker");
      }
    }
  }
}
