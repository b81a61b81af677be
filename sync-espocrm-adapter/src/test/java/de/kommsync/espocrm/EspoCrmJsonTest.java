package de.kommsync.espocrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommsync.MalformedResponseException;
import de.kommsync.RejectedWriteException;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncState;
import de.kommsync.model.SyncStatus;
import de.kommsync.spi.CrmChange;
import de.kommsync.spi.CrmListRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EspoCrmJsonTest {

  private static final String NO_VALUES = "\"emailAddressData\":[],\"phoneNumberData\":[]";

  private final EspoCrmJson json = new EspoCrmJson(EspoCrmConfig.defaults());

  static String resource(String name) {
    try (InputStream in = EspoCrmJsonTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sample(String name) {
    return EspoCrmJson.parse(resource(name), name);
  }

  @Test
  void readsTheRealRecordOfEspoCrm934() {
    JsonNode sample = sample("espocrm-cbeteiligte-real-9.3.4.json");

    CrmRecord record = json.readRecord(sample);

    assertThat(record.id()).isEqualTo("6b12deaa5bccce130");
    assertThat(record.partyId()).isEqualTo("104860");
    assertThat(record.emails())
        .containsExactly(
            CrmValue.email("max.mueller@kanzlei-beispiel.de", true, false, false),
            CrmValue.email("Post@Mueller-Privat.de", false, true, false));
    assertThat(record.phones())
        .extracting(CrmValue::value, CrmValue::type, CrmValue::nativeType, CrmValue::primary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("+49511123456", PhoneType.BUSINESS, "Office", true),
            org.assertj.core.groups.Tuple.tuple("+49511987654", PhoneType.FAX, "Fax", false),
            org.assertj.core.groups.Tuple.tuple(
                "+491712345678", PhoneType.MOBILE, "Mobile", false));
    assertThat(record.state().status()).isEqualTo(SyncStatus.CLEAN);
    assertThat(record.state().lastSync()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(record.state().partyRowId()).isEqualTo("FBABAAAANJFGABAAGJDOAEAPAAAAAPGFPDAFAAAA");
    assertThat(record.state().hash()).isEqualTo("a3f5d2e8b1c4f6a9");
    assertThat(record.state().nextRetry()).isNull();
    assertThat(record.modifiedAt()).isEqualTo(Instant.parse("2026-12-04T15:39:22Z"));
    assertThat(record.version()).isEqualTo(1L);
  }

  @Test
  void readsTheDirtyRecordSample() {
    JsonNode sample = sample("espocrm-cbeteiligte.json");

    CrmRecord record = json.readRecord(sample);

    assertThat(record.state().status()).isEqualTo(SyncStatus.DIRTY);
    assertThat(record.version()).isEqualTo(7L);
    assertThat(record.phones()).hasSize(2);
  }

  @Test
  void readsRecordWithoutVersionNumberAsWithoutOptimisticConcurrency() {
    ObjectNode sample = (ObjectNode) sample("espocrm-cbeteiligte-real-9.3.4.json");
    sample.remove("versionNumber");

    CrmRecord record = json.readRecord(sample);

    assertThat(record.hasOptimisticConcurrency()).isFalse();
  }

  @Test
  void readsUnknownPhoneTypeAsOtherAndKeepsItsName() {
    JsonNode record =
        EspoCrmJson.parse(
            "{\"id\":\"r1\",\"emailAddressData\":[],\"phoneNumberData\":[{\"phoneNumber\":"
                + "\"+4930123456\","
                + "\"type\":\"Billing\",\"primary\":true}]}",
            "test");

    CrmValue phone = json.readRecord(record).phones().get(0);

    assertThat(phone.type()).isEqualTo(PhoneType.OTHER);
    assertThat(phone.nativeType()).isEqualTo("Billing");
  }

  @Test
  void readsMissingFlagsAsFalse() {
    JsonNode record =
        EspoCrmJson.parse(
            "{\"id\":\"r1\",\"phoneNumberData\":[],"
                + "\"emailAddressData\":[{\"emailAddress\":\"a@example.com\"}]}",
            "t");

    CrmValue email = json.readRecord(record).emails().get(0);

    assertThat(email).isEqualTo(CrmValue.email("a@example.com", false, false, false));
  }

  @Test
  void readsRecordWithEmptyListsAndWithoutStateAsEmpty() {
    JsonNode record = EspoCrmJson.parse("{\"id\":\"r1\"," + NO_VALUES + "}", "t");

    CrmRecord read = json.readRecord(record);

    assertThat(read.emails()).isEmpty();
    assertThat(read.phones()).isEmpty();
    assertThat(read.partyId()).isNull();
    assertThat(read.state().status()).isNull();
    assertThat(read.state().retryCount()).isZero();
  }

  @Test
  void refusesRecordWithMissingOrNullValueListNamingTheList() {
    assertMalformed("{\"id\":\"r1\"}", "CRM record r1: emailAddressData is missing");
    assertMalformed(
        "{\"id\":\"r1\",\"emailAddressData\":[{\"emailAddress\":\"a@example.com\"}]}",
        "CRM record r1: phoneNumberData is missing");
    assertMalformed(
        "{\"id\":\"r1\",\"emailAddressData\":null,\"phoneNumberData\":[]}",
        "emailAddressData is missing");
    assertMalformed(
        "{\"id\":\"r1\",\"emailAddressData\":[],\"phoneNumberData\":null}",
        "phoneNumberData is missing");
  }

  @Test
  void namesTheItemButNotTheValueOfAGarbageItem() {
    JsonNode node =
        EspoCrmJson.parse(
            "{\"id\":\"r\",\"emailAddressData\":[],\"phoneNumberData\":[{\"phoneNumber\":"
                + "\"+4930123456\",\"primary\":\"yes\"}]}",
            "t");

    assertThatThrownBy(() -> json.readRecord(node))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("CRM record r phoneNumberData item 0: primary is not a boolean");
  }

  @Test
  void refusesGarbageItemsWithoutPrintingTheirValue() {
    assertMalformed(
        "{\"id\":\"r\",\"phoneNumberData\":[],\"emailAddressData\":[null]}",
        "emailAddressData item 0: not a JSON object");
    assertMalformed(
        "{\"id\":\"r\",\"emailAddressData\":[],\"phoneNumberData\":[\"+4930123\"]}",
        "phoneNumberData item 0: not a JSON object");
    assertMalformed(
        "{\"id\":\"r\",\"phoneNumberData\":[],\"emailAddressData\":[{\"emailAddress\":\" \"}]}",
        "emailAddress is blank");
    assertMalformed(
        "{\"id\":\"r\",\"phoneNumberData\":[],\"emailAddressData\":[{\"emailAddress\":null}]}",
        "emailAddress is missing");
    assertMalformed(
        "{\"id\":\"r\",\"emailAddressData\":[],\"phoneNumberData\":[{\"phoneNumber\":\"\"}]}",
        "phoneNumber is blank");
    assertMalformed(
        "{\"id\":\"r\",\"emailAddressData\":[],\"phoneNumberData\":[{\"phoneNumber\":4930}]}",
        "phoneNumber is not text");
  }

  @Test
  void writesCompleteListsWithRealFlagsTypesAndScalarPrimary() {
    CrmChange change =
        new CrmChange(
            List.of(
                CrmValue.email("a@example.com", false, true, false),
                CrmValue.email("b@example.com", true, false, false)),
            List.of(
                new CrmValue(
                    de.kommsync.model.Channel.PHONE,
                    "+4930111",
                    PhoneType.OTHER,
                    "Billing",
                    true,
                    false,
                    false),
                CrmValue.phone("+4930222", PhoneType.BUSINESS, false, false, true)),
            SyncState.EMPTY,
            Set.of());

    ObjectNode body = json.writeChange(change);

    assertThat(body.get("emailAddress").textValue()).isEqualTo("b@example.com");
    assertThat(body.get("phoneNumber").textValue()).isEqualTo("+4930111");
    for (JsonNode item : body.get("emailAddressData")) {
      assertThat(item.get("primary").isBoolean()).isTrue();
      assertThat(item.get("optOut").isBoolean()).isTrue();
      assertThat(item.get("invalid").isBoolean()).isTrue();
    }
    assertThat(body.get("emailAddressData").get(0).get("optOut").booleanValue()).isTrue();
    assertThat(body.get("phoneNumberData").get(0).get("type").textValue()).isEqualTo("Billing");
    assertThat(body.get("phoneNumberData").get(1).get("type").textValue()).isEqualTo("Office");
    assertThat(body.get("phoneNumberData").get(1).get("invalid").booleanValue()).isTrue();
    assertThat(body.has("syncStatus")).isFalse();
  }

  @Test
  void writesEmptyListWithNullScalar() {
    CrmChange change = new CrmChange(List.of(), null, SyncState.EMPTY, Set.of());

    ObjectNode body = json.writeChange(change);

    assertThat(body.get("emailAddressData")).isEmpty();
    assertThat(body.get("emailAddress").isNull()).isTrue();
    assertThat(body.has("phoneNumberData")).isFalse();
    assertThat(body.has("phoneNumber")).isFalse();
  }

  @Test
  void writesOnlyTheStateFieldsNamedInTheChange() {
    SyncState state =
        new SyncState(
            SyncStatus.FAILED,
            2,
            Instant.parse("2026-12-04T15:30:00.750Z"),
            null,
            "timeout",
            Instant.parse("2026-12-04T15:00:00Z"),
            "ROW",
            "0123456789abcdef");
    CrmChange change =
        new CrmChange(
            null,
            null,
            state,
            EnumSet.of(SyncField.STATUS, SyncField.NEXT_RETRY, SyncField.AUTO_RESET_AT));

    ObjectNode body = json.writeChange(change);

    assertThat(body.properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("syncStatus", "syncNextRetry", "syncAutoResetAt");
    assertThat(body.get("syncStatus").textValue()).isEqualTo("failed");
    assertThat(body.get("syncNextRetry").textValue()).isEqualTo("2026-12-04 15:30:00");
    assertThat(body.get("syncAutoResetAt").isNull()).isTrue();
  }

  @Test
  void writesEveryStateFieldUnderItsConfiguredName() {
    EspoCrmJson renamed =
        new EspoCrmJson(EspoCrmConfig.builder().fieldName(SyncField.HASH, "commHash").build());
    SyncState state =
        new SyncState(SyncStatus.CLEAN, 0, null, null, null, null, null, "0123456789abcdef");

    ObjectNode body =
        renamed.writeChange(new CrmChange(null, null, state, EnumSet.allOf(SyncField.class)));

    assertThat(body.get("commHash").textValue()).isEqualTo("0123456789abcdef");
    assertThat(body.has("kommunikationHash")).isFalse();
    assertThat(body.get("syncRetryCount").intValue()).isZero();
    assertThat(body.size()).isEqualTo(SyncField.values().length);
  }

  @Test
  void readWriteReadGivesEqualValues() {
    CrmRecord read = json.readRecord(sample("espocrm-cbeteiligte-real-9.3.4.json"));
    CrmChange change =
        new CrmChange(read.emails(), read.phones(), read.state(), EnumSet.allOf(SyncField.class));

    ObjectNode stored = json.writeChange(change);
    stored.put("id", read.id());
    stored.put("betnr", Long.parseLong(read.partyId()));
    stored.put("modifiedAt", EspoCrmJson.formatTime(read.modifiedAt()));
    stored.put("versionNumber", read.version());
    CrmRecord again = json.readRecord(stored);

    assertThat(again).isEqualTo(read);
  }

  @Test
  void readsRulesFromRecordedSettingsAndMetadata() {
    JsonNode settings =
        EspoCrmJson.parse(
            "{\"phoneNumberInternational\":true,\"phoneNumberExtensions\":false,"
                + "\"emailAddressMaxCount\":10,\"phoneNumberMaxCount\":10,\"timeZone\":\"UTC\"}",
            "settings");
    JsonNode metadata =
        EspoCrmJson.parse(
            "{\"type\":\"phone\",\"typeList\":[\"Mobile\",\"Office\",\"Home\",\"Fax\",\"Other\"],"
                + "\"defaultType\":\"Mobile\",\"isPersonalData\":true}",
            "metadata");

    CrmRules rules = json.readRules(settings, metadata);

    assertThat(rules).isEqualTo(CrmRules.DEFAULTS);
  }

  @Test
  void readsCompanyTypeListWithoutHomeAndOffMode() {
    JsonNode settings =
        EspoCrmJson.parse("{\"phoneNumberInternational\":false,\"phoneNumberMaxCount\":3}", "s");
    JsonNode metadata =
        EspoCrmJson.parse("{\"typeList\":[\"Office\",\"Mobile\",\"Fax\",\"Other\",\"X\"]}", "m");

    CrmRules rules = json.readRules(settings, metadata);

    assertThat(rules.phoneInternational()).isFalse();
    assertThat(rules.maxPhones()).isEqualTo(3);
    assertThat(rules.maxEmails()).isEqualTo(10);
    assertThat(rules.allowedPhoneTypes())
        .containsExactlyInAnyOrder(
            PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER);
  }

  @Test
  void configurationOverridesWinOverTheInstance() {
    EspoCrmJson overridden =
        new EspoCrmJson(
            EspoCrmConfig.builder()
                .phoneNumberInternational(false)
                .typeList(List.of("Office", "Fax"))
                .build());
    JsonNode settings = EspoCrmJson.parse("{\"phoneNumberInternational\":true}", "s");
    JsonNode metadata = EspoCrmJson.parse("{\"typeList\":[\"Mobile\"]}", "m");

    CrmRules rules = overridden.readRules(settings, metadata);

    assertThat(rules.phoneInternational()).isFalse();
    assertThat(rules.allowedPhoneTypes())
        .containsExactlyInAnyOrder(PhoneType.BUSINESS, PhoneType.FAX);
  }

  @Test
  void readsRecordedListRow() {
    JsonNode answer =
        EspoCrmJson.parse(
            "{\"total\":1,\"list\":[{\"id\":\"6b12deaa5bccce130\",\"createdAt\":\"2026-12-04"
                + " 15:39:22\",\"modifiedAt\":\"2026-12-04 15:39:38\",\"betnr\":104860,"
                + "\"syncStatus\":\"clean\",\"advowareLastSync\":\"2026-12-01 08:00:00\","
                + "\"kommunikationHash\":\"b000000000000001\","
                + "\"createdById\":\"6b12dc4d3b428b25f\","
                + "\"assignedUserId\":null}]}",
            "list");

    List<CrmListRow> rows = json.readListRows(answer);

    assertThat(rows).hasSize(1);
    CrmListRow row = rows.get(0);
    assertThat(row.id()).isEqualTo("6b12deaa5bccce130");
    assertThat(row.partyId()).isEqualTo("104860");
    assertThat(row.state().status()).isEqualTo(SyncStatus.CLEAN);
    assertThat(row.state().hash()).isEqualTo("b000000000000001");
    assertThat(row.modifiedAt()).isEqualTo(Instant.parse("2026-12-04T15:39:38Z"));
  }

  @Test
  void listSelectNamesIdPartyStateAndModifiedAt() {
    String select = json.listSelect();

    assertThat(select)
        .isEqualTo(
            "id,betnr,syncStatus,syncRetryCount,syncNextRetry,syncAutoResetAt,syncErrorMessage,"
                + "advowareLastSync,advowareRowId,kommunikationHash,modifiedAt");
  }

  @Test
  void dueWhereAddsTheIdBoundOnlyForLaterPages() {
    Instant now = Instant.parse("2026-12-04T15:30:00Z");

    JsonNode first = json.dueWhere(now, now.minusSeconds(300), null);
    JsonNode later = json.dueWhere(now, now.minusSeconds(300), "abc");

    assertThat(first).hasSize(1);
    assertThat(first.get(0).get("type").textValue()).isEqualTo("or");
    assertThat(later).hasSize(2);
    assertThat(later.get(1).get("value").textValue()).isEqualTo("abc");
  }

  @Test
  void garbageBodyThrowsMalformedResponseWithoutTheBody() {
    assertThatThrownBy(() -> EspoCrmJson.parse("{\"secret\": max@example.com", "CRM record r1"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("CRM record r1: body is not JSON")
        .hasMessageNotContaining("max@example.com");
  }

  @Test
  void wrongShapesThrowMalformedResponseNamingTheElement() {
    assertMalformed("[1,2]", "not a JSON object");
    assertMalformed("{\"name\":\"x\"}", "id is missing");
    assertMalformed("{\"id\":5}", "id is not text");
    assertMalformed("{\"id\":\"r\",\"emailAddressData\":\"a@b.de\"}", "not an array");
    assertMalformed(
        "{\"id\":\"r\",\"phoneNumberData\":[],\"emailAddressData\":[\"a@b.de\"]}", "item 0");
    assertMalformed(
        "{\"id\":\"r\",\"emailAddressData\":[{\"emailAddress\":\"a@b.de\",\"primary\":\"false\"}]}",
        "primary is not a boolean");
    assertMalformed(
        "{\"id\":\"r\",\"emailAddressData\":[],\"phoneNumberData\":[{\"type\":\"Fax\"}]}",
        "phoneNumber is missing");
    assertMalformed("{\"id\":\"r\",\"versionNumber\":\"7\"," + NO_VALUES + "}", "versionNumber");
    assertMalformed("{\"id\":\"r\",\"modifiedAt\":\"yesterday\"," + NO_VALUES + "}", "modifiedAt");
    assertMalformed(
        "{\"id\":\"r\",\"syncRetryCount\":\"two\"," + NO_VALUES + "}", "syncRetryCount");
    assertMalformed("{\"id\":\"r\",\"betnr\":[1]," + NO_VALUES + "}", "betnr");
  }

  private void assertMalformed(String body, String messagePart) {
    JsonNode node = EspoCrmJson.parse(body, "test");

    assertThatThrownBy(() -> json.readRecord(node))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(messagePart);
  }

  @Test
  void readsUnknownStatusAsNoneAndNegativeCountAsZero() {
    JsonNode node =
        EspoCrmJson.parse(
            "{\"id\":\"r\",\"syncStatus\":\"weird\",\"syncRetryCount\":-3," + NO_VALUES + "}", "t");

    SyncState state = json.readRecord(node).state();

    assertThat(state.status()).isNull();
    assertThat(state.retryCount()).isZero();
  }

  @Test
  void parsesRecordedValidationReason() {
    String reason =
        "Field validation failure; entityType: CBeteiligte, field: phoneNumber, type: valid.";

    RejectedWriteException rejected = EspoCrmJson.rejection("6b12deaa5bccce130", 400, reason);

    assertThat(rejected.field()).contains("phoneNumber");
    assertThat(rejected.validation()).contains("valid");
    assertThat(rejected.reason()).contains(reason);
    assertThat(rejected.getMessage()).contains("6b12deaa5bccce130");
    assertThat(EspoCrmJson.parseValidationReason("duplicate")).isEmpty();
    assertThat(EspoCrmJson.parseValidationReason(null)).isEmpty();
  }

  @Test
  void formatsAndParsesTimesAsUtcWholeSeconds() {
    Instant time = Instant.parse("2026-03-29T01:30:59.999Z");

    String text = EspoCrmJson.formatTime(time);

    assertThat(text).isEqualTo("2026-03-29 01:30:59");
    assertThat(EspoCrmJson.parseTime(text)).contains(Instant.parse("2026-03-29T01:30:59Z"));
    assertThat(EspoCrmJson.parseTime("2026-03-29T01:30:59Z")).isEmpty();
    assertThat(EspoCrmJson.formatTime(null)).isNull();
  }

  @Test
  void configRejectsDuplicateTypeNames() {
    assertThatThrownBy(
            () -> EspoCrmConfig.builder().phoneTypeName(PhoneType.HOME, "Office").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configMapsTypeNamesBothWays() {
    EspoCrmConfig config = EspoCrmConfig.defaults();

    assertThat(config.phoneTypeName(PhoneType.BUSINESS)).isEqualTo("Office");
    assertThat(config.phoneType("Fax")).contains(PhoneType.FAX);
    assertThat(config.phoneType("fax")).isEmpty();
    assertThat(config.entityName()).isEqualTo("CBeteiligte");
    assertThat(config.partyIdField()).isEqualTo("betnr");
  }
}
