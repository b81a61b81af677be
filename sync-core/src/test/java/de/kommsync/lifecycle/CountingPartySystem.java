package de.kommsync.lifecycle;

import de.kommsync.NoSuchPartyException;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A party-system double for reads only: holds snapshots by id and records every read. */
final class CountingPartySystem implements PartySystem {

  final List<String> reads = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, PartySnapshot> parties = new ConcurrentHashMap<>();

  void put(PartySnapshot party) {
    parties.put(party.partyId(), party);
  }

  PartySnapshot peek(String partyId) {
    return parties.get(partyId);
  }

  void remove(String partyId) {
    parties.remove(partyId);
  }

  @Override
  public PartySnapshot readParty(String partyId) {
    reads.add(partyId);
    PartySnapshot party = parties.get(partyId);
    if (party == null) {
      throw new NoSuchPartyException(partyId);
    }
    return party;
  }

  @Override
  public PartyEntry createEntry(String partyId, EntryWrite write) {
    throw new AssertionError("the lifecycle never writes entries itself");
  }

  @Override
  public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    throw new AssertionError("the lifecycle never writes entries itself");
  }
}
