package de.kommsync.cli;

import de.kommsync.espocrm.EspoCrmJson;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two payload files of {@code plan} and {@code apply}. */
final class PayloadFilesMixin {

  @Option(
      names = "--advoware",
      required = true,
      paramLabel = "PARTY.json",
      description = "The party as GET /api/v1/advonet/Beteiligte/{betNr} returns it.")
  Path advoware;

  @Option(
      names = "--espocrm",
      required = true,
      paramLabel = "RECORD.json",
      description = "The record as GET /api/v1/CBeteiligte/{id} returns it.")
  Path espocrm;

  /** Reads both files and checks that they belong to the same party. */
  Inputs read(EspoCrmJson mapper) {
    Payloads.Party party = Payloads.readParty(advoware);
    Payloads.Record record = Payloads.readRecord(espocrm, mapper);
    String linked = record.record().partyId();
    if (linked != null && !linked.equals(party.snapshot().partyId())) {
      throw new CliException(
          ExitCode.INPUT_INVALID,
          espocrm
              + ": the record is linked to party "
              + linked
              + ", not to party "
              + party.snapshot().partyId()
              + " of "
              + advoware);
    }
    return new Inputs(party, record);
  }

  /** Both payloads as read. */
  record Inputs(Payloads.Party party, Payloads.Record record) {}
}
