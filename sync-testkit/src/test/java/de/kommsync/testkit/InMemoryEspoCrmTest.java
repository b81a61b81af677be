package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.NoSuchRecordException;
import de.kommsync.RejectedWriteException;
import de.kommsync.RemoteCallException;
import de.kommsync.StaleRecordException;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import de.kommsync.spi.CrmPage;
import de.kommsync.spi.UpdateReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryEspoCrmTest {

  private static final String ID = EspoCrmSimulationTest.ID;
  private static final Instant NOW = Instant.parse("2026-12-04T15:30:00Z");

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-04T15:39:22Z"));
  private final EspoCrmSimulation simulation = EspoCrmSimulation.builder().clock(clock).build();
  private final InMemoryEspoCrm crm = new InMemoryEspoCrm(simulation);

  private void loadReal() {
    simulation.load(EspoCrmSimulationTest.realRecord());
  }

  private static CrmChange hashOnly(String hash) {
    SyncState state = new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, hash);
    return new CrmChange(null, null, state, EnumSet.of(SyncField.HASH));
  }

  @Test
  void readsARecordThroughTheMapperAndCountsTheCall() {
    loadReal();

    CrmRecord record = crm.readRecord(ID);

    assertThat(record.phones()).hasSize(3);
    assertThat(record.version()).isEqualTo(1L);
    assertThat(crm.calls(CallKind.CRM_READ)).isEqualTo(1);
    assertThat(crm.callLog()).containsExactly(new FakeCall(CallKind.CRM_READ, 0, 0, ID));
  }

  @Test
  void readsTheRulesOnceAndCachesThem() {

    CrmRules first = crm.rules();
    CrmRules second = crm.rules();

    assertThat(first).isEqualTo(CrmRules.DEFAULTS).isSameAs(second);
    assertThat(crm.calls(CallKind.CRM_SETTINGS)).isEqualTo(1);
    assertThat(crm.calls(CallKind.CRM_METADATA)).isEqualTo(1);
  }

  @Test
  void companyRulesLackHome() {
    InMemoryEspoCrm company =
        new InMemoryEspoCrm(
            EspoCrmSimulation.builder().template(EspoCrmSimulation.Template.COMPANY).build());

    CrmRules rules = company.rules();

    assertThat(rules.allowedPhoneTypes()).doesNotContain(PhoneType.HOME);
  }

  @Test
  void updateReturnsTheNewVersion() {
    loadReal();

    UpdateReceipt receipt = crm.updateRecord(ID, hashOnly("b000000000000001"), 1L);

    assertThat(receipt.version()).isEqualTo(2L);
    assertThat(crm.readRecord(ID).state().hash()).isEqualTo("b000000000000001");
  }

  @Test
  void aStaleVersionBecomesStaleRecordException() {
    // research/espocrm-api.md §8: 409 modified when the version is stale and a value differs
    loadReal();
    crm.updateRecord(ID, hashOnly("b000000000000001"), 1L);

    assertThatThrownBy(() -> crm.updateRecord(ID, hashOnly("c000000000000002"), 1L))
        .isInstanceOf(StaleRecordException.class);
  }

  @Test
  void aRefusedValueBecomesRejectedWriteWithFieldAndValidation() {
    // samples/espocrm-exchanges-9.3.4.md, "PUT with a phone number the CRM rejects"
    loadReal();
    CrmChange change =
        new CrmChange(
            null,
            List.of(CrmValue.phone("0511/123456", PhoneType.BUSINESS, true, false, false)),
            SyncState.EMPTY,
            Set.of());

    assertThatThrownBy(() -> crm.updateRecord(ID, change, 1L))
        .isInstanceOfSatisfying(
            RejectedWriteException.class,
            e -> {
              assertThat(e.field()).contains("phoneNumber");
              assertThat(e.validation()).contains("valid");
              assertThat(e.status()).hasValue(400);
            });
  }

  @Test
  void aMissingRecordBecomesNoSuchRecord() {

    assertThatThrownBy(() -> crm.readRecord("nope")).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> crm.updateRecord("nope", hashOnly("x"), null))
        .isInstanceOf(NoSuchRecordException.class);
  }

  @Test
  void readWriteReadThroughTheSimulationGivesEqualValues() {
    for (SampleParties.Pair pair : SampleParties.all()) {
      pair.loadInto(AdvowareSimulation.builder().build(), simulation);
      CrmRecord read = crm.readRecord(pair.recordId());
      CrmChange change =
          new CrmChange(read.emails(), read.phones(), read.state(), EnumSet.allOf(SyncField.class));

      crm.updateRecord(pair.recordId(), change, read.version());
      CrmRecord again = crm.readRecord(pair.recordId());

      assertThat(again.emails()).as(pair.name()).isEqualTo(read.emails());
      assertThat(again.phones()).as(pair.name()).isEqualTo(read.phones());
      assertThat(again.state()).as(pair.name()).isEqualTo(read.state());
    }
  }

  @Test
  void listsDueRecordsAsTheCrmJavadocDefines() {
    String[][] records = {
      {"r01", "pending_sync", null, null, "2026-12-04 15:00:00"},
      {"r02", "dirty", null, null, "2026-12-04 15:00:00"},
      {"r03", "failed", "2026-12-04 15:30:00", null, "2026-12-04 15:00:00"},
      {"r04", "failed", "2026-12-04 15:30:01", null, "2026-12-04 15:00:00"},
      {"r05", "failed", null, null, "2026-12-04 15:00:00"},
      {"r06", "permanently_failed", null, "2026-12-04 15:29:00", "2026-12-04 15:00:00"},
      {"r07", "permanently_failed", null, "2026-12-05 15:29:00", "2026-12-04 15:00:00"},
      {"r08", "syncing", null, null, "2026-12-04 15:25:00"},
      {"r09", "syncing", null, null, "2026-12-04 15:25:01"},
      {"r10", "clean", null, null, "2026-12-04 15:00:00"},
      {"r11", "conflict", null, null, "2026-12-04 15:00:00"},
    };
    for (String[] r : records) {
      ObjectNode record = EspoCrmSimulationTest.MAPPER.createObjectNode();
      record.put("id", r[0]).put("syncStatus", r[1]).put("syncNextRetry", r[2]);
      record.put("syncAutoResetAt", r[3]).put("modifiedAt", r[4]).put("betnr", 1);
      simulation.load(record);
    }

    CrmPage page = crm.listDue(NOW, Instant.parse("2026-12-04T15:25:00Z"), null);

    assertThat(page.rows())
        .extracting(CrmListRow::id)
        .containsExactly("r01", "r02", "r03", "r05", "r06", "r08");
    assertThat(page.nextToken()).isEmpty();
    assertThat(page.rows().get(0).partyId()).isEqualTo("1");
    assertThat(crm.calls(CallKind.CRM_LIST)).isEqualTo(1);
  }

  @Test
  void pagesThroughMoreThan200DueRecords() {
    for (int i = 0; i < 250; i++) {
      simulation.load(
          EspoCrmSimulationTest.MAPPER
              .createObjectNode()
              .put("id", String.format("r%03d", i))
              .put("syncStatus", "dirty"));
    }

    CrmPage first = crm.listDue(NOW, NOW, null);
    CrmPage second = crm.listDue(NOW, NOW, first.next());

    assertThat(first.rows()).hasSize(200);
    assertThat(first.next()).isEqualTo("r199");
    assertThat(second.rows()).hasSize(50);
    assertThat(second.rows().get(0).id()).isEqualTo("r200");
    assertThat(second.nextToken()).isEmpty();
  }

  @Test
  void listsSettledRecordsRoundRobinByIdAfterAnId() {
    for (String[] r :
        new String[][] {{"a", "clean"}, {"b", "dirty"}, {"c", "conflict"}, {"d", "clean"}}) {
      simulation.load(
          EspoCrmSimulationTest.MAPPER.createObjectNode().put("id", r[0]).put("syncStatus", r[1]));
    }

    CrmPage first = crm.listSettled(null, 2);
    CrmPage rest = crm.listSettled(first.next(), 2);

    assertThat(first.rows()).extracting(CrmListRow::id).containsExactly("a", "c");
    assertThat(first.next()).isEqualTo("c");
    assertThat(rest.rows()).extracting(CrmListRow::id).containsExactly("d");
    assertThat(rest.nextToken()).isEmpty();
    assertThatThrownBy(() -> crm.listSettled(null, 201))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFaultBeforeTheCallAppliesNothing() {
    loadReal();
    crm.faults().failBefore(CallKind.CRM_UPDATE, 0);

    assertThatThrownBy(() -> crm.updateRecord(ID, hashOnly("b000000000000001"), 1L))
        .isInstanceOfSatisfying(
            RemoteCallException.class,
            e -> {
              assertThat(e.outcomeUnknown()).isFalse();
              assertThat(e.retryable()).isTrue();
            });
    assertThat(crm.record(ID).state().hash()).isEqualTo("a3f5d2e8b1c4f6a9");
    assertThat(crm.calls(CallKind.CRM_UPDATE)).isEqualTo(1);
  }

  @Test
  void aFaultAfterTheCallAppliesItAndLosesTheAnswer() {
    loadReal();
    crm.faults().loseResponse(CallKind.CRM_UPDATE, 0);

    assertThatThrownBy(() -> crm.updateRecord(ID, hashOnly("b000000000000001"), 1L))
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(crm.record(ID).state().hash()).isEqualTo("b000000000000001");
  }

  @Test
  void faultsByIndexFireOnceAndByPredicateOnEveryMatch() {
    loadReal();
    crm.faults().failBeforeCall(1).failBefore(call -> call.target().equals("other"));
    List<Boolean> failed = new ArrayList<>();

    for (int i = 0; i < 3; i++) {
      try {
        crm.readRecord(ID);
        failed.add(false);
      } catch (RemoteCallException e) {
        failed.add(true);
      }
    }

    assertThat(failed).containsExactly(false, true, false);
    assertThatThrownBy(() -> crm.readRecord("other"))
        .isInstanceOf(RemoteCallException.class)
        .isNotInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> crm.readRecord("other")).isNotInstanceOf(NoSuchRecordException.class);
    assertThat(crm.calls(CallKind.CRM_READ)).isEqualTo(5);
  }

  @Test
  void resetCallsForgetsTheCounts() {
    loadReal();
    crm.readRecord(ID);

    crm.resetCalls();

    assertThat(crm.calls(CallKind.CRM_READ)).isZero();
    assertThat(crm.callLog()).isEmpty();
  }

  @Test
  void personEditsGoThroughTheCrmRulesAndMarkTheRecordDirty() {
    loadReal();

    crm.addEmail(ID, "neu@example.de");
    crm.addPhone(ID, "+49 30 1234567", PhoneType.HOME);
    crm.changeValue(ID, "+49511987654", "+49511987655");
    crm.changePhoneType(ID, "+491712345678", PhoneType.OTHER);
    crm.setFlags(ID, "neu@example.de", true, false);
    crm.removeValue(ID, "max.mueller@kanzlei-beispiel.de");

    CrmRecord record = crm.record(ID);
    assertThat(record.state().status()).isEqualTo(SyncStatus.DIRTY);
    assertThat(record.emails())
        .containsExactly(
            CrmValue.email("Post@Mueller-Privat.de", true, true, false),
            CrmValue.email("neu@example.de", false, true, false));
    assertThat(record.phones())
        .extracting(CrmValue::value, CrmValue::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("+49511123456", PhoneType.BUSINESS),
            org.assertj.core.groups.Tuple.tuple("+49511987655", PhoneType.FAX),
            org.assertj.core.groups.Tuple.tuple("+491712345678", PhoneType.OTHER),
            org.assertj.core.groups.Tuple.tuple("+49301234567", PhoneType.HOME));
    assertThat(crm.calls(CallKind.CRM_UPDATE)).isZero();
  }

  @Test
  void aPersonEditTheCrmRefusesThrows() {
    loadReal();

    assertThatThrownBy(() -> crm.addPhone(ID, "0511/123456", PhoneType.BUSINESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("400");
  }

  @Test
  void makePrimaryMovesThePrimary() {
    loadReal();

    crm.makePrimary(ID, "+491712345678");

    assertThat(crm.record(ID).phones().get(0).value()).isEqualTo("+491712345678");
    assertThat(crm.record(ID).phones().get(0).primary()).isTrue();
  }
}
