package de.kommsync.advoware;

import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import de.kommsync.testkit.PartySystemContract;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;

/** Runs the party-system contract against {@link HttpAdvoware} talking to the fake server. */
class HttpAdvowareContractTest extends PartySystemContract {

  private final AdvowareFixture fixture = new AdvowareFixture();
  private final HttpAdvoware adapter = fixture.adapter();
  private final AtomicLong nextParty = new AtomicLong(200001);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Override
  protected PartySystem partySystem() {
    return adapter;
  }

  @Override
  protected String seedParty(List<EntryWrite> entries) {
    return fixture.party(nextParty.getAndIncrement(), entries);
  }

  @Override
  protected String unknownPartyId() {
    return "999999";
  }
}
