package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every row of the recorded EspoCRM 9.3.4 validation vectors through the fake EspoCRM
 * server over real HTTP: each input is PUT as the only item of a record, and the answer's status
 * and {@code X-Status-Reason} and the value a GET shows afterwards must be what the real server
 * answered and stored.
 */
class EspoCrmValidationVectorsOverHttpTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  private static FakeEspoCrmServer international;
  private static FakeEspoCrmServer verbatim;

  @BeforeAll
  static void startServers() {
    international =
        FakeEspoCrmServer.start(EspoCrmSimulation.builder().phoneNumberInternational(true).build());
    verbatim =
        FakeEspoCrmServer.start(
            EspoCrmSimulation.builder().phoneNumberInternational(false).build());
  }

  @AfterAll
  static void stopServers() {
    international.close();
    verbatim.close();
  }

  static Stream<Arguments> phoneRows() {
    return EspoCrmValidationVectorsTest.phoneRows();
  }

  static Stream<Arguments> emailRows() {
    return EspoCrmValidationVectorsTest.emailRows();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phoneRows")
  void phoneInputIsAnsweredAndStoredAsRecorded(String name, boolean intl, JsonNode row)
      throws Exception {
    FakeEspoCrmServer server = intl ? international : verbatim;
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("phoneNumberData")
        .addObject()
        .put("phoneNumber", row.get("sent").textValue())
        .put("type", "Office")
        .put("primary", true)
        .put("optOut", false)
        .put("invalid", false);

    JsonNode stored = putThenGet(server, body, row);

    List<String> values = new ArrayList<>();
    stored.path("phoneNumberData").forEach(i -> values.add(i.get("phoneNumber").textValue()));
    List<String> expected = new ArrayList<>();
    row.path("stored").forEach(value -> expected.add(value.textValue()));
    assertThat(values).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emailRows")
  void emailInputIsAnsweredAndStoredAsRecorded(String name, JsonNode row) throws Exception {
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("emailAddressData")
        .addObject()
        .put("emailAddress", row.get("sent").textValue())
        .put("primary", true)
        .put("optOut", false)
        .put("invalid", false);

    JsonNode stored = putThenGet(international, body, row);

    List<List<String>> values = new ArrayList<>();
    stored
        .path("emailAddressData")
        .forEach(
            i ->
                values.add(List.of(i.get("emailAddress").textValue(), i.get("lower").textValue())));
    List<List<String>> expected = new ArrayList<>();
    row.path("stored")
        .forEach(pair -> expected.add(List.of(pair.get(0).textValue(), pair.get(1).textValue())));
    assertThat(values).isEqualTo(expected);
  }

  private static JsonNode putThenGet(FakeEspoCrmServer server, ObjectNode body, JsonNode row)
      throws IOException, InterruptedException {
    String id = String.format("6b12deaa5b%07d", NEXT_ID.incrementAndGet());
    server.simulation().load(MAPPER.createObjectNode().put("id", id));
    URI uri = server.site().resolve("api/v1/CBeteiligte/" + id);

    HttpResponse<String> put =
        CLIENT.send(
            request(uri)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> get =
        CLIENT.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(put.statusCode()).isEqualTo(row.get("status").intValue());
    assertThat(put.headers().firstValue("X-Status-Reason").orElse(null))
        .isEqualTo(row.get("reason").textValue());
    assertThat(get.statusCode()).isEqualTo(200);
    return MAPPER.readTree(get.body());
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("X-Api-Key", FakeEspoCrmServer.API_KEY);
  }
}
