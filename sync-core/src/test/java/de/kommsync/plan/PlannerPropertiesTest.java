package de.kommsync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.model.Channel;
import de.kommsync.model.CrmRecord;
import de.kommsync.model.CrmRules;
import de.kommsync.model.CrmValue;
import de.kommsync.model.Kind;
import de.kommsync.model.PartyEntry;
import de.kommsync.model.PartySnapshot;
import de.kommsync.model.PhoneType;
import de.kommsync.model.SyncState;
import de.kommsync.value.ValueKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated parties and records: a plan applied by a tiny pure apply leaves nothing to plan, the
 * plan is deterministic, and the plan keeps the promises of SPEC section 13 that one run can show.
 */
class PlannerPropertiesTest {

  private static final ValueKeys KEYS = new ValueKeys("DE");
  private static final List<String> PHONES =
      List.of(
          "0511 123456",
          "0511/123456",
          "+49511123456",
          "030 1234567",
          "0171 2345678",
          "+49 89 9876543",
          "0221 55555",
          "0511 999");
  private static final List<String> EMAILS =
      List.of("max@example.com", "Max@Example.COM", "info@müller.de", "post@kanzlei.de");
  private static final List<String> JUNK =
      List.of("siehe Akte", "DE.BRAK.123abc.4411", "https://kanzlei.example", "jürgen@example.de");
  private static final List<String> CRM_PHONES =
      List.of(
          "+49511123456", "+49301234567", "+491712345678", "+49899876543", "+49511999", "0511 777");
  private static final List<String> CRM_EMAILS =
      List.of(
          "max@example.com",
          "Max@Example.COM",
          "info@xn--mller-kva.de",
          "post@kanzlei.de",
          "neu@example.net");
  private static final List<Kind> SYNCED =
      Arrays.stream(Kind.values()).filter(Kind::synced).toList();
  private static final List<String> USER_TEXTS =
      List.of("", "", "Zentrale", "  zwei Leerzeichen", "[eckig]", "Grüße", "[ESPOCRM:kaputt");

  /** One generated run: both sides, the CRM's rules and the policy. */
  record Scenario(PartySnapshot party, CrmRecord record, CrmRules rules, ConflictPolicy policy) {}

  private static Gen<@Nullable String> values() {
    List<@Nullable String> all = new ArrayList<>();
    all.addAll(PHONES);
    all.addAll(EMAILS);
    all.addAll(JUNK);
    all.addAll(Arrays.asList("", "  ", null));
    return Generate.pick(all);
  }

  private static Gen<String> remark(@Nullable String value) {
    Gen<String> userTexts = Generate.pick(USER_TEXTS);
    Gen<Kind> kinds = Generate.pick(SYNCED);
    Gen<String> syncedValues = values().map(v -> v == null || v.isBlank() ? "0511 123456" : v);
    Gen<String> synced =
        Generate.booleans()
            .zip(
                syncedValues,
                (same, other) -> same && value != null && !value.isBlank() ? value : other);
    Gen<String> valueRemarks =
        synced.zip(kinds, userTexts, (v, k, u) -> MarkerCodec.render(new Marker.Value(v, k), u));
    Gen<String> slotRemarks =
        kinds.zip(userTexts, (k, u) -> MarkerCodec.render(new Marker.Slot(k), u));
    Gen<String> malformed = Generate.pick(List.of("[ESPOCRM:###:1] x", "[ESPOCRM-SLOT:5]"));
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(3, userTexts),
            org.quicktheories.api.Pair.of(5, valueRemarks),
            org.quicktheories.api.Pair.of(2, slotRemarks),
            org.quicktheories.api.Pair.of(1, malformed)));
  }

  private static Gen<PartyEntry> entries() {
    Gen<Integer> kindCodes =
        Generate.frequency(
            List.of(
                org.quicktheories.api.Pair.of(8, Generate.constant(0)),
                org.quicktheories.api.Pair.of(2, integers().between(1, 12))));
    return values()
        .flatMap(
            value ->
                remark(value)
                    .zip(
                        kindCodes,
                        (remark, kind) -> new PartyEntry(0, null, value, kind, remark, false)));
  }

  private static Gen<CrmValue> crmValues(Channel channel, List<PhoneType> types) {
    Gen<String> values = Generate.pick(channel == Channel.EMAIL ? CRM_EMAILS : CRM_PHONES);
    Gen<Integer> flags = integers().between(0, 7);
    return values.zip(
        Generate.pick(types),
        flags,
        (value, type, bits) ->
            new CrmValue(
                channel,
                value,
                channel == Channel.EMAIL ? null : type,
                null,
                (bits & 1) != 0,
                (bits & 2) != 0,
                (bits & 4) != 0));
  }

  private static Gen<Scenario> scenarios() {
    CrmRules company =
        new CrmRules(
            true,
            EnumSet.of(PhoneType.BUSINESS, PhoneType.MOBILE, PhoneType.FAX, PhoneType.OTHER),
            3,
            3,
            36,
            254);
    Gen<CrmRules> rules = Generate.pick(List.of(CrmRules.DEFAULTS, company));
    Gen<List<PartyEntry>> entryLists = lists().of(entries()).ofSizeBetween(0, 7);
    return rules.flatMap(
        r -> {
          List<PhoneType> types = new ArrayList<>(r.allowedPhoneTypes());
          types.sort(null);
          Gen<List<CrmValue>> emails =
              lists().of(crmValues(Channel.EMAIL, types)).ofSizeBetween(0, 3);
          Gen<List<CrmValue>> phones =
              lists().of(crmValues(Channel.PHONE, types)).ofSizeBetween(0, 3);
          return entryLists.zip(
              emails,
              phones,
              Generate.enumValues(ConflictPolicy.class),
              (list, e, p, policy) -> new Scenario(party(list), record(e, p), r, policy));
        });
  }

  private static PartySnapshot party(List<PartyEntry> generated) {
    List<PartyEntry> entries = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      PartyEntry e = generated.get(i);
      long id = 100 + 7L * i;
      entries.add(new PartyEntry(id, "r" + id, e.value(), e.kindCode(), e.remark(), e.online()));
    }
    return new PartySnapshot("4711", "row", null, Map.of("mobil", "0171/2345678"), entries);
  }

  private static CrmRecord record(List<CrmValue> emails, List<CrmValue> phones) {
    return new CrmRecord("rec", "4711", emails, phones, SyncState.EMPTY, null, null);
  }

  private static SyncOptions options(Scenario scenario) {
    return SyncOptions.builder().force(true).conflictPolicy(scenario.policy()).build();
  }

  private static Plan plan(Scenario s) {
    return Planner.plan(s.party(), s.record(), s.rules(), options(s));
  }

  @Test
  void leavesNothingToPlanAfterItsOperationsAreApplied() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              Plan first = plan(s);
              PlanApplier.Sides after = PlanApplier.apply(first, s.party(), s.record(), s.rules());

              Plan second = Planner.plan(after.party(), after.record(), s.rules(), options(s));

              assertThat(second.operations()).isEmpty();
              assertThat(second.predictedHash()).isEqualTo(first.predictedHash());
              assertThat(CommunicationHash.content(after.party(), s.rules(), options(s)))
                  .isEqualTo(first.predictedHash());
            });
  }

  /**
   * One-way runs on lists with room to spare. On a full list an entry whose change the list refuses
   * keeps its old marker, and a later one-way run may pair it with a CRM value a run in both
   * directions would have created in the party system first (a documented limitation).
   */
  @Test
  void leavesNothingToPlanInItsDirectionAndConvergesInBoth() {
    Gen<Scenario> roomy =
        scenarios().map(s -> new Scenario(s.party(), s.record(), CrmRules.DEFAULTS, s.policy()));
    qt().forAll(roomy, Generate.pick(List.of(Direction.TO_CRM, Direction.TO_PARTY_SYSTEM)))
        .checkAssert(
            (s, direction) -> {
              SyncOptions oneWay = options(s).toBuilder().direction(direction).build();
              Plan first = Planner.plan(s.party(), s.record(), s.rules(), oneWay);
              PlanApplier.Sides after = PlanApplier.apply(first, s.party(), s.record(), s.rules());

              Plan again = Planner.plan(after.party(), after.record(), s.rules(), oneWay);
              Plan both = Planner.plan(after.party(), after.record(), s.rules(), options(s));
              PlanApplier.Sides done =
                  PlanApplier.apply(both, after.party(), after.record(), s.rules());

              assertThat(first.operations()).allMatch(operation -> flowsWith(operation, direction));
              assertThat(again.operations()).isEmpty();
              assertThat(
                      Planner.plan(done.party(), done.record(), s.rules(), options(s)).operations())
                  .isEmpty();
            });
  }

  private static boolean flowsWith(Operation operation, Direction direction) {
    if (operation instanceof CrmWrite) {
      return direction == Direction.TO_CRM;
    }
    Variant variant =
        operation instanceof UpdateEntry update
            ? update.variant()
            : ((CreateEntry) operation).variant();
    return variant.flow() == direction || variant.flow() == Direction.BOTH;
  }

  @Test
  void plansTheSameForTheSameInputs() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              Plan one = plan(s);
              Plan two = plan(s);

              assertThat(two).isEqualTo(one);
              assertThat(PlanRenderer.toJson(two)).isEqualTo(PlanRenderer.toJson(one));
            });
  }

  @Test
  void sendsListsWithOnePrimaryNoDuplicatesAndTheCrmsOwnFlags() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              Plan plan = plan(s);

              plan.crmWrite().ifPresent(write -> checkLists(write, s.record()));
            });
  }

  private static void checkLists(CrmWrite write, CrmRecord record) {
    for (Channel channel : Channel.values()) {
      List<CrmValue> sent = channel == Channel.EMAIL ? write.emails() : write.phones();
      if (sent == null) {
        continue;
      }
      if (!sent.isEmpty()) {
        assertThat(sent).filteredOn(CrmValue::primary).hasSize(1);
      }
      Set<String> keys = new HashSet<>();
      for (CrmValue value : sent) {
        KEYS.key(channel, value.value()).ifPresent(key -> assertThat(keys.add(key)).isTrue());
        record.values(channel).stream()
            .filter(stored -> stored.value().equals(value.value()))
            .findFirst()
            .ifPresent(
                stored -> {
                  assertThat(value.type()).isEqualTo(stored.type());
                  assertThat(value.optOut()).isEqualTo(stored.optOut());
                  assertThat(value.invalid()).isEqualTo(stored.invalid());
                });
      }
    }
  }

  @Test
  void neverLosesUserTextAndNeverCreatesDuplicates() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              Plan plan = plan(s);
              PlanApplier.Sides after = PlanApplier.apply(plan, s.party(), s.record(), s.rules());

              assertThat(userTexts(after.party())).containsAll(userTexts(s.party()));
              assertThat(duplicateExcess(after.party(), s))
                  .isLessThanOrEqualTo(duplicateExcess(s.party(), s));
            });
  }

  @Test
  void leavesBothSidesWithTheSameKeysLessWhatWasSkipped() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              Plan plan = plan(s);
              PlanApplier.Sides after = PlanApplier.apply(plan, s.party(), s.record(), s.rules());

              Set<String> skipped = skippedKeys(plan, s);
              Set<String> party = partyKeys(after.party(), s);
              Set<String> crm = crmKeys(after.record(), s);
              party.removeAll(skipped);
              crm.removeAll(skipped);
              assertThat(party).isEqualTo(crm);
            });
  }

  /**
   * Returns the keys a run may leave on one side only: skipped values, and the synced values of
   * skipped entries (an entry whose change could not be synced keeps its old value in the CRM).
   */
  private static Set<String> skippedKeys(Plan plan, Scenario s) {
    Set<String> skipped = new HashSet<>();
    for (Skip skip : plan.skipped()) {
      List<String> values = new ArrayList<>(List.of(skip.value()));
      for (PartyEntry entry : s.party().entries()) {
        if (skip.entryId() != null && entry.id() == skip.entryId()) {
          Marker marker = MarkerCodec.parse(entry.remark()).marker();
          if (marker instanceof Marker.Value synced) {
            values.add(synced.syncedValue());
          }
        }
      }
      for (String value : values) {
        for (Channel channel : Channel.values()) {
          KEYS.key(channel, value).ifPresent(k -> skipped.add(channel + k));
        }
      }
    }
    return skipped;
  }

  private static List<String> userTexts(PartySnapshot party) {
    List<String> texts = new ArrayList<>();
    for (PartyEntry entry : party.entries()) {
      String text = MarkerCodec.parse(entry.remark()).userText();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    texts.sort(null);
    return texts;
  }

  private static List<ClassifiedEntry> classify(PartySnapshot party, Scenario s) {
    return new Classifier(party, s.rules(), options(s)).classify(party.entries());
  }

  private static int duplicateExcess(PartySnapshot party, Scenario s) {
    Map<String, Integer> counts = new HashMap<>();
    int relevant = 0;
    for (ClassifiedEntry entry : classify(party, s)) {
      if (entry.relevant()) {
        relevant++;
        counts.merge(entry.channel() + entry.key(), 1, Integer::sum);
      }
    }
    return relevant - counts.size();
  }

  private static Set<String> partyKeys(PartySnapshot party, Scenario s) {
    Set<String> keys = new HashSet<>();
    for (ClassifiedEntry entry : classify(party, s)) {
      if (entry.relevant()) {
        keys.add(entry.channel() + entry.key());
      }
    }
    return keys;
  }

  private static Set<String> crmKeys(CrmRecord record, Scenario s) {
    Set<String> keys = new HashSet<>();
    for (Channel channel : Channel.values()) {
      CrmList list =
          new CrmList(
              channel,
              record.values(channel),
              new Classifier(
                      new PartySnapshot("x", null, null, Map.of(), List.of()),
                      s.rules(),
                      options(s))
                  .forms(),
              s.rules());
      for (CrmItem item : list.stored()) {
        if (item.syncable()) {
          keys.add(channel + item.key());
        }
      }
    }
    return keys;
  }
}
