package de.kommsync.plan;

import static de.kommsync.plan.Fixtures.crm;
import static de.kommsync.plan.Fixtures.entry;
import static de.kommsync.plan.Fixtures.marker;
import static de.kommsync.plan.Fixtures.party;
import static de.kommsync.plan.Fixtures.plan;
import static de.kommsync.plan.Fixtures.primaryEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.model.Channel;
import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import de.kommsync.value.SkipReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRendererTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Plan samplePlan() {
    return plan(
        party(entry(1, "0511 123456", "Zentrale"), entry(2, "siehe Akte", null)),
        crm(primaryEmail("info@example.com")));
  }

  @Test
  void rendersTheTopLevelFieldsInAFixedOrder() throws Exception {
    JsonNode root = JSON.readTree(PlanRenderer.toJson(samplePlan()));

    assertThat(fieldNames(root))
        .containsExactly(
            "partyId",
            "recordId",
            "operations",
            "deferred",
            "skipped",
            "conflicts",
            "notices",
            "guard",
            "firstSync",
            "predictedHash",
            "direction",
            "conflictPolicy");
  }

  @Test
  void rendersEachOperationWithTypeAndVariant() throws Exception {
    JsonNode operations = JSON.readTree(PlanRenderer.toJson(samplePlan())).get("operations");

    assertThat(operations).hasSize(3);
    assertThat(operations.get(0).get("type").asText()).isEqualTo("crmWrite");
    assertThat(fieldNames(operations.get(0)))
        .containsExactly("type", "emails", "phones", "changes");
    assertThat(operations.get(0).get("emails").isNull()).isTrue();
    assertThat(operations.get(0).get("phones").get(0).get("value").asText())
        .isEqualTo("+49511123456");
    assertThat(operations.get(1).get("type").asText()).isEqualTo("updateEntry");
    assertThat(fieldNames(operations.get(1)))
        .containsExactly(
            "type", "ref", "variant", "stage", "entryId", "kind", "value", "remark", "online");
    assertThat(operations.get(1).get("variant").asText()).isEqualTo("VAR4_NEW_IN_PARTY_SYSTEM");
    assertThat(operations.get(2).get("type").asText()).isEqualTo("createEntry");
    assertThat(operations.get(2).get("kind").asInt()).isEqualTo(4);
  }

  @Test
  void rendersAnEmptyOperationsArrayWhenThereIsNothingToDo() throws Exception {
    Plan plan = plan(party(entry(1, "a@b.de", marker("a@b.de", 4))), crm(primaryEmail("a@b.de")));

    JsonNode root = JSON.readTree(PlanRenderer.toJson(plan));

    assertThat(root.get("operations").isArray()).isTrue();
    assertThat(root.get("operations")).isEmpty();
    assertThat(root.get("guard").isNull()).isTrue();
    assertThat(root.get("firstSync").asBoolean()).isFalse();
    assertThat(root.get("predictedHash").asText()).isEqualTo(plan.predictedHash());
  }

  @Test
  void rendersSkipsConflictsNoticesAndGuard() throws Exception {
    Plan plan =
        plan(
            party(
                entry(1, "0511 777", marker("0511 1", 1)),
                entry(2, "", marker("a@b.de", 4)),
                entry(3, "", marker("c@b.de", 4)),
                entry(4, "[ESPOCRM:x", "[ESPOCRM:x")),
            crm(
                Fixtures.primaryPhone("+49511888", PhoneType.BUSINESS),
                primaryEmail("a@b.de"),
                Fixtures.email("c@b.de")));

    JsonNode root = JSON.readTree(PlanRenderer.toJson(plan));

    assertThat(root.get("skipped").get(0).get("reason").asText()).isEqualTo("NOT_A_PHONE_NUMBER");
    assertThat(root.get("conflicts").get(0).get("policy").asText()).isEqualTo("CRM_WINS");
    assertThat(root.get("notices").get(0).get("kind").asText()).isEqualTo("MALFORMED_MARKER");
    assertThat(fieldNames(root.get("guard"))).containsExactly("side", "removed", "total", "reason");
    assertThat(root.get("guard").get("side").asText()).isEqualTo("CRM");
  }

  @Test
  void rendersTheSamePlanToTheSameTextEachTime() {
    assertThat(PlanRenderer.toJson(samplePlan())).isEqualTo(PlanRenderer.toJson(samplePlan()));
    assertThat(PlanRenderer.toText(samplePlan())).isEqualTo(PlanRenderer.toText(samplePlan()));
  }

  @Test
  void rendersTextWithOneSectionPerPart() {
    String text = PlanRenderer.toText(samplePlan());

    assertThat(text)
        .startsWith("Plan for party 4711, CRM record rec00000000000001\n")
        .contains("Direction BOTH, conflict policy CRM_WINS, first sync\n")
        .contains("Operations (3):\n  CRM update\n    phones: \"+49511123456\" BUSINESS primary;\n")
        .contains("    ADDED PHONE - -> \"+49511123456\" (VAR4_NEW_IN_PARTY_SYSTEM)\n")
        .contains("  #1 stage 1 update entry 1, kind 1: value \"0511 123456\"")
        .contains("  #2 stage 1 create entry, kind 4: value \"info@example.com\"")
        .contains("Deferred: none\n")
        .contains("Skipped (1):\n  entry 2 \"siehe Akte\": NOT_A_PHONE_NUMBER\n")
        .contains("Conflicts: none\n")
        .endsWith("Notices: none\n");
  }

  @Test
  void rendersTheGuardInText() {
    Plan plan =
        plan(
            party(entry(1, "", marker("a@b.de", 4)), entry(2, "", marker("c@b.de", 4))),
            crm(primaryEmail("a@b.de"), Fixtures.email("c@b.de")));

    assertThat(PlanRenderer.toText(plan)).contains("GUARD: nothing is applied unless forced: ");
  }

  private static final String FORGING =
      "Zentrale\r\nSkipped (9):\n  entry 9 \u0000\u001b[31m\u2028x";

  private static Plan forgingPlan(String remark, String unsyncable) {
    return plan(
        party(entry(1, "0511 123456", remark), entry(2, unsyncable, null)),
        crm(primaryEmail("info@example.com")));
  }

  @Test
  void escapesControlCharactersOfValuesAndRemarksInText() {
    Plan plan = forgingPlan(FORGING, "siehe\nAkte\u0000");
    Plan harmless = forgingPlan("Zentrale", "siehe Akte");

    String text = PlanRenderer.toText(plan);

    assertThat(text.lines()).hasSameSizeAs(PlanRenderer.toText(harmless).lines().toList());
    assertThat(text).doesNotContain("\r", "\u0000", "\u001b", "\u2028");
    assertThat(text)
        .contains("Zentrale\\r\\nSkipped (9):\\n  entry 9 \\u0000\\u001b[31m\\u2028x\"")
        .contains("\"siehe\\nAkte\\u0000\": NOT_A_PHONE_NUMBER");
  }

  @Test
  void escapesBackslashAndQuoteSoAnEscapeCannotBeForged() {
    Plan plan = forgingPlan("a\\nb \"c\"", "siehe Akte");

    String text = PlanRenderer.toText(plan);

    assertThat(text).contains("a\\\\nb \\\"c\\\"");
  }

  private static Plan longPlan(String value, String remark) {
    UpdateEntry update =
        new UpdateEntry(
            1, 88001, Kind.BUSINESS_PHONE, value, remark, false, Variant.VAR5_CHANGED_IN_CRM, 1);
    Skip skip =
        new Skip(Skip.Side.CRM, null, Channel.EMAIL, value, SkipReason.NOT_AN_EMAIL_ADDRESS);
    return new Plan(
        "4711",
        "rec00000000000001",
        Direction.BOTH,
        ConflictPolicy.CRM_WINS,
        false,
        List.of(update),
        List.of(),
        List.of(skip),
        List.of(),
        List.of(),
        null,
        "00000000000000ff");
  }

  @Test
  void cutsLongValuesAndRemarksInTextWithTheirFullLength() {
    Plan plan = longPlan("v".repeat(100_000), "r".repeat(100_000));

    String text = PlanRenderer.toText(plan);

    assertThat(text)
        .contains("value \"" + "v".repeat(200) + "\"...(100000 chars), remark")
        .contains("remark \"" + "r".repeat(200) + "\"...(100000 chars), online")
        .contains("CRM value \"" + "v".repeat(200) + "\"...(100000 chars): NOT_AN_EMAIL_ADDRESS");
    assertThat(text).doesNotContain("r".repeat(201)).doesNotContain("v".repeat(201));
  }

  @Test
  void showsATextOfTheLimitInFull() {
    Plan plan = longPlan("v".repeat(200), "r\n".repeat(100));

    String text = PlanRenderer.toText(plan);

    assertThat(text)
        .contains("value \"" + "v".repeat(200) + "\", remark")
        .contains("remark \"" + "r\\n".repeat(100) + "\", online")
        .doesNotContain("chars)");
  }

  @Test
  void keepsEveryTextExactInJson() throws Exception {
    String longText = FORGING + "r".repeat(100_000);
    Plan plan = longPlan(longText, longText);

    JsonNode root = JSON.readTree(PlanRenderer.toJson(plan));

    assertThat(root.get("operations").get(0).get("remark").asText()).isEqualTo(longText);
    assertThat(root.get("operations").get(0).get("value").asText()).isEqualTo(longText);
    assertThat(root.get("skipped").get(0).get("value").asText()).isEqualTo(longText);
  }

  /** Entry 1 changed in the party system, its paired CRM phone changed too: one conflict. */
  private static Plan conflictPlan(Direction direction, ConflictPolicy policy) {
    return plan(
        party(entry(1, "0511 777", marker("0511 1", 1))),
        crm(Fixtures.primaryPhone("+49511888", PhoneType.BUSINESS)),
        SyncOptions.builder().direction(direction).conflictPolicy(policy).build());
  }

  @Test
  void saysAConflictWhoseEntryWriteTheDirectionDefersWillOverwriteLater() throws Exception {
    Plan plan = conflictPlan(Direction.TO_CRM, ConflictPolicy.CRM_WINS);

    String text = PlanRenderer.toText(plan);
    JsonNode conflict = JSON.readTree(PlanRenderer.toJson(plan)).get("conflicts").get(0);

    assertThat(text).contains("CRM_WINS, will overwrite \"0511 777\" (deferred)\n");
    assertThat(text).doesNotContain("overwrites");
    assertThat(conflict.get("deferred").asBoolean()).isTrue();
    assertThat(conflict.get("overwritten").asText()).isEqualTo("0511 777");
  }

  @Test
  void saysAConflictWhoseCrmWriteTheDirectionDefersWillOverwriteLater() throws Exception {
    Plan plan = conflictPlan(Direction.TO_PARTY_SYSTEM, ConflictPolicy.PARTY_SYSTEM_WINS);

    String text = PlanRenderer.toText(plan);
    JsonNode conflict = JSON.readTree(PlanRenderer.toJson(plan)).get("conflicts").get(0);

    assertThat(text).contains("PARTY_SYSTEM_WINS, will overwrite \"+49511888\" (deferred)\n");
    assertThat(conflict.get("deferred").asBoolean()).isTrue();
  }

  @Test
  void tellsWhetherTheDirectionDeferredAConflictsResolution() {
    Plan oneWay = conflictPlan(Direction.TO_CRM, ConflictPolicy.CRM_WINS);
    Plan both = conflictPlan(Direction.BOTH, ConflictPolicy.CRM_WINS);

    assertThat(oneWay.deferred(oneWay.conflicts().get(0))).isTrue();
    assertThat(both.deferred(both.conflicts().get(0))).isFalse();
  }

  @Test
  void saysAConflictOfARunInBothDirectionsOverwrites() throws Exception {
    Plan plan = conflictPlan(Direction.BOTH, ConflictPolicy.CRM_WINS);

    String text = PlanRenderer.toText(plan);
    JsonNode conflict = JSON.readTree(PlanRenderer.toJson(plan)).get("conflicts").get(0);

    assertThat(text).contains("CRM_WINS, overwrites \"0511 777\"\n");
    assertThat(conflict.get("deferred").asBoolean()).isFalse();
  }

  @Test
  void saysAConflictWhoseWriteTheDirectionKeepsOverwrites() throws Exception {
    Plan plan = conflictPlan(Direction.TO_PARTY_SYSTEM, ConflictPolicy.CRM_WINS);

    String text = PlanRenderer.toText(plan);
    JsonNode conflict = JSON.readTree(PlanRenderer.toJson(plan)).get("conflicts").get(0);

    assertThat(text).contains("CRM_WINS, overwrites \"0511 777\"\n");
    assertThat(conflict.get("deferred").asBoolean()).isFalse();
  }
}
