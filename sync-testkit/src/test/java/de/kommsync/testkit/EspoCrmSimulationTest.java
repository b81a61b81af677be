package de.kommsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every EspoCRM rule the simulation applies, each test citing its source. */
class EspoCrmSimulationTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String ID = "6b12deaa5bccce130";
  static final String VALID_FAILURE_PHONE =
      "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.";

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-04T15:39:22Z"));
  private final EspoCrmSimulation simulation = EspoCrmSimulation.builder().clock(clock).build();

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode realRecord() {
    try (InputStream in =
        EspoCrmSimulationTest.class.getResourceAsStream("/espocrm-cbeteiligte-real-9.3.4.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode stored() {
    return simulation.record(ID).orElseThrow();
  }

  private SimulatedResponse put(String body) {
    return simulation.putRecord(ID, body, true, null);
  }

  private static List<String> values(JsonNode record, String array, String field) {
    List<String> values = new ArrayList<>();
    record.get(array).forEach(item -> values.add(item.get(field).textValue()));
    return values;
  }

  private static List<Boolean> primaries(JsonNode record, String array) {
    List<Boolean> flags = new ArrayList<>();
    record.get(array).forEach(item -> flags.add(item.get("primary").booleanValue()));
    return flags;
  }

  @Test
  void unknownRecordAnswers404WithRecordedReasonAndNoBody() {
    // samples/espocrm-exchanges-9.3.4.md, "GET of a record that does not exist"

    SimulatedResponse answer = simulation.getRecord("0000000000000000x");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.reason()).isEqualTo("Record 0000000000000000x does not exist.");
    assertThat(answer.bodyText()).isEmpty();
  }

  @Test
  void loadedRealRecordReadsBackAsRecorded() {
    // samples/espocrm-cbeteiligte-real-9.3.4.json
    simulation.load(realRecord());

    ObjectNode record = stored();

    assertThat(record.get("emailAddressData")).isEqualTo(realRecord().get("emailAddressData"));
    assertThat(record.get("phoneNumberData")).isEqualTo(realRecord().get("phoneNumberData"));
    assertThat(record.get("versionNumber").asLong()).isEqualTo(1);
  }

  @Test
  void anArrayReplacesTheWholeSet() {
    // research/espocrm-api.md §3 "Write semantics": stored links missing from the array go
    simulation.load(realRecord());

    put(
        "{\"phoneNumberData\":[{\"phoneNumber\":\"+49511987654\",\"type\":\"Fax\","
            + "\"primary\":true,\"optOut\":false,\"invalid\":false}],"
            + "\"phoneNumber\":\"+49511987654\"}");

    assertThat(values(stored(), "phoneNumberData", "phoneNumber")).containsExactly("+49511987654");
    assertThat(values(stored(), "emailAddressData", "emailAddress")).hasSize(2);
  }

  @Test
  void missingFlagReadsAsFalseAndClearsTheSharedOptOut() {
    // research/espocrm-api.md §3 "Flag pitfalls" and §8: a missing optOut clears the stored one
    simulation.load(realRecord());

    put(
        "{\"emailAddressData\":[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\","
            + "\"primary\":true},{\"emailAddress\":\"Post@Mueller-Privat.de\"}]}");

    assertThat(stored().get("emailAddressData").get(1).get("optOut").booleanValue()).isFalse();
  }

  @Test
  void theStringFalseCountsAsTrue() {
    // research/espocrm-api.md §3 "Write semantics", confirmed in §8
    simulation.load(realRecord());

    put(
        "{\"emailAddressData\":[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\","
            + "\"primary\":true,\"optOut\":\"false\",\"invalid\":false}]}");

    assertThat(stored().get("emailAddressData").get(0).get("optOut").booleanValue()).isTrue();
  }

  @Test
  void theLastItemFlaggedPrimaryWins() {
    // research/espocrm-api.md §8 item 4
    simulation.load(realRecord());

    put(
        "{\"emailAddressData\":[{\"emailAddress\":\"a@example.com\",\"primary\":true},"
            + "{\"emailAddress\":\"b@example.com\",\"primary\":true},"
            + "{\"emailAddress\":\"c@example.com\",\"primary\":false}]}");

    assertThat(stored().get("emailAddress").textValue()).isEqualTo("b@example.com");
  }

  @Test
  void withNoneFlaggedTheFirstItemWinsEvenIfTheStoredPrimaryIsFurtherDown() {
    // research/espocrm-api.md §8 item 4
    simulation.load(realRecord());

    put(
        "{\"emailAddressData\":[{\"emailAddress\":\"Post@Mueller-Privat.de\"},"
            + "{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\"}]}");

    assertThat(stored().get("emailAddress").textValue()).isEqualTo("Post@Mueller-Privat.de");
  }

  @Test
  void caseOnlyDuplicatesCollapseWithTheLastCopysCasingAsRecorded() {
    // samples/espocrm-exchanges-9.3.4.md, "PUT answered 200, response arrays echo the request"
    simulation.load(realRecord());
    String body =
        "{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\",\"emailAddressData\":["
            + "{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\",\"primary\":true,"
            + "\"optOut\":false,\"invalid\":false},"
            + "{\"emailAddress\":\"POST@mueller-privat.de\",\"primary\":false,\"optOut\":true,"
            + "\"invalid\":false},"
            + "{\"emailAddress\":\"post@mueller-privat.de\",\"primary\":false,\"optOut\":true,"
            + "\"invalid\":false}]}";

    SimulatedResponse answer = put(body);

    assertThat(answer.json().get("emailAddressData")).isEqualTo(json(body).get("emailAddressData"));
    assertThat(stored().get("emailAddressData"))
        .isEqualTo(
            json(
                "[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\","
                    + "\"lower\":\"max.mueller@kanzlei-beispiel.de\","
                    + "\"primary\":true,\"optOut\":false,\"invalid\":false},"
                    + "{\"emailAddress\":\"post@mueller-privat.de\","
                    + "\"lower\":\"post@mueller-privat.de\","
                    + "\"primary\":false,\"optOut\":true,\"invalid\":false}]"));
  }

  @Test
  void collapsingAPrimaryCopyLeavesTheRecordWithoutPrimary() {
    // research/espocrm-api.md §8 item 4: the primary flag sat on an earlier copy
    simulation.load(realRecord());

    SimulatedResponse answer =
        put(
            "{\"emailAddressData\":[{\"emailAddress\":\"A@example.com\",\"primary\":true},"
                + "{\"emailAddress\":\"a@example.com\",\"primary\":false}]}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(stored().get("emailAddress").isNull()).isTrue();
    assertThat(primaries(stored(), "emailAddressData")).containsExactly(false);
  }

  @Test
  void anEmptyEmailItemIsSkippedAndItsPrimaryFlagIsLost() {
    // research/espocrm-api.md §3 "Empty values" and §8 item 4
    simulation.load(realRecord());

    SimulatedResponse answer =
        put(
            "{\"emailAddressData\":[{\"emailAddress\":\"\",\"primary\":true},"
                + "{\"emailAddress\":\"b@example.com\",\"primary\":false}]}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(values(stored(), "emailAddressData", "emailAddress"))
        .containsExactly("b@example.com");
    assertThat(stored().get("emailAddress").isNull()).isTrue();
  }

  @Test
  void anEmptyPhoneItemIsRefused() {
    // research/espocrm-api.md §3 "Empty values"
    simulation.load(realRecord());

    SimulatedResponse answer =
        put(
            "{\"phoneNumber\":\"+49511123456\",\"phoneNumberData\":[{\"phoneNumber\":\"\","
                + "\"type\":\"Office\"}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.reason()).isEqualTo(VALID_FAILURE_PHONE);
    assertThat(values(stored(), "phoneNumberData", "phoneNumber")).hasSize(3);
  }

  @Test
  void phonesEqualAfterE164CollapseIntoOne() {
    // research/espocrm-api.md §8 item 4 and 5: rewritten to E.164 before the saver keys them
    simulation.load(realRecord());

    put(
        "{\"phoneNumber\":\"+49511123456\",\"phoneNumberData\":["
            + "{\"phoneNumber\":\"+49 511 123456\",\"type\":\"Office\",\"primary\":true},"
            + "{\"phoneNumber\":\"+49511123456\",\"type\":\"Fax\",\"primary\":false}]}");

    assertThat(stored().get("phoneNumberData"))
        .isEqualTo(
            json(
                "[{\"phoneNumber\":\"+49511123456\",\"type\":\"Fax\",\"primary\":false,"
                    + "\"optOut\":false,\"invalid\":false}]"));
  }

  @Test
  void elevenItemsAreRefusedWithTheRecordedMaxCountAnswer() {
    // samples/espocrm-exchanges-9.3.4.md, "Eleven e-mail items"
    simulation.load(realRecord());
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode items = body.putArray("emailAddressData");
    for (int i = 0; i <= 10; i++) {
      items
          .addObject()
          .put("emailAddress", "a" + i + "@example.com")
          .put("primary", i == 0)
          .put("optOut", false)
          .put("invalid", false);
    }

    SimulatedResponse answer = put(body.toString());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.reason())
        .isEqualTo(
            "Field validation failure; entityType: CBeteiligte, field: emailAddress,"
                + " type: maxCount.");
    assertThat(answer.json())
        .isEqualTo(
            json(
                "{\"messageTranslation\":{\"label\":\"validationFailure\",\"scope\":null,"
                    + "\"data\":{\"field\":\"emailAddress\",\"type\":\"maxCount\"}}}"));
  }

  @Test
  void theItemCountIsTakenOnTheRawArrayDuplicatesIncluded() {
    // research/espocrm-api.md §3 "Duplicates inside one array" and §8
    simulation.load(realRecord());
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode items = body.putArray("emailAddressData");
    for (int i = 0; i <= 10; i++) {
      items.addObject().put("emailAddress", "same@example.com").put("primary", i == 0);
    }

    SimulatedResponse answer = put(body.toString());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.reason()).contains("type: maxCount");
  }

  @Test
  void aPhoneTypeOutsideTheTypeListIsRefusedAndAMissingOneIsTheDefault() {
    // research/espocrm-api.md §3 "Phone type" and §8
    simulation.load(realRecord());

    SimulatedResponse refused =
        put(
            "{\"phoneNumber\":\"+4930111\",\"phoneNumberData\":[{\"phoneNumber\":\"+4930111\","
                + "\"type\":\"Billing\"}]}");
    SimulatedResponse accepted =
        put("{\"phoneNumber\":\"+4930111\",\"phoneNumberData\":[{\"phoneNumber\":\"+4930111\"}]}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.reason()).isEqualTo(VALID_FAILURE_PHONE);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(values(stored(), "phoneNumberData", "type")).containsExactly("Mobile");
  }

  @Test
  void companyTypeEntitiesHaveNoHomeAndDefaultToOffice() {
    // research/espocrm-api.md §3 "Phone types" table, confirmed in §8
    EspoCrmSimulation company =
        EspoCrmSimulation.builder().template(EspoCrmSimulation.Template.COMPANY).build();
    String id = company.load(json("{\"id\":\"c1\"}"));

    SimulatedResponse home =
        company.putRecord(
            id,
            json(
                "{\"phoneNumber\":\"+4930111\",\"phoneNumberData\":"
                    + "[{\"phoneNumber\":\"+4930111\",\"type\":\"Home\"}]}"),
            null);
    company.putRecord(
        id,
        json(
            "{\"phoneNumber\":\"+4930111\",\"phoneNumberData\":"
                + "[{\"phoneNumber\":\"+4930111\"}]}"),
        null);

    assertThat(home.status()).isEqualTo(400);
    assertThat(
            company.record(id).orElseThrow().get("phoneNumberData").get(0).get("type").textValue())
        .isEqualTo("Office");
    assertThat(company.phoneMetadata().json().get("typeList").toString())
        .isEqualTo("[\"Office\",\"Mobile\",\"Fax\",\"Other\"]");
  }

  @Test
  void addressRowsAreSharedAcrossRecordsWithoutMovingTheirChangeTime() {
    // research/espocrm-api.md §3 "Storage model" and §8 item 8
    simulation.load(realRecord());
    String other = simulation.load(json("{\"id\":\"other00000000001\"}"));
    String before = stored().get("modifiedAt").textValue();
    clock.advance(Duration.ofMinutes(5));

    simulation.putRecord(
        other,
        json(
            "{\"emailAddress\":\"MAX.mueller@kanzlei-beispiel.de\","
                + "\"emailAddressData\":[{\"emailAddress\":\"MAX.mueller@kanzlei-beispiel.de\","
                + "\"primary\":true,\"optOut\":true,\"invalid\":false}]}"),
        null);

    JsonNode mine = stored().get("emailAddressData").get(0);
    assertThat(mine.get("emailAddress").textValue()).isEqualTo("MAX.mueller@kanzlei-beispiel.de");
    assertThat(mine.get("optOut").booleanValue()).isTrue();
    assertThat(stored().get("modifiedAt").textValue()).isEqualTo(before);
  }

  @Test
  void sharedRowChangesAreDroppedSilentlyWhenTheApiUserMayNotEditTheOtherRecords() {
    // research/espocrm-api.md §3 "Flag pitfalls" (checkChangeIsForbidden) and §8 item 8
    simulation.load(realRecord());
    String other =
        simulation.load(
            json(
                "{\"id\":\"other00000000001\",\"emailAddressData\":"
                    + "[{\"emailAddress\":\"Post@Mueller-Privat.de\",\"primary\":true,"
                    + "\"optOut\":true}]}"));
    simulation.setSharedRowEditsForbidden(true);

    SimulatedResponse answer =
        simulation.putRecord(
            other,
            json(
                "{\"emailAddress\":\"post@mueller-privat.de\","
                    + "\"emailAddressData\":[{\"emailAddress\":\"post@mueller-privat.de\","
                    + "\"primary\":true,"
                    + "\"optOut\":false,\"invalid\":false}]}"),
            null);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode row = stored().get("emailAddressData").get(1);
    assertThat(row.get("emailAddress").textValue()).isEqualTo("Post@Mueller-Privat.de");
    assertThat(row.get("optOut").booleanValue()).isTrue();
  }

  @Test
  void modifiedAtMovesOnARealChangeOnly() {
    // research/espocrm-api.md §4 "When modifiedAt changes", §8 item 7 (stream off)
    simulation.load(realRecord());
    clock.advance(Duration.ofMinutes(1));

    put("{\"kommunikationHash\":\"a3f5d2e8b1c4f6a9\"}");
    String unchanged = stored().get("modifiedAt").textValue();
    put("{\"kommunikationHash\":\"b000000000000001\"}");

    assertThat(unchanged).isEqualTo("2026-12-04 15:39:22");
    assertThat(stored().get("modifiedAt").textValue()).isEqualTo("2026-12-04 15:40:22");
  }

  @Test
  void anEmailArrayWithoutLowerCountsAsAChangeButAnEqualPhoneArrayDoesNot() {
    // research/espocrm-api.md §4 "Spurious bumps", verified in §8 item 7
    simulation.load(realRecord());
    clock.advance(Duration.ofMinutes(1));
    ArrayNode phones = (ArrayNode) stored().get("phoneNumberData");
    ObjectNode samePhones = MAPPER.createObjectNode().put("phoneNumber", "+49511123456");
    samePhones.set("phoneNumberData", phones);

    put(samePhones.toString());
    String afterPhones = stored().get("modifiedAt").textValue();
    put(
        "{\"emailAddressData\":[{\"emailAddress\":\"max.mueller@kanzlei-beispiel.de\","
            + "\"primary\":true,"
            + "\"optOut\":false,\"invalid\":false},{\"emailAddress\":\"Post@Mueller-Privat.de\","
            + "\"primary\":false,\"optOut\":true,\"invalid\":false}]}");

    assertThat(afterPhones).isEqualTo("2026-12-04 15:39:22");
    assertThat(stored().get("modifiedAt").textValue()).isEqualTo("2026-12-04 15:40:22");
  }

  @Test
  void withTheStreamOnEveryPutMovesModifiedAtEvenAnEmptyOne() {
    // research/espocrm-api.md §8 item 7
    simulation.load(realRecord());
    simulation.setStreamEnabled(true);
    clock.advance(Duration.ofMinutes(1));

    put("{}");

    assertThat(stored().get("modifiedAt").textValue()).isEqualTo("2026-12-04 15:40:22");
  }

  @Test
  void versionNumberGrowsOnEverySaveNoOpsIncluded() {
    // research/espocrm-api.md §2 "Optimistic concurrency control" and §8 item 7
    simulation.load(realRecord());

    SimulatedResponse first = put("{}");
    put("{\"kommunikationHash\":\"b000000000000001\"}");

    assertThat(first.json().get("versionNumber").asLong()).isEqualTo(2);
    assertThat(stored().get("versionNumber").asLong()).isEqualTo(3);
  }

  @Test
  void aStaleVersionWithAChangedValueIsAnsweredAsRecorded() {
    // samples/espocrm-exchanges-9.3.4.md, "PUT with a stale X-Version-Number"
    simulation.load(realRecord());
    put("{\"kommunikationHash\":\"b000000000000001\"}");

    SimulatedResponse answer =
        simulation.putRecord(ID, "{\"kommunikationHash\":\"c000000000000002\"}", true, "1");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.reason()).isEqualTo("modified");
    assertThat(json(answer.bodyText()))
        .isEqualTo(
            json("{\"values\":{\"kommunikationHash\":\"b000000000000001\"},\"versionNumber\":2}"));
    assertThat(stored().get("kommunikationHash").textValue()).isEqualTo("b000000000000001");
  }

  @Test
  void aStaleVersionWithEqualValuesIsAccepted() {
    // research/espocrm-api.md §8, "a stale version whose values equal the stored ones is accepted"
    simulation.load(realRecord());
    put("{\"kommunikationHash\":\"b000000000000001\"}");

    SimulatedResponse answer =
        simulation.putRecord(ID, "{\"kommunikationHash\":\"b000000000000001\"}", true, "1");

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void withoutOptimisticConcurrencyThereIsNoVersionAndTheHeaderIsIgnored() {
    // research/espocrm-api.md §8 item 12
    EspoCrmSimulation noOcc = EspoCrmSimulation.builder().optimisticConcurrency(false).build();
    noOcc.load(realRecord());

    SimulatedResponse answer = noOcc.putRecord(ID, "{\"kommunikationHash\":\"x\"}", true, "99");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(noOcc.record(ID).orElseThrow().has("versionNumber")).isFalse();
  }

  @Test
  void unknownAttributesAreIgnoredSilently() {
    // research/espocrm-api.md §2 "Update merges"
    simulation.load(realRecord());

    SimulatedResponse answer = put("{\"noSuchField\":1,\"modifiedAt\":\"2000-01-01 00:00:00\"}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(stored().has("noSuchField")).isFalse();
    assertThat(stored().get("modifiedAt").textValue()).isEqualTo("2026-12-04 15:39:22");
  }

  @Test
  void contentTypeQuirksAreReproduced() {
    // research/espocrm-api.md §1 "Content types" and §8 item 2
    simulation.load(realRecord());
    String change = "{\"kommunikationHash\":\"b000000000000001\"}";

    SimulatedResponse wrongType = simulation.putRecord(ID, change, false, null);
    String afterWrongType = stored().get("kommunikationHash").textValue();
    SimulatedResponse malformed = put("{\"kommunikationHash\":");
    SimulatedResponse array = put("[" + change + "]");
    SimulatedResponse string = put("\"text\"");

    assertThat(wrongType.status()).isEqualTo(200);
    assertThat(afterWrongType).isEqualTo("a3f5d2e8b1c4f6a9");
    assertThat(malformed.status()).isEqualTo(500);
    assertThat(array.status()).isEqualTo(200);
    assertThat(string.status()).isEqualTo(400);
    assertThat(stored().get("kommunikationHash").textValue()).isEqualTo("a3f5d2e8b1c4f6a9");
  }

  @Test
  void aRefusedPhoneIsAnsweredExactlyAsRecorded() {
    // samples/espocrm-exchanges-9.3.4.md, "PUT with a phone number the CRM rejects"
    simulation.load(realRecord());

    SimulatedResponse answer =
        simulation.putRecord(
            ID,
            "{\"phoneNumber\":\"0511/123456\","
                + "\"phoneNumberData\":[{\"phoneNumber\":\"0511/123456\","
                + "\"type\":\"Office\",\"primary\":true,\"optOut\":false,\"invalid\":false}]}",
            true,
            "1");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.reason()).isEqualTo(VALID_FAILURE_PHONE);
    assertThat(answer.json())
        .isEqualTo(
            json(
                "{\"messageTranslation\":{\"label\":\"validationFailure\",\"scope\":null,"
                    + "\"data\":{\"field\":\"phoneNumber\",\"type\":\"valid\"}}}"));
  }

  @Test
  void aStoredLegacyNumberFailsAnArrayOnlyPutUntilTheScalarIsSent() {
    // research/espocrm-api.md §8 item 5 and §3 "Scalar vs arrays"
    EspoCrmSimulation legacy = EspoCrmSimulation.builder().phoneNumberInternational(false).build();
    legacy.load(
        json(
            "{\"id\":\"r1\",\"phoneNumberData\":[{\"phoneNumber\":\"0511 123456\","
                + "\"type\":\"Office\",\"primary\":true}]}"));
    legacy.setPhoneNumberInternational(true);
    String items = "[{\"phoneNumber\":\"+49511123456\",\"type\":\"Office\",\"primary\":true}]";

    SimulatedResponse arrayOnly =
        legacy.putRecord("r1", json("{\"phoneNumberData\":" + items + "}"), null);
    SimulatedResponse withScalar =
        legacy.putRecord(
            "r1",
            json("{\"phoneNumber\":\"+49511123456\",\"phoneNumberData\":" + items + "}"),
            null);

    assertThat(arrayOnly.status()).isEqualTo(400);
    assertThat(withScalar.status()).isEqualTo(200);
  }

  @Test
  void aScalarOnlyWriteOfASecondaryPromotesItAndUnlinksTheOldPrimary() {
    // research/espocrm-api.md §8 item 4 and §3 "Scalar vs arrays"
    simulation.load(realRecord());

    put("{\"emailAddress\":\"post@mueller-privat.de\"}");

    assertThat(values(stored(), "emailAddressData", "emailAddress"))
        .containsExactly("Post@Mueller-Privat.de");
    assertThat(primaries(stored(), "emailAddressData")).containsExactly(true);
  }

  @Test
  void aNullScalarUnlinksThePrimaryAndLeavesNone() {
    // research/espocrm-api.md §6 item 2 (up to 9.3)
    simulation.load(realRecord());

    put("{\"emailAddress\":null}");

    assertThat(values(stored(), "emailAddressData", "emailAddress"))
        .containsExactly("Post@Mueller-Privat.de");
    assertThat(stored().get("emailAddress").isNull()).isTrue();
  }

  @Test
  void settingsAndMetadataHaveTheRecordedShape() {
    // samples/espocrm-exchanges-9.3.4.md, "Settings the engine reads" and "Phone field metadata"

    JsonNode settings = simulation.settings().json();
    JsonNode metadata = simulation.phoneMetadata().json();

    assertThat(settings)
        .isEqualTo(
            json(
                "{\"phoneNumberInternational\":true,\"phoneNumberExtensions\":false,"
                    + "\"phoneNumberNumericSearch\":true,"
                    + "\"phoneNumberPreferredCountryList\":[\"us\",\"de\"],"
                    + "\"emailAddressMaxCount\":10,\"phoneNumberMaxCount\":10,"
                    + "\"timeZone\":\"UTC\"}"));
    assertThat(metadata)
        .isEqualTo(
            json(
                "{\"type\":\"phone\",\"typeList\":[\"Mobile\",\"Office\",\"Home\",\"Fax\","
                    + "\"Other\"],\"defaultType\":\"Mobile\",\"isPersonalData\":true}"));
  }

  @Test
  void listRowsCarryNoArraysAndHonourSelectWhereAndPaging() {
    // research/espocrm-api.md §2 "List rows lack the arrays", samples "List with select"
    simulation.load(realRecord());
    simulation.load(json("{\"id\":\"6b12deaa5bccce131\",\"syncStatus\":\"dirty\"}"));
    simulation.load(json("{\"id\":\"6b12deaa5bccce132\",\"syncStatus\":\"failed\"}"));
    JsonNode where =
        json("[{\"type\":\"in\",\"attribute\":\"syncStatus\",\"value\":[\"clean\",\"dirty\"]}]");

    SimulatedResponse page =
        simulation.list(
            ListQuery.all().withWhere(where).withSelect(List.of("syncStatus")).withPage(0, 1));
    SimulatedResponse all = simulation.list(ListQuery.all());

    assertThat(page.json().get("total").intValue()).isEqualTo(2);
    assertThat(page.json().get("list")).hasSize(1);
    JsonNode row = page.json().get("list").get(0);
    assertThat(row.get("id").textValue()).isEqualTo(ID);
    assertThat(row.has("emailAddressData")).isFalse();
    assertThat(row.has("betnr")).isFalse();
    assertThat(all.json().get("list").get(0).get("emailAddress").textValue())
        .isEqualTo("max.mueller@kanzlei-beispiel.de");
    assertThat(all.json().get("list").get(0).has("phoneNumberData")).isFalse();
  }

  @Test
  void aPageLargerThan200IsForbidden() {
    // research/espocrm-api.md §2 "List parameters", confirmed in §8

    SimulatedResponse answer = simulation.list(ListQuery.all().withPage(0, 201));

    assertThat(answer.status()).isEqualTo(403);
  }

  @Test
  void aPersonsEditSetsDirtyAndAPersonsCreateSetsPendingSync() {
    // research/espocrm-api.md §8 item 11 (the status formula)
    simulation.load(realRecord());

    simulation.editAsPerson(ID, (ObjectNode) json("{\"description\":\"Notiz\"}"));
    SimulatedResponse created = simulation.createAsPerson((ObjectNode) json("{\"name\":\"Neu\"}"));

    assertThat(stored().get("syncStatus").textValue()).isEqualTo("dirty");
    String newId = created.json().get("id").textValue();
    assertThat(simulation.record(newId).orElseThrow().get("syncStatus").textValue())
        .isEqualTo("pending_sync");
    assertThat(simulation.record(newId).orElseThrow().get("versionNumber").asLong()).isEqualTo(1);
  }

  @Test
  void anApiWriteLeavesTheStatusAsWritten() {
    // research/espocrm-api.md §8 item 11: API-user writes leave the status as written
    simulation.load(realRecord());

    put("{\"syncStatus\":\"clean\",\"description\":\"x\"}");

    assertThat(stored().get("syncStatus").textValue()).isEqualTo("clean");
  }

  @Test
  void aTypeOrOptOutChangedThroughAnotherRecordShowsWithoutMovingModifiedAt() {
    // research/espocrm-api.md §4 "Changes that do not bump modifiedAt", §8 item 8
    simulation.load(realRecord());
    clock.advance(Duration.ofHours(1));

    simulation.setSharedPhone("+49511987654", "Other", true, false);
    simulation.setSharedEmailFlags("max.mueller@kanzlei-beispiel.de", true, true);

    JsonNode fax = stored().get("phoneNumberData").get(1);
    assertThat(fax.get("type").textValue()).isEqualTo("Other");
    assertThat(fax.get("optOut").booleanValue()).isTrue();
    assertThat(stored().get("emailAddressIsOptedOut").booleanValue()).isTrue();
    assertThat(stored().get("modifiedAt").textValue()).isEqualTo("2026-12-04 15:39:22");
  }
}
