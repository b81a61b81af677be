package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.NoSuchPartyException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.advoware.AdvowareJson;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The party-system role in memory: an {@link AdvowareSimulation} behind the Advoware adapter's own
 * JSON mapping ({@link AdvowareJson}), so every product quirk applies exactly as over HTTP (kinds
 * reported as 0, kinds ignored on update, a new row id on every write). It counts calls per {@link
 * CallKind}, injects faults from a {@link FaultPlan}, and offers the edits a user makes in the
 * Advoware client. Thread-safe.
 */
public final class InMemoryAdvoware implements PartySystem {

  private final AdvowareSimulation simulation;
  private final CallRecorder recorder = new CallRecorder();

  /** Creates the fake over a simulation. */
  public InMemoryAdvoware(AdvowareSimulation simulation) {
    this.simulation = Objects.requireNonNull(simulation, "simulation");
  }

  /** Returns the simulation behind this fake. */
  public AdvowareSimulation simulation() {
    return simulation;
  }

  /** Returns the live fault plan; add rules to it. */
  public FaultPlan faults() {
    return recorder.faults();
  }

  /** Replaces the fault plan. */
  public void setFaults(FaultPlan plan) {
    recorder.setFaults(Objects.requireNonNull(plan, "plan"));
  }

  /** Returns how many calls of a kind this fake received, faulted ones included. */
  public int calls(CallKind kind) {
    return recorder.count(kind);
  }

  /** Returns every call received, in order. */
  public List<FakeCall> callLog() {
    return recorder.log();
  }

  /** Forgets the counted calls. */
  public void resetCalls() {
    recorder.reset();
  }

  @Override
  public PartySnapshot readParty(String partyId) {
    long betNr = betNr(partyId);
    return recorder.call(
        CallKind.PARTY_READ,
        partyId,
        () ->
            AdvowareJson.readParty(body(simulation.getParty(betNr), partyId, "party " + partyId)));
  }

  @Override
  public PartyEntry createEntry(String partyId, EntryWrite write) {
    long betNr = betNr(partyId);
    String body = AdvowareJson.createBody(write).toString();
    return recorder.call(
        CallKind.ENTRY_CREATE,
        partyId,
        () ->
            AdvowareJson.readEntry(
                body(
                    simulation.createEntry(betNr, AdvowareJson.parse(body, "request")),
                    partyId,
                    "new entry of party " + partyId)));
  }

  @Override
  public PartyEntry updateEntry(String partyId, long entryId, EntryWrite write) {
    long betNr = betNr(partyId);
    String body = AdvowareJson.updateBody(write).toString();
    String target = "entry " + entryId + " of party " + partyId;
    return recorder.call(
        CallKind.ENTRY_UPDATE,
        partyId + "/" + entryId,
        () ->
            AdvowareJson.readEntry(
                body(
                    simulation.updateEntry(betNr, entryId, AdvowareJson.parse(body, "request")),
                    partyId,
                    target)));
  }

  private static long betNr(String partyId) {
    if (!partyId.matches("[0-9]{1,18}")) {
      throw new NoSuchPartyException(partyId);
    }
    return Long.parseLong(partyId);
  }

  private JsonNode body(SimulatedResponse answer, String partyId, String target) {
    if (answer.isSuccess()) {
      if (answer.json() == null) {
        throw new MalformedResponseException(target + ": answer without JSON body");
      }
      return AdvowareJson.parse(answer.bodyText(), target);
    }
    int status = answer.status();
    if (status == 404 && simulation.party(Long.parseLong(partyId)).isEmpty()) {
      return failWith(new NoSuchPartyException(partyId));
    }
    if (status == 400) {
      return failWith(
          new RejectedWriteException(
              "party system refused the write of " + target, status, null, null, null));
    }
    return failWith(
        new RemoteCallException(
            "party system answered " + status + " for " + target,
            status,
            status == 429 || status == 502 || status == 503 || status == 504,
            false,
            null,
            null));
  }

  private static <T> T failWith(RemoteCallException e) {
    throw e;
  }

  // ---------------------------------------------------------------- edits by a user

  /** Returns the party as stored now, with the real kinds, without counting a call. */
  public PartySnapshot party(String partyId) {
    return AdvowareJson.readParty(
        simulation.party(betNr(partyId)).orElseThrow(() -> new NoSuchPartyException(partyId)));
  }

  /** Returns one entry as stored now, with its real kind, without counting a call. */
  public Optional<PartyEntry> entry(String partyId, long entryId) {
    return party(partyId).entries().stream().filter(e -> e.id() == entryId).findFirst();
  }

  /**
   * Adds an entry as a user of the Advoware client would.
   *
   * @return the new entry's id
   */
  public long addEntry(String partyId, Kind kind, @Nullable String value, @Nullable String remark) {
    return simulation.addEntryAsUser(betNr(partyId), kind.code(), value, remark);
  }

  /** Changes an entry's value as a user would (also: fills a slot, or blanks an entry with ""). */
  public boolean setValue(String partyId, long entryId, @Nullable String value) {
    return simulation.setValueAsUser(betNr(partyId), entryId, value);
  }

  /** Changes an entry's remark as a user would. */
  public boolean setRemark(String partyId, long entryId, @Nullable String remark) {
    return simulation.setRemarkAsUser(betNr(partyId), entryId, remark);
  }

  /** Removes an entry as a user of the Advoware client can. */
  public boolean removeEntry(String partyId, long entryId) {
    return simulation.removeEntryAsUser(betNr(partyId), entryId);
  }

  /** Changes a top-level field of the party as a user would (its row id moves). */
  public void setPartyField(String partyId, String field, @Nullable String value) {
    simulation.setPartyFieldAsUser(betNr(partyId), field, value);
  }
}
