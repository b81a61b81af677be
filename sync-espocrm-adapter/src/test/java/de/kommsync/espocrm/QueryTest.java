package de.kommsync.espocrm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import org.junit.jupiter.api.Test;

class QueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void encodesNestedGroupsAsInTheRecordedDueQuery() throws Exception {
    String where =
        "[{\"type\":\"or\",\"value\":["
            + "{\"type\":\"in\",\"attribute\":\"syncStatus\","
            + "\"value\":[\"dirty\",\"pending_sync\"]},"
            + "{\"type\":\"and\",\"value\":["
            + "{\"type\":\"equals\",\"attribute\":\"syncStatus\",\"value\":\"failed\"},"
            + "{\"type\":\"lessThanOrEquals\",\"attribute\":\"syncNextRetry\","
            + "\"value\":\"2026-12-04 15:30:00\"}]}]}]";

    String query =
        new Query()
            .add("select", "id,syncStatus,syncNextRetry")
            .add("maxSize", "5")
            .add("where", JSON.readTree(where))
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
  void leavesOutNullsAndSendsNumbersAsText() throws Exception {
    String query =
        new Query()
            .add(
                "where",
                JSON.readTree(
                    "[{\"type\":\"isNull\",\"attribute\":\"x\",\"value\":null},"
                        + "{\"type\":\"greaterThan\",\"attribute\":\"n\",\"value\":7}]"))
            .encoded();

    assertThat(URLDecoder.decode(query, UTF_8))
        .isEqualTo(
            "where[0][type]=isNull&where[0][attribute]=x"
                + "&where[1][type]=greaterThan&where[1][attribute]=n&where[1][value]=7");
  }
}
