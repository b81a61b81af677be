package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One party of the demo data set: the two payloads a GET would return on each side.
 *
 * @param scenario what the party shows, for example {@code conflict}
 * @param betNr the Advoware party number
 * @param recordId the EspoCRM record id
 * @param advoware the Advoware party as {@code GET /api/v1/advonet/Beteiligte/{betNr}} returns it
 * @param espocrm the EspoCRM record as {@code GET /api/v1/CBeteiligte/{id}} returns it
 */
record DemoParty(
    String scenario, long betNr, String recordId, ObjectNode advoware, ObjectNode espocrm) {

  /** Checks the arguments. */
  DemoParty {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(advoware, "advoware");
    Objects.requireNonNull(espocrm, "espocrm");
  }
}
