package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadsTest {

  @TempDir Path dir;

  private final EspoCrmJson mapper = new EspoCrmJson(EspoCrmConfig.defaults());

  @Test
  void readsTheAdvowareSample() {
    Payloads.Party party = Payloads.readParty(Samples.advoware());

    assertThat(party.snapshot().partyId()).isEqualTo("104860");
    assertThat(party.snapshot().entries()).hasSize(5);
  }

  @Test
  void readsTheEspoCrmSample() {
    Payloads.Record record = Payloads.readRecord(Samples.espocrm(), mapper);

    assertThat(record.record().id()).isEqualTo("68e3e7eab49f09adb");
    assertThat(record.record().phones()).hasSize(2);
  }

  @Test
  void wrongTypesAreInvalidInputNamingTheFileAndField() throws IOException {
    Path file = Files.writeString(dir.resolve("party.json"), "{\"betNr\": \"abc\"}");

    assertThatThrownBy(() -> Payloads.readParty(file))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("party.json")
        .hasMessageContaining("betNr");
  }

  @Test
  void anArrayWhereTheEntriesBelongIsInvalid() throws IOException {
    Path file =
        Files.writeString(dir.resolve("party.json"), "{\"betNr\": 1, \"kommunikation\": \"x\"}");

    assertThatThrownBy(() -> Payloads.readParty(file))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("kommunikation");
  }

  @Test
  void aRecordWithoutIdIsInvalid() throws IOException {
    Path file = Files.writeString(dir.resolve("record.json"), "{\"emailAddressData\": []}");

    assertThatThrownBy(() -> Payloads.readRecord(file, mapper))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_INVALID))
        .hasMessageContaining("record.json");
  }
}
