package de.kommsync.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.lifecycle.BatchRunner;
import de.kommsync.lifecycle.BatchSummary;
import de.kommsync.lifecycle.InMemoryPartyLock;
import de.kommsync.lifecycle.PartyOutcome;
import de.kommsync.lifecycle.PartyRun;
import de.kommsync.lifecycle.PartySyncRunner;
import de.kommsync.spi.Crm;
import de.kommsync.spi.CrmPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchSmokeTest {

  @Test
  void syncsEveryGeneratedPartyWithTwoReadsAndFourWrites() {
    GeneratedSides sides = new GeneratedSides(50);

    BatchSummary summary;
    try (SyncEngine engine =
        SyncEngine.builder()
            .partySystem(sides.partySystem())
            .crm(sides.crm())
            .options(SyncOptions.builder().verify(false).build())
            .build()) {
      PartySyncRunner runner =
          PartySyncRunner.builder(new InMemoryPartyLock(), PartyRun.of(engine)).build();
      summary = new BatchRunner(4).runAll(new PartyRefs(50, n -> {}), runner);
    }

    assertThat(summary.count(PartyOutcome.Disposition.SYNCED)).isEqualTo(50);
    assertThat(sides.reads()).isEqualTo(100);
    assertThat(sides.writes()).isEqualTo(200);
  }

  @Test
  void listsEveryGeneratedPartyAsDueInPagesOf200() {
    GeneratedSides sides = new GeneratedSides(450);
    Crm crm = sides.crm();

    CrmPage first = crm.listDue(Instant.EPOCH, Instant.EPOCH, null);
    CrmPage second = crm.listDue(Instant.EPOCH, Instant.EPOCH, first.next());
    CrmPage third = crm.listDue(Instant.EPOCH, Instant.EPOCH, second.next());

    assertThat(first.rows()).hasSize(200);
    assertThat(third.rows()).hasSize(50);
    assertThat(third.nextToken()).isEmpty();
    assertThat(third.rows().get(49).id()).isEqualTo(GeneratedSides.recordId(450));
  }
}
