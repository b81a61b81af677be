package de.kommsync.testkit;

import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs the party-system contract against {@link InMemoryAdvoware}. */
class InMemoryAdvowareContractTest extends PartySystemContract {

  private final AdvowareSimulation simulation = AdvowareSimulation.builder().build();
  private final InMemoryAdvoware fake = new InMemoryAdvoware(simulation);
  private final AtomicLong nextParty = new AtomicLong(300001);

  @Override
  protected PartySystem partySystem() {
    return fake;
  }

  @Override
  protected String seedParty(List<EntryWrite> entries) {
    return SeedParty.load(simulation, nextParty.getAndIncrement(), entries);
  }

  @Override
  protected String unknownPartyId() {
    return "999999";
  }
}
