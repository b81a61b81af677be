package de.kommsync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyLinkTest {

  @Test
  void readsAPartyNumberWithLeadingZerosAsTheSameParty() {
    assertThat(Run.sameParty("0104860", "104860")).isTrue();
  }

  @Test
  void tellsOtherPartiesApart() {
    assertThat(Run.sameParty("104860", "104861")).isFalse();
    assertThat(Run.sameParty("A-1", "A-2")).isFalse();
  }

  @Test
  void comparesNonNumericIdsAsText() {
    assertThat(Run.sameParty(" A-1", "A-1 ")).isTrue();
  }
}
