package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated lists written through the EspoCRM mapper into the simulation read back equal: the
 * values, types and flags the sync sends are stored as sent, with the primary first (research/
 * espocrm-api.md §3 "Shape returned on read").
 */
class MapperRoundTripPropertyTest {

  private static final Gen<List<Integer>> CODES =
      lists().of(integers().between(0, 1 << 12)).ofSizeBetween(0, 10);

  @Test
  void writtenListsReadBackEqualWithThePrimaryFirst() {
    EspoCrmSimulation simulation = EspoCrmSimulation.builder().build();
    InMemoryEspoCrm crm = new InMemoryEspoCrm(simulation);
    String id = simulation.load(EspoCrmSimulationTest.json("{\"id\":\"r1\"}"));

    qt().withExamples(300)
        .forAll(CODES, CODES, integers().between(0, 9))
        .checkAssert(
            (emailCodes, phoneCodes, primary) -> {
              List<CrmValue> emails = emails(emailCodes, primary);
              List<CrmValue> phones = phones(phoneCodes, primary);
              SyncState state =
                  new SyncState(
                      SyncStatus.CLEAN,
                      primary,
                      null,
                      null,
                      null,
                      Instant.ofEpochSecond(1_800_000_000L + primary),
                      "ROW" + primary,
                      "hash");
              CrmChange change =
                  new CrmChange(emails, phones, state, EnumSet.allOf(SyncField.class));

              crm.updateRecord(id, change, null);
              CrmRecord read = crm.readRecord(id);

              assertThat(read.emails()).isEqualTo(primaryFirst(emails));
              assertThat(strip(read.phones())).isEqualTo(primaryFirst(phones));
              assertThat(read.state()).isEqualTo(state);
            });
  }

  private static List<CrmValue> emails(List<Integer> codes, int primary) {
    List<CrmValue> values = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      String local = (code % 2 == 0 ? "U" : "u") + i + "." + code;
      values.add(
          CrmValue.email(
              local + "@Kanzlei-" + code % 7 + ".de",
              i == primary % codes.size(),
              (code >> 1 & 1) == 1,
              (code >> 2 & 1) == 1));
    }
    return values;
  }

  private static List<CrmValue> phones(List<Integer> codes, int primary) {
    List<CrmValue> values = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      values.add(
          CrmValue.phone(
              "+49511" + (100000 + i * 1000 + code % 1000),
              PhoneType.values()[(code >> 3) % PhoneType.values().length],
              i == primary % codes.size(),
              (code >> 1 & 1) == 1,
              (code >> 2 & 1) == 1));
    }
    return values;
  }

  private static List<CrmValue> primaryFirst(List<CrmValue> values) {
    List<CrmValue> ordered = new ArrayList<>();
    values.stream().filter(CrmValue::primary).forEach(ordered::add);
    values.stream().filter(v -> !v.primary()).forEach(ordered::add);
    return ordered;
  }

  private static List<CrmValue> strip(List<CrmValue> phones) {
    List<CrmValue> stripped = new ArrayList<>();
    for (CrmValue phone : phones) {
      stripped.add(
          CrmValue.phone(
              phone.value(), phone.type(), phone.primary(), phone.optOut(), phone.invalid()));
    }
    return stripped;
  }
}
