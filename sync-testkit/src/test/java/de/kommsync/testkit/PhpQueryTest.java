package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class PhpQueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parsesRecordedNestedWhereGroupIntoArraysAndObjects() throws Exception {
    String raw =
        "select=id%2CsyncStatus&maxSize=5"
            + "&where%5B0%5D%5Btype%5D=or"
            + "&where%5B0%5D%5Bvalue%5D%5B0%5D%5Btype%5D=in"
            + "&where%5B0%5D%5Bvalue%5D%5B0%5D%5Battribute%5D=syncStatus"
            + "&where%5B0%5D%5Bvalue%5D%5B0%5D%5Bvalue%5D%5B%5D=dirty"
            + "&where%5B0%5D%5Bvalue%5D%5B0%5D%5Bvalue%5D%5B%5D=pending_sync"
            + "&where%5B0%5D%5Bvalue%5D%5B1%5D%5Btype%5D=lessThanOrEquals"
            + "&where%5B0%5D%5Bvalue%5D%5B1%5D%5Battribute%5D=syncNextRetry"
            + "&where%5B0%5D%5Bvalue%5D%5B1%5D%5Bvalue%5D=2026-12-04+15%3A30%3A00";

    ObjectNode parsed = PhpQuery.parse(raw);

    assertThat(parsed)
        .isEqualTo(
            JSON.readTree(
                "{\"select\":\"id,syncStatus\",\"maxSize\":\"5\",\"where\":[{\"type\":\"or\","
                    + "\"value\":[{\"type\":\"in\",\"attribute\":\"syncStatus\","
                    + "\"value\":[\"dirty\",\"pending_sync\"]},"
                    + "{\"type\":\"lessThanOrEquals\",\"attribute\":\"syncNextRetry\","
                    + "\"value\":\"2026-12-04 15:30:00\"}]}]}"));
  }

  @Test
  void parsesUnencodedBracketsAndEmptyQuery() throws Exception {
    assertThat(PhpQuery.parse("where[0][type]=isNull&where[0][attribute]=x"))
        .isEqualTo(JSON.readTree("{\"where\":[{\"type\":\"isNull\",\"attribute\":\"x\"}]}"));
    assertThat(PhpQuery.parse(null)).isEmpty();
    assertThat(PhpQuery.parse("")).isEmpty();
  }

  @Test
  void keepsMapsWithOtherKeysAsObjects() throws Exception {
    assertThat(PhpQuery.parse("a[x]=1&a[0]=2&b=&c"))
        .isEqualTo(JSON.readTree("{\"a\":{\"x\":\"1\",\"0\":\"2\"},\"b\":\"\",\"c\":\"\"}"));
  }
}
