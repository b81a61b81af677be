package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.PartySnapshot;
import java.nio.file.Path;

/**
 * Reads the two payload files of {@code plan} and {@code apply}: exactly what {@code GET
 * /api/v1/advonet/Beteiligte/{betNr}} and {@code GET /api/v1/CBeteiligte/{id}} return. A file of
 * the wrong shape fails with {@link ExitCode#INPUT_INVALID} and a message naming the file and the
 * element, never a value.
 */
final class Payloads {

  private Payloads() {}

  /** A payload file as read: its JSON tree and what the core makes of it. */
  record Party(ObjectNode json, PartySnapshot snapshot) {}

  /** A payload file as read: its JSON tree and what the core makes of it. */
  record Record(ObjectNode json, CrmRecord record) {}

  /** Reads an Advoware party file. */
  static Party readParty(Path file) {
    ObjectNode json = JsonInput.readObject(file);
    try {
      return new Party(json, AdvowareJson.readParty(json));
    } catch (MalformedResponseException | IllegalArgumentException e) {
      throw invalid(file, e);
    }
  }

  /** Reads an EspoCRM record file. */
  static Record readRecord(Path file, EspoCrmJson mapper) {
    ObjectNode json = JsonInput.readObject(file);
    try {
      return new Record(json, mapper.readRecord(json));
    } catch (MalformedResponseException | IllegalArgumentException e) {
      throw invalid(file, e);
    }
  }

  private static CliException invalid(Path file, RuntimeException e) {
    String detail =
        e instanceof MalformedResponseException
            ? e.getMessage()
            : "not the expected shape (" + e.getClass().getSimpleName() + ")";
    return new CliException(ExitCode.INPUT_INVALID, file + ": " + detail, e);
  }
}
