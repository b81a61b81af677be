package de.kommsync.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.spi.EntryWrite;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Loads parties into an {@link AdvowareSimulation} for tests, shaped like the recorded sample. */
public final class SeedParty {

  private static final AtomicLong NEXT_ENTRY_ID = new AtomicLong(70001);

  private SeedParty() {}

  /**
   * Loads a party with the given entries, each stored with its real kind and an empty remark as
   * null; replaces a party with the same number.
   *
   * @return the party id, the decimal {@code betNr}
   */
  public static String load(AdvowareSimulation simulation, long betNr, List<EntryWrite> entries) {
    ObjectNode party = JsonNodeFactory.instance.objectNode();
    party.put("betNr", betNr);
    party.put("rowId", "FBABAAAANJFGABAAGJDOAEAPAAAAAPGFPDAFAAAA");
    party.put("geaendertAm", "2026-02-08T14:12:09");
    party.put("name", "Müller");
    ArrayNode list = party.putArray("kommunikation");
    for (EntryWrite entry : entries) {
      ObjectNode item = list.addObject();
      item.put("id", NEXT_ENTRY_ID.getAndIncrement());
      item.put("betNr", betNr);
      item.put("kommKz", entry.kind().code());
      item.put("tlf", entry.value());
      item.put("bemerkung", entry.remark().isEmpty() ? null : entry.remark());
      item.put("online", entry.online());
    }
    return Long.toString(simulation.load(party));
  }
}
