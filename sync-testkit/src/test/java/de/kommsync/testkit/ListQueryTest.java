package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

  private final EspoCrmJson json = new EspoCrmJson(EspoCrmConfig.defaults());

  @Test
  void dueWhereSurvivesTheTripThroughQueryParameters() {
    Instant now = Instant.parse("2026-12-04T15:30:00Z");
    ArrayNode where = json.dueWhere(now, now.minusSeconds(300), "6b12deaa5bccce130");
    List<Map.Entry<String, String>> parameters =
        new ArrayList<>(EspoCrmJson.whereParameters(where));
    parameters.add(Map.entry("maxSize", "5"));
    parameters.add(Map.entry("orderBy", "id"));
    parameters.add(Map.entry("order", "asc"));

    ListQuery query = ListQuery.fromParameters(parameters);

    assertThat(query.where()).isEqualTo(where);
    assertThat(query.maxSize()).isEqualTo(5);
    assertThat(query.orderBy()).isEqualTo("id");
    assertThat(query.ascending()).isTrue();
  }

  @Test
  void readsTheRecordedDueListQuery() {
    // samples/espocrm-exchanges-9.3.4.md, "Due-list query with a nested where group"
    String[] recorded = {
      "select=id,syncStatus,syncNextRetry",
      "maxSize=5",
      "where[0][type]=or",
      "where[0][value][0][type]=in",
      "where[0][value][0][attribute]=syncStatus",
      "where[0][value][0][value][]=dirty",
      "where[0][value][0][value][]=pending_sync",
      "where[0][value][1][type]=and",
      "where[0][value][1][value][0][type]=equals",
      "where[0][value][1][value][0][attribute]=syncStatus",
      "where[0][value][1][value][0][value]=failed",
      "where[0][value][1][value][1][type]=lessThanOrEquals",
      "where[0][value][1][value][1][attribute]=syncNextRetry",
      "where[0][value][1][value][1][value]=2026-12-04 15:30:00"
    };
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    for (String pair : recorded) {
      parameters.add(
          Map.entry(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
    }
    EspoCrmSimulation simulation = EspoCrmSimulation.builder().build();
    simulation.load(
        EspoCrmSimulationTest.json(
            "{\"id\":\"a\",\"syncStatus\":\"failed\",\"syncNextRetry\":\"2026-12-04 15:00:00\"}"));
    simulation.load(
        EspoCrmSimulationTest.json(
            "{\"id\":\"b\",\"syncStatus\":\"failed\",\"syncNextRetry\":\"2026-12-04 16:00:00\"}"));
    simulation.load(EspoCrmSimulationTest.json("{\"id\":\"c\",\"syncStatus\":\"pending_sync\"}"));

    JsonNode answer = simulation.list(ListQuery.fromParameters(parameters)).json();

    assertThat(answer.get("total").intValue()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    answer.get("list").forEach(row -> ids.add(row.get("id").textValue()));
    assertThat(ids).containsExactlyInAnyOrder("a", "c");
    assertThat(answer.get("list").get(0).has("syncNextRetry")).isTrue();
  }

  @Test
  void noWhereMeansAllAndBadNumbersAreRefused() {

    ListQuery all = ListQuery.fromParameters(List.of());

    assertThat(all.where()).isEmpty();
    assertThat(all.maxSize()).isEqualTo(200);
    assertThatThrownBy(() -> ListQuery.fromParameters(List.of(Map.entry("maxSize", "many"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListQuery.fromParameters(List.of(Map.entry("where[x", "1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
