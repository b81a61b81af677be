package de.kommsync.spi;

import de.kommsync.Masking;
import de.kommsync.model.Kind;
import java.util.Objects;

/**
 * The fields the sync writes to a party-system entry. On an update the party system keeps the
 * entry's kind whatever is sent: kinds never change (SPEC section 2).
 *
 * @param value the new value ({@code tlf}); empty for a blanked slot
 * @param remark the full new remark: marker plus user text
 * @param kind the kind; sent on create, ignored by the server on update
 * @param online the {@code online} flag
 */
public record EntryWrite(String value, String remark, Kind kind, boolean online) {

  /** Checks the arguments. */
  public EntryWrite {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(remark, "remark");
    Objects.requireNonNull(kind, "kind");
  }

  /** Returns the write with its value and remark masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "EntryWrite[value=%s, remark=%s, kind=%s, online=%s]"
        .formatted(Masking.value(value), Masking.text(remark), kind, online);
  }
}
