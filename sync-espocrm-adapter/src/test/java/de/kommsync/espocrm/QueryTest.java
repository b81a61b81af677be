package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.espocrm.Query.Where;
import java.net.URLDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void encodesNestedGroupsAsInTheRecordedDueQuery() {
    Where due =
        Where.anyOf(
            Where.in("syncStatus", List.of("dirty", "pending_sync")),
            Where.allOf(
                Where.equalTo("syncStatus", "failed"),
                Where.atMost("syncNextRetry", "2026-12-04 15:30:00")));

    String query =
        new Query()
            .add("select", "id,syncStatus,syncNextRetry")
            .add("maxSize", "5")
            .where(List.of(due))
            .encoded();

    // the exchange recorded from EspoCRM 9.3.4 (samples/espocrm-exchanges-9.3.4.md), decoded
    assertThat(URLDecoder.decode(query, UTF_8))
        .isEqualTo(
            "select=id,syncStatus,syncNextRetry&maxSize=5"
                + "&where[0][type]=or"
                + "&where[0][value][0][type]=in&where[0][value][0][attribute]=syncStatus"
                + "&where[0][value][0][value][]=dirty&where[0][value][0][value][]=pending_sync"
                + "&where[0][value][1][type]=and"
                + "&where[0][value][1][value][0][type]=equals"
                + "&where[0][value][1][value][0][attribute]=syncStatus"
                + "&where[0][value][1][value][0][value]=failed"
                + "&where[0][value][1][value][1][type]=lessThanOrEquals"
                + "&where[0][value][1][value][1][attribute]=syncNextRetry"
                + "&where[0][value][1][value][1][value]=2026-12-04 15:30:00");
  }

  @Test
  void encodesReservedCharactersSoTheyCannotSplitParameters() {
    String query = new Query().add("where[0][value]", "a&b=c d").encoded();

    assertThat(query).isEqualTo("where%5B0%5D%5Bvalue%5D=a%26b%3Dc+d");
  }

  @Test
  void sendsIsNullWithoutValueAndNumbersTopLevelFilters() {
    String query =
        new Query()
            .where(List.of(Where.isNull("syncNextRetry"), Where.greaterThan("id", "abc")))
            .encoded();

    assertThat(URLDecoder.decode(query, UTF_8))
        .isEqualTo(
            "where[0][type]=isNull&where[0][attribute]=syncNextRetry"
                + "&where[1][type]=greaterThan&where[1][attribute]=id&where[1][value]=abc");
  }
}
