package de.kommsync.bench.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A party and its CRM record as loaded into a {@link World}.
 *
 * @param partyId the party id
 * @param recordId the CRM record id
 * @param entryIds the ids of the party's entries, in seed order ({@code -1} for a CRM-only seed)
 * @param seeds the seeds the pair was made from
 */
public record Pair(String partyId, String recordId, List<Long> entryIds, List<Seed> seeds) {

  /** Checks the arguments and copies the lists. */
  public Pair {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(recordId, "recordId");
    entryIds = List.copyOf(entryIds);
    seeds = List.copyOf(seeds);
  }

  /** Returns the party id as the party system's number. */
  public long betNr() {
    return Long.parseLong(partyId);
  }
}
