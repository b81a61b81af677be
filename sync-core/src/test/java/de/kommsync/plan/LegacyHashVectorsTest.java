package de.kommsync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.model.PartyEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The earlier implementation's hash: MD5 over the sorted, concatenated entry row ids. */
class LegacyHashVectorsTest {

  private static PartyEntry entry(long id, String rowId) {
    return new PartyEntry(id, rowId, "x", 0, null, false);
  }

  @Test
  void matchesTheEarlierImplementationsFormula() {
    // expected value computed outside Java with Python:
    // hashlib.md5(''.join(sorted(row_ids)).encode()).hexdigest()[:16]
    List<PartyEntry> entries =
        List.of(
            entry(2, "GBABAAAAEMDGACAAFLBGNLBAAAAAEDNHOEAFAAAA"),
            entry(1, "FBABAAAAEMDGACAAFLBGNLBAAAAAEDNHOEAFAAAA"));

    assertThat(CommunicationHash.legacy(entries)).isEqualTo("df2de7fd69a9a442");
  }

  @Test
  void doesNotDependOnTheEntryOrder() {
    PartyEntry a = entry(1, "B-ROW");
    PartyEntry b = entry(2, "A-ROW");

    assertThat(CommunicationHash.legacy(List.of(a, b)))
        .isEqualTo(CommunicationHash.legacy(List.of(b, a)));
  }

  @Test
  void leavesOutEntriesWithoutRowIdAndHashesNothingForAnEmptyParty() {
    PartyEntry noRow = new PartyEntry(3, null, "x", 0, null, false);

    assertThat(CommunicationHash.legacy(List.of(noRow))).isEqualTo("d41d8cd98f00b204");
    assertThat(CommunicationHash.legacy(List.of())).isEqualTo("d41d8cd98f00b204");
  }
}
