package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kommsync.NoSuchRecordException;
import de.kommsync.RejectedWriteException;
import de.kommsync.StaleRecordException;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of the CRM role ({@link Crm}) as JUnit 5 tests. To check an adapter, extend this
 * class, return the adapter from {@link #createCrm()} connected to an empty CRM (start it in your
 * own {@code @BeforeEach}), and store records with {@link #seed(Seed)}. Every test starts from a
 * fresh CRM: {@link #createCrm()} is called once per test, on first use inside the test body, so
 * after every {@code @BeforeEach} method.
 *
 * <p>The tests write phones in E.164 and e-mails in plain ASCII, which every CRM must hold as
 * given. Times are whole UTC seconds.
 */
public abstract class CrmContract {

  /** A whole second well before every test's data. */
  protected static final Instant PAST = Instant.parse("2020-01-01T00:00:00Z");

  /** The scheduler's "now" in the listing tests. */
  protected static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

  /** A whole second well after every test's data. */
  protected static final Instant FUTURE = Instant.parse("2040-01-01T00:00:00Z");

  /**
   * A record to store before a test.
   *
   * @param partyId the linked party id, or null
   * @param emails the e-mail items, the primary first
   * @param phones the phone items, the primary first
   * @param state the sync-state fields
   */
  public record Seed(
      @Nullable String partyId, List<CrmValue> emails, List<CrmValue> phones, SyncState state) {

    /** Checks the arguments and copies the lists. */
    public Seed {
      emails = List.copyOf(emails);
      phones = List.copyOf(phones);
      Objects.requireNonNull(state, "state");
    }
  }

  private @Nullable Crm adapter;

  /**
   * Returns the adapter under test, connected to an empty CRM. Called once per test.
   *
   * @return the adapter
   */
  protected abstract Crm createCrm();

  /**
   * Stores a record in the CRM that {@link #createCrm()} talks to, as a user or an import would.
   *
   * @param seed the record
   * @return the new record's id
   */
  protected abstract String seed(Seed seed);

  /**
   * Returns a phone item the CRM refuses to store, to check that the refusal arrives as a {@link
   * RejectedWriteException}; empty (the default) skips that test.
   */
  protected Optional<CrmValue> aPhoneTheCrmRefuses() {
    return Optional.empty();
  }

  /** Returns the adapter under test, created on first use in a test. */
  private Crm crm() {
    Crm current = adapter;
    if (current == null) {
      current = createCrm();
      adapter = current;
    }
    return current;
  }

  @Test
  void readsSeededRecordWithItsValuesFlagsAndState() {
    SyncState state =
        new SyncState(
            SyncStatus.FAILED,
            2,
            NOW,
            null,
            "party system unreachable",
            PAST,
            "row-7",
            "0123456789abcdef");
    String id = seed(new Seed("104860", twoEmails(), threePhones(), state));

    CrmRecord record = crm().readRecord(id);

    assertThat(record.id()).isEqualTo(id);
    assertThat(record.partyId()).isEqualTo("104860");
    assertThat(neutral(record.emails())).isEqualTo(neutral(twoEmails()));
    assertThat(neutral(record.phones())).isEqualTo(neutral(threePhones()));
    assertThat(record.state()).isEqualTo(state);
  }

  @Test
  void readingUnknownRecordFailsWithNoSuchRecord() {
    String id = seed(new Seed("1", List.of(), List.of(), SyncState.EMPTY));

    assertThatThrownBy(() -> crm().readRecord(id + "x")).isInstanceOf(NoSuchRecordException.class);
  }

  @Test
  void updateReplacesTheWholeListSentAndLeavesTheOtherAlone() {
    String id = seed(new Seed("1", twoEmails(), threePhones(), SyncState.EMPTY));
    List<CrmValue> emails =
        List.of(
            CrmValue.email("neu@kanzlei-beispiel.de", true, false, false),
            CrmValue.email("Post@Mueller-Privat.de", false, true, false));

    crm().updateRecord(id, new CrmChange(emails, null, SyncState.EMPTY, Set.of()), version(id));

    CrmRecord after = crm().readRecord(id);
    assertThat(neutral(after.emails())).isEqualTo(neutral(emails));
    assertThat(neutral(after.phones())).isEqualTo(neutral(threePhones()));
  }

  @Test
  void updateKeepsEveryFlagAndTypeSentWithTheItems() {
    String id = seed(new Seed("1", List.of(), List.of(), SyncState.EMPTY));
    List<CrmValue> phones =
        List.of(
            CrmValue.phone("+49511123456", PhoneType.FAX, true, true, false),
            CrmValue.phone("+491712345678", PhoneType.MOBILE, false, false, true),
            CrmValue.phone("+49301234567", PhoneType.OTHER, false, true, true));

    crm().updateRecord(id, new CrmChange(null, phones, SyncState.EMPTY, Set.of()), version(id));

    assertThat(neutral(crm().readRecord(id).phones())).isEqualTo(neutral(phones));
  }

  @Test
  void updateWritesOnlyTheStateFieldsNamed() {
    SyncState before =
        new SyncState(
            SyncStatus.DIRTY, 3, NOW, NOW, "old error", PAST, "row-1", "aaaaaaaaaaaaaaaa");
    String id = seed(new Seed("1", twoEmails(), List.of(), before));
    SyncState written =
        new SyncState(SyncStatus.CLEAN, 0, null, null, null, NOW, "row-2", "bbbbbbbbbbbbbbbb");

    crm()
        .updateRecord(
            id,
            new CrmChange(null, null, written, EnumSet.of(SyncField.STATUS, SyncField.HASH)),
            version(id));

    SyncState after = crm().readRecord(id).state();
    assertThat(after)
        .isEqualTo(
            new SyncState(
                SyncStatus.CLEAN, 3, NOW, NOW, "old error", PAST, "row-1", "bbbbbbbbbbbbbbbb"));
  }

  @Test
  void updateClearsStateFieldsNamedWithoutValue() {
    SyncState before =
        new SyncState(
            SyncStatus.FAILED, 3, NOW, NOW, "old error", PAST, "row-1", "aaaaaaaaaaaaaaaa");
    String id = seed(new Seed("1", List.of(), List.of(), before));
    SyncState written = new SyncState(SyncStatus.CLEAN, 0, null, null, null, NOW, "row-1", null);

    crm()
        .updateRecord(
            id, new CrmChange(null, null, written, EnumSet.allOf(SyncField.class)), version(id));

    assertThat(crm().readRecord(id).state()).isEqualTo(written);
  }

  @Test
  void updateWithStaleVersionFailsWithStaleRecordAndChangesNothing() {
    String id = seed(new Seed("1", twoEmails(), List.of(), SyncState.EMPTY));
    Long stale = crm().readRecord(id).version();
    assumeTrue(stale != null, "the CRM has no optimistic concurrency");
    SyncState first = stateWithHash("1111111111111111");
    crm().updateRecord(id, new CrmChange(null, null, first, Set.of(SyncField.HASH)), stale);

    CrmChange second =
        new CrmChange(null, null, stateWithHash("2222222222222222"), Set.of(SyncField.HASH));

    assertThatThrownBy(() -> crm().updateRecord(id, second, stale))
        .isInstanceOf(StaleRecordException.class);
    assertThat(crm().readRecord(id).state().hash()).isEqualTo("1111111111111111");
  }

  @Test
  void updateReportsTheNewVersionWhenTheCrmHasOne() {
    String id = seed(new Seed("1", twoEmails(), List.of(), SyncState.EMPTY));
    Long before = crm().readRecord(id).version();

    UpdateReceipt receipt =
        crm()
            .updateRecord(
                id,
                new CrmChange(
                    null, null, stateWithHash("3333333333333333"), Set.of(SyncField.HASH)),
                before);

    if (before == null) {
      assertThat(receipt.version()).isNull();
    } else {
      assertThat(receipt.version()).isGreaterThan(before);
      assertThat(crm().readRecord(id).version()).isEqualTo(receipt.version());
    }
  }

  @Test
  void updatingUnknownRecordFailsWithNoSuchRecord() {
    String id = seed(new Seed("1", List.of(), List.of(), SyncState.EMPTY));
    CrmChange change =
        new CrmChange(null, null, stateWithHash("4444444444444444"), Set.of(SyncField.HASH));

    assertThatThrownBy(() -> crm().updateRecord(id + "x", change, null))
        .isInstanceOf(NoSuchRecordException.class);
  }

  @Test
  void refusedPhoneFailsWithRejectedWriteAndChangesNothing() {
    Optional<CrmValue> refused = aPhoneTheCrmRefuses();
    assumeTrue(refused.isPresent(), "no phone the CRM refuses was named");
    String id = seed(new Seed("1", List.of(), threePhones(), SyncState.EMPTY));
    CrmChange change =
        new CrmChange(null, List.of(refused.get().withPrimary(true)), SyncState.EMPTY, Set.of());

    assertThatThrownBy(() -> crm().updateRecord(id, change, version(id)))
        .isInstanceOf(RejectedWriteException.class);
    assertThat(neutral(crm().readRecord(id).phones())).isEqualTo(neutral(threePhones()));
  }

  @Test
  void rulesAreStableAndSane() {
    CrmRules first = crm().rules();

    CrmRules second = crm().rules();

    assertThat(second).isEqualTo(first);
    assertThat(first.maxEmails()).isPositive();
    assertThat(first.maxPhones()).isPositive();
  }

  @Test
  void listsExactlyTheDueRecordsOrderedById() {
    List<String> due = new ArrayList<>();
    due.add(seedWithStatus(SyncStatus.PENDING_SYNC, null, null));
    due.add(seedWithStatus(SyncStatus.DIRTY, null, null));
    due.add(seedWithStatus(SyncStatus.FAILED, PAST, null));
    due.add(seedWithStatus(SyncStatus.FAILED, null, null));
    due.add(seedWithStatus(SyncStatus.FAILED, NOW, null));
    due.add(seedWithStatus(SyncStatus.PERMANENTLY_FAILED, null, PAST));
    seedWithStatus(SyncStatus.FAILED, FUTURE, null);
    seedWithStatus(SyncStatus.PERMANENTLY_FAILED, null, FUTURE);
    seedWithStatus(SyncStatus.CLEAN, null, null);
    seedWithStatus(SyncStatus.CONFLICT, null, null);
    seedWithStatus(SyncStatus.DELETED_IN_ADVOWARE, null, null);
    seedWithStatus(SyncStatus.SYNCING, null, null);

    List<CrmListRow> rows = allDue(NOW, PAST);

    assertThat(ids(rows)).isEqualTo(due.stream().sorted().toList());
  }

  @Test
  void listsSyncingRecordsOnlyOnceStale() {
    String syncing = seedWithStatus(SyncStatus.SYNCING, null, null);

    List<CrmListRow> fresh = allDue(NOW, PAST);
    List<CrmListRow> stale = allDue(FUTURE, FUTURE);

    assertThat(ids(fresh)).doesNotContain(syncing);
    assertThat(ids(stale)).contains(syncing);
  }

  @Test
  void dueRowsCarryPartyIdAndState() {
    SyncState state =
        new SyncState(
            SyncStatus.FAILED, 1, PAST, null, "timeout", PAST, "row-9", "cccccccccccccccc");
    String id = seed(new Seed("4711", twoEmails(), threePhones(), state));

    List<CrmListRow> rows = allDue(NOW, PAST);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).id()).isEqualTo(id);
    assertThat(rows.get(0).partyId()).isEqualTo("4711");
    assertThat(rows.get(0).state()).isEqualTo(state);
    assertThat(rows.get(0).modifiedAt()).isNotNull();
  }

  @Test
  void duePagesTogetherHoldEveryDueRecordOnce() {
    List<String> due = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      due.add(seedWithStatus(i % 2 == 0 ? SyncStatus.DIRTY : SyncStatus.PENDING_SYNC, null, null));
      seedWithStatus(SyncStatus.CLEAN, null, null);
    }

    List<CrmListRow> rows = allDue(NOW, PAST);

    assertThat(ids(rows)).isEqualTo(due.stream().sorted().toList());
  }

  @Test
  void listsSettledRecordsAfterAnIdInPagesOfTheLimit() {
    List<String> settled = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      settled.add(seedWithStatus(i == 2 ? SyncStatus.CONFLICT : SyncStatus.CLEAN, null, null));
      seedWithStatus(SyncStatus.DIRTY, null, null);
    }
    List<String> sorted = settled.stream().sorted().toList();

    CrmPage first = crm().listSettled(null, 2);
    CrmPage second = crm().listSettled(first.next(), 2);
    CrmPage third = crm().listSettled(second.next(), 2);

    assertThat(ids(first.rows())).isEqualTo(sorted.subList(0, 2));
    assertThat(first.next()).isEqualTo(sorted.get(1));
    assertThat(ids(second.rows())).isEqualTo(sorted.subList(2, 4));
    assertThat(ids(third.rows())).isEqualTo(sorted.subList(4, 5));
    assertThat(third.next()).isNull();
  }

  @Test
  void listsNoSettledRecordsAfterTheLast() {
    String only = seedWithStatus(SyncStatus.CLEAN, null, null);

    CrmPage page = crm().listSettled(only, 10);

    assertThat(page.rows()).isEmpty();
    assertThat(page.next()).isNull();
  }

  /** Returns every due row, following the page tokens, failing on a repeated token. */
  private List<CrmListRow> allDue(Instant now, Instant staleSyncingBefore) {
    List<CrmListRow> rows = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String token = null;
    do {
      CrmPage page = crm().listDue(now, staleSyncingBefore, token);
      rows.addAll(page.rows());
      token = page.next();
      assertThat(tokens).as("page tokens").doesNotContain(token);
      tokens.add(token);
    } while (token != null);
    return rows;
  }

  private String seedWithStatus(
      SyncStatus status, @Nullable Instant nextRetry, @Nullable Instant autoResetAt) {
    SyncState state = new SyncState(status, 0, nextRetry, autoResetAt, null, null, null, null);
    return seed(new Seed("1", List.of(), List.of(), state));
  }

  private @Nullable Long version(String id) {
    return crm().readRecord(id).version();
  }

  private static SyncState stateWithHash(String hash) {
    return new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, hash);
  }

  private static List<String> ids(List<CrmListRow> rows) {
    return rows.stream().map(CrmListRow::id).toList();
  }

  /** The values as the sync compares them: the CRM's own type names left aside. */
  private static List<CrmValue> neutral(List<CrmValue> values) {
    return values.stream()
        .map(
            v ->
                new CrmValue(
                    v.channel(),
                    v.value(),
                    v.channel() == Channel.PHONE ? v.type() : null,
                    null,
                    v.primary(),
                    v.optOut(),
                    v.invalid()))
        .toList();
  }

  private static List<CrmValue> twoEmails() {
    return List.of(
        CrmValue.email("max.mueller@kanzlei-beispiel.de", true, false, false),
        CrmValue.email("Post@Mueller-Privat.de", false, true, false));
  }

  private static List<CrmValue> threePhones() {
    return List.of(
        CrmValue.phone("+49511123456", PhoneType.BUSINESS, true, false, false),
        CrmValue.phone("+49511987654", PhoneType.FAX, false, false, false),
        CrmValue.phone("+491712345678", PhoneType.MOBILE, false, false, false));
  }
}
