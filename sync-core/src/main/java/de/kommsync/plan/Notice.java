package de.kommsync.plan;

import java.util.Objects;

/**
 * Something the run noticed and reports without acting on it, for example a malformed marker (read
 * as user text).
 *
 * @param entryId the party-system entry, or -1 when none
 * @param kind what was noticed
 * @param detail a short description without personal data
 */
public record Notice(long entryId, Kind kind, String detail) {

  /** Checks the arguments. */
  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** What was noticed. */
  public enum Kind {
    /** A remark starts like a marker but is not a well-formed one; it is kept as user text. */
    MALFORMED_MARKER,
    /** A slot marker would not fit the remark; the entry is blanked with the user text alone. */
    SLOT_MARKER_DROPPED,
    /** Two party-system entries hold the same value; they count as one CRM value. */
    DUPLICATE_IN_PARTY_SYSTEM,
    /** The CRM list holds two items with the same key; the plan sends it de-duplicated. */
    DUPLICATE_IN_CRM,
    /**
     * The party system reports a kind code no kind has (outside 0 to 12); the entry's kind is
     * detected as for an entry whose kind the server does not report.
     */
    UNKNOWN_KIND_CODE
  }
}
