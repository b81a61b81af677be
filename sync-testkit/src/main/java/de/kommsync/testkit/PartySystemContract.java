package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kommsync.NoSuchPartyException;
import de.kommsync.RemoteCallException;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.spi.EntryWrite;
import de.kommsync.spi.PartySystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of the party-system role ({@link PartySystem}) as JUnit 5 tests. Extend it with a
 * factory for the implementation under test and a way to seed a party; every test gets a fresh
 * instance of the subclass, as JUnit does by default.
 *
 * <pre>{@code
 * class MyPartySystemTest extends PartySystemContract {
 *   private final MyBackend backend = MyBackend.empty();
 *
 *   protected PartySystem partySystem() { return new MyPartySystem(backend); }
 *   protected String seedParty(List<EntryWrite> entries) { return backend.addParty(entries); }
 *   protected String unknownPartyId() { return "999999"; }
 * }
 * }</pre>
 *
 * <p>The contract covers what the sync relies on: reads return every entry in a stable order with
 * value, remark and online flag as written; creates return the new entry with a fresh id; updates
 * change value, remark and online flag but never the kind; blank values are allowed (slots);
 * remarks come back character for character; writes are safe from several threads; an unknown party
 * is a {@link NoSuchPartyException}.
 */
public abstract class PartySystemContract {

  /**
   * Returns the implementation under test. Called once or more per test; it may return the same
   * instance each time.
   */
  protected abstract PartySystem partySystem();

  /**
   * Creates a party that holds the given entries in this order, each of the given kind.
   *
   * @param entries the entries; a remark may be empty
   * @return the new party's id
   */
  protected abstract String seedParty(List<EntryWrite> entries);

  /** Returns an id that names no party. */
  protected abstract String unknownPartyId();

  private static EntryWrite write(String value, String remark, Kind kind) {
    return new EntryWrite(value, remark, kind, kind.online());
  }

  @Test
  void readsEveryEntryInTheOrderItWasSeededWithValueRemarkAndOnlineFlag() {
    String party =
        seedParty(
            List.of(
                write("0511/123456", "Zentrale", Kind.BUSINESS_PHONE),
                write("max.mueller@kanzlei-beispiel.de", "", Kind.BUSINESS_EMAIL),
                write("0171 2345678", "[ESPOCRM-SLOT:3] privat", Kind.MOBILE)));

    PartySnapshot snapshot = partySystem().readParty(party);

    assertThat(snapshot.partyId()).isEqualTo(party);
    assertThat(snapshot.entries())
        .extracting(PartyEntry::valueOrEmpty, PartyEntry::remarkOrEmpty, PartyEntry::online)
        .containsExactly(
            tuple("0511/123456", "Zentrale", false),
            tuple("max.mueller@kanzlei-beispiel.de", "", true),
            tuple("0171 2345678", "[ESPOCRM-SLOT:3] privat", false));
  }

  @Test
  void reportsTheSeededKindOrZeroButNeverAnotherKind() {
    String party = seedParty(List.of(write("0511 99", "", Kind.BUSINESS_FAX)));

    PartyEntry entry = partySystem().readParty(party).entries().get(0);

    assertThat(entry.kindCode()).isIn(0, Kind.BUSINESS_FAX.code());
  }

  @Test
  void readsAPartyWithoutEntries() {
    String party = seedParty(List.of());

    PartySnapshot snapshot = partySystem().readParty(party);

    assertThat(snapshot.entries()).isEmpty();
  }

  @Test
  void throwsNoSuchPartyForAnUnknownParty() {
    PartySystem system = partySystem();
    String unknown = unknownPartyId();

    assertThatThrownBy(() -> system.readParty(unknown))
        .isInstanceOf(NoSuchPartyException.class)
        .satisfies(e -> assertThat(((RemoteCallException) e).retryable()).isFalse());
  }

  @Test
  void createReturnsTheNewEntryWithAFreshIdAndTheFieldsWritten() {
    String party = seedParty(List.of(write("0511/1", "", Kind.BUSINESS_PHONE)));
    long existing = partySystem().readParty(party).entries().get(0).id();
    EntryWrite write = write("+49 171 555", "[ESPOCRM:KzQ5IDE3MSA1NTU=:3] Notiz", Kind.MOBILE);

    PartyEntry created = partySystem().createEntry(party, write);

    assertThat(created.id()).isNotEqualTo(existing);
    assertThat(created.valueOrEmpty()).isEqualTo("+49 171 555");
    assertThat(created.remarkOrEmpty()).isEqualTo("[ESPOCRM:KzQ5IDE3MSA1NTU=:3] Notiz");
    assertThat(created.online()).isFalse();
  }

  @Test
  void createdEntryAppearsInTheNextReadAndLeavesTheOthersAlone() {
    String party = seedParty(List.of(write("0511/1", "alt", Kind.BUSINESS_PHONE)));

    PartyEntry created = partySystem().createEntry(party, write("a@b.de", "", Kind.PRIVATE_EMAIL));
    PartySnapshot snapshot = partySystem().readParty(party);

    assertThat(snapshot.entries()).hasSize(2);
    assertThat(snapshot.entries())
        .filteredOn(e -> e.id() == created.id())
        .singleElement()
        .satisfies(e -> assertThat(e.valueOrEmpty()).isEqualTo("a@b.de"))
        .satisfies(e -> assertThat(e.online()).isTrue());
    assertThat(snapshot.entries())
        .filteredOn(e -> e.id() != created.id())
        .singleElement()
        .satisfies(e -> assertThat(e.remarkOrEmpty()).isEqualTo("alt"));
  }

  @Test
  void createsDistinctEntriesForEqualWrites() {
    String party = seedParty(List.of());
    EntryWrite write = write("0511 1", "", Kind.BUSINESS_PHONE);

    PartyEntry first = partySystem().createEntry(party, write);
    PartyEntry second = partySystem().createEntry(party, write);

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(partySystem().readParty(party).entries()).hasSize(2);
  }

  @Test
  void updateChangesValueRemarkAndOnlineFlag() {
    String party = seedParty(List.of(write("0511/1", "Zentrale", Kind.BUSINESS_PHONE)));
    long id = partySystem().readParty(party).entries().get(0).id();

    partySystem()
        .updateEntry(
            party,
            id,
            new EntryWrite("0511/2", "[ESPOCRM:eA==:1] Zentrale", Kind.BUSINESS_PHONE, true));
    PartyEntry read = partySystem().readParty(party).entries().get(0);

    assertThat(read.id()).isEqualTo(id);
    assertThat(read.valueOrEmpty()).isEqualTo("0511/2");
    assertThat(read.remarkOrEmpty()).isEqualTo("[ESPOCRM:eA==:1] Zentrale");
    assertThat(read.online()).isTrue();
  }

  @Test
  void updateReturnsTheEntryAsStored() {
    String party = seedParty(List.of(write("0511/1", "", Kind.BUSINESS_PHONE)));
    long id = partySystem().readParty(party).entries().get(0).id();

    PartyEntry updated =
        partySystem().updateEntry(party, id, write("0511/3", "neu", Kind.BUSINESS_PHONE));

    assertThat(updated.id()).isEqualTo(id);
    assertThat(updated.valueOrEmpty()).isEqualTo("0511/3");
    assertThat(updated.remarkOrEmpty()).isEqualTo("neu");
  }

  @Test
  void updateNeverChangesTheKind() {
    String party = seedParty(List.of(write("0511/1", "", Kind.BUSINESS_PHONE)));
    long id = partySystem().readParty(party).entries().get(0).id();

    partySystem().updateEntry(party, id, write("0171 1", "", Kind.MOBILE));
    PartyEntry read = partySystem().readParty(party).entries().get(0);

    assertThat(read.kindCode()).isIn(0, Kind.BUSINESS_PHONE.code());
  }

  @Test
  void updateToABlankValueKeepsTheEntryAsASlot() {
    String party = seedParty(List.of(write("0511/1", "Zentrale", Kind.BUSINESS_PHONE)));
    long id = partySystem().readParty(party).entries().get(0).id();

    partySystem()
        .updateEntry(party, id, write("", "[ESPOCRM-SLOT:1] Zentrale", Kind.BUSINESS_PHONE));
    List<PartyEntry> entries = partySystem().readParty(party).entries();

    assertThat(entries).singleElement().satisfies(e -> assertThat(e.isBlank()).isTrue());
    assertThat(entries.get(0).remarkOrEmpty()).isEqualTo("[ESPOCRM-SLOT:1] Zentrale");
  }

  @Test
  void updateLeavesOtherEntriesUntouched() {
    String party =
        seedParty(
            List.of(
                write("0511/1", "eins", Kind.BUSINESS_PHONE),
                write("0511/2", "zwei", Kind.BUSINESS_FAX)));
    List<PartyEntry> before = partySystem().readParty(party).entries();

    partySystem().updateEntry(party, before.get(0).id(), write("0511/9", "", Kind.BUSINESS_PHONE));
    List<PartyEntry> after = partySystem().readParty(party).entries();

    assertThat(after.get(1).valueOrEmpty()).isEqualTo("0511/2");
    assertThat(after.get(1).remarkOrEmpty()).isEqualTo("zwei");
  }

  @Test
  void keepsRemarkTextCharacterForCharacter() {
    String remark = "[ESPOCRM:bcOkw59l:4]  Grüße, Straße & \"Zitat\" \t ✓ ";
    String party = seedParty(List.of(write("m@x.de", "", Kind.BUSINESS_EMAIL)));
    long id = partySystem().readParty(party).entries().get(0).id();

    partySystem().updateEntry(party, id, write("m@x.de", remark, Kind.BUSINESS_EMAIL));

    assertThat(partySystem().readParty(party).entries().get(0).remarkOrEmpty()).isEqualTo(remark);
  }

  @Test
  void createsEntriesFromSeveralThreadsWithoutLosingOne() throws Exception {
    String party = seedParty(List.of());
    PartySystem system = partySystem();

    Set<Long> created = createConcurrently(system, party, 8);

    Set<Long> read =
        system.readParty(party).entries().stream().map(PartyEntry::id).collect(Collectors.toSet());
    assertThat(created).hasSize(8);
    assertThat(read).isEqualTo(created);
  }

  private static Set<Long> createConcurrently(PartySystem system, String party, int count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PartyEntry>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        EntryWrite write = write("0511 10" + i, "", Kind.BUSINESS_PHONE);
        futures.add(pool.submit(() -> system.createEntry(party, write)));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<PartyEntry> future : futures) {
        ids.add(future.get(30, TimeUnit.SECONDS).id());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }
}
