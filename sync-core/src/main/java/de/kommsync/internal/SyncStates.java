package de.kommsync.internal;

import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Compares and copies {@link SyncState}s field by field. Stateless. */
public final class SyncStates {

  private SyncStates() {}

  /**
   * Returns the fields whose values differ between two states.
   *
   * @param before the state the CRM holds
   * @param after the state wanted
   * @return a new mutable set, empty when the states are equal
   */
  public static Set<SyncField> changedFields(SyncState before, SyncState after) {
    Set<SyncField> fields = EnumSet.noneOf(SyncField.class);
    addIf(fields, SyncField.STATUS, before.status(), after.status());
    addIf(fields, SyncField.RETRY_COUNT, before.retryCount(), after.retryCount());
    addIf(fields, SyncField.NEXT_RETRY, before.nextRetry(), after.nextRetry());
    addIf(fields, SyncField.AUTO_RESET_AT, before.autoResetAt(), after.autoResetAt());
    addIf(fields, SyncField.ERROR_MESSAGE, before.errorMessage(), after.errorMessage());
    addIf(fields, SyncField.LAST_SYNC, before.lastSync(), after.lastSync());
    addIf(fields, SyncField.PARTY_ROW_ID, before.partyRowId(), after.partyRowId());
    addIf(fields, SyncField.HASH, before.hash(), after.hash());
    return fields;
  }

  private static void addIf(
      Set<SyncField> fields, SyncField field, @Nullable Object a, @Nullable Object b) {
    if (!Objects.equals(a, b)) {
      fields.add(field);
    }
  }

  /**
   * Returns the state the CRM holds after an update that wrote the given fields of {@code written}
   * over {@code before}.
   */
  public static SyncState merge(SyncState before, SyncState written, Set<SyncField> fields) {
    return new SyncState(
        pick(fields, SyncField.STATUS, before.status(), written.status()),
        fields.contains(SyncField.RETRY_COUNT) ? written.retryCount() : before.retryCount(),
        pick(fields, SyncField.NEXT_RETRY, before.nextRetry(), written.nextRetry()),
        pick(fields, SyncField.AUTO_RESET_AT, before.autoResetAt(), written.autoResetAt()),
        pick(fields, SyncField.ERROR_MESSAGE, before.errorMessage(), written.errorMessage()),
        pick(fields, SyncField.LAST_SYNC, before.lastSync(), written.lastSync()),
        pick(fields, SyncField.PARTY_ROW_ID, before.partyRowId(), written.partyRowId()),
        pick(fields, SyncField.HASH, before.hash(), written.hash()));
  }

  private static <T> @Nullable T pick(
      Set<SyncField> fields, SyncField field, @Nullable T before, @Nullable T written) {
    return fields.contains(field) ? written : before;
  }

  /**
   * Returns a copy of the state with the success fields set: the status, the last sync time, the
   * party's row id and the hash.
   */
  public static SyncState withSyncResult(
      SyncState state,
      SyncStatus status,
      Instant lastSync,
      @Nullable String partyRowId,
      @Nullable String hash) {
    return new SyncState(
        status,
        state.retryCount(),
        state.nextRetry(),
        state.autoResetAt(),
        state.errorMessage(),
        lastSync,
        partyRowId,
        hash);
  }

  /** Returns a copy of the state with another hash and last sync time. */
  public static SyncState withHash(SyncState state, String hash, Instant lastSync) {
    return new SyncState(
        state.status(),
        state.retryCount(),
        state.nextRetry(),
        state.autoResetAt(),
        state.errorMessage(),
        lastSync,
        state.partyRowId(),
        hash);
  }
}
