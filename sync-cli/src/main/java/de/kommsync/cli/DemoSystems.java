package de.kommsync.cli;

import de.kommsync.advoware.HttpAdvoware;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.spi.Crm;
import de.kommsync.spi.PartySystem;
import de.kommsync.testkit.AdvowareSimulation;
import de.kommsync.testkit.CallKind;
import de.kommsync.testkit.EspoCrmSimulation;
import de.kommsync.testkit.FakeAdvowareServer;
import de.kommsync.testkit.FaultPlan;
import java.time.Clock;

/**
 * The two systems the demo syncs: simulations to seed and edit, the role adapters the engine talks
 * to, and a way to make a party's reads fail. Closing stops what was started.
 */
interface DemoSystems extends AutoCloseable {

  /** Returns the Advoware simulation (seeding and user edits). */
  AdvowareSimulation advoware();

  /** Returns the EspoCRM simulation (seeding). */
  EspoCrmSimulation espocrm();

  /** Returns the party-system role the engine uses. */
  PartySystem partySystem();

  /** Returns the CRM role the engine uses. */
  Crm crm();

  /** Returns how the engine reaches the systems, for the report. */
  String transport();

  /** Makes the next {@code times} reads of a party fail with a server error. */
  void failPartyReads(long betNr, int times);

  @Override
  void close();

  /** Starts both fake servers on ephemeral loopback ports and the HTTP adapters. */
  static DemoSystems overHttp() {
    FakeServers servers = FakeServers.start(true, true, 0);
    HttpAdvoware partySystem = HttpAdvoware.create(servers.advowareConfig());
    return new Http(servers, partySystem, servers.httpEspoCrm(EspoCrmConfig.defaults()));
  }

  /** Uses the in-memory fakes over the simulations, without servers. */
  static DemoSystems inMemory() {
    return new InMemory(LocalSides.create(EspoCrmConfig.defaults(), true, Clock.systemUTC()));
  }

  /** Over HTTP. */
  record Http(FakeServers servers, PartySystem partySystem, Crm crm) implements DemoSystems {

    @Override
    public AdvowareSimulation advoware() {
      return servers.advowareSimulation();
    }

    @Override
    public EspoCrmSimulation espocrm() {
      return servers.espocrmSimulation();
    }

    @Override
    public String transport() {
      return "HTTP: fake Advoware "
          + servers.advoware().orElseThrow().connectorUrl()
          + ", fake EspoCRM "
          + servers.espocrm().orElseThrow().site();
    }

    @Override
    public void failPartyReads(long betNr, int times) {
      servers
          .advoware()
          .orElseThrow()
          .inject(
              "GET",
              ".*/api/v1/advonet/Beteiligte/" + betNr,
              times,
              FakeAdvowareServer.Fault.status(500, "Interner Fehler"));
    }

    @Override
    public void close() {
      servers.close();
    }
  }

  /** In memory. */
  record InMemory(LocalSides sides) implements DemoSystems {

    @Override
    public AdvowareSimulation advoware() {
      return sides.advoware();
    }

    @Override
    public EspoCrmSimulation espocrm() {
      return sides.espocrm();
    }

    @Override
    public PartySystem partySystem() {
      return sides.partySystem();
    }

    @Override
    public Crm crm() {
      return sides.crm();
    }

    @Override
    public String transport() {
      return "in memory (simulations without servers)";
    }

    @Override
    public void failPartyReads(long betNr, int times) {
      String partyId = Long.toString(betNr);
      sides
          .partySystem()
          .faults()
          .add(
              call -> call.kind() == CallKind.PARTY_READ && call.target().equals(partyId),
              FaultPlan.Timing.BEFORE,
              times);
    }

    @Override
    public void close() {
      // nothing was started
    }
  }
}
