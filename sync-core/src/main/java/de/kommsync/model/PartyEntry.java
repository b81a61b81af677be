package de.kommsync.model;

import de.kommsync.Masking;
import org.jspecify.annotations.Nullable;

/**
 * One communication entry of a party in the party system, as read.
 *
 * @param id the entry's id, unique within the party system
 * @param rowId the entry's opaque row version, or {@code null} when the system reports none
 * @param value the entry's value ({@code tlf}): a number, an address or any text; may be null
 * @param kindCode the kind code as the server reported it; 0 when the server did not report one (a
 *     known server bug, SPEC section 2)
 * @param remark the entry's remark ({@code bemerkung}); may be null
 * @param online the entry's {@code online} flag
 */
public record PartyEntry(
    long id,
    @Nullable String rowId,
    @Nullable String value,
    int kindCode,
    @Nullable String remark,
    boolean online) {

  /** Returns the value, or the empty string for a null value. */
  public String valueOrEmpty() {
    return value == null ? "" : value;
  }

  /** Returns the remark, or the empty string for a null remark. */
  public String remarkOrEmpty() {
    return remark == null ? "" : remark;
  }

  /** Returns whether the value is null or blank. */
  public boolean isBlank() {
    return value == null || value.isBlank();
  }

  /** Returns the entry with its value and remark masked as {@link Masking} says. */
  @Override
  public String toString() {
    return "PartyEntry[id=%d, rowId=%s, value=%s, kindCode=%d, remark=%s, online=%s]"
        .formatted(id, rowId, Masking.value(value), kindCode, Masking.text(remark), online);
  }
}
