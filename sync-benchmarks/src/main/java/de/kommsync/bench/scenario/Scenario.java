package de.kommsync.bench.scenario;

import de.kommsync.model.Kind;
import de.kommsync.model.PhoneType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One class of run: how its pair is prepared in a {@link World} (loaded, maybe settled, then edited
 * as people would) and its minimal budget.
 *
 * @param name a short name
 * @param optimisticConcurrency whether the CRM of the world checks record versions
 * @param prepare prepares a fresh pair in a world
 * @param budget the minimal budget of the run
 */
public record Scenario(
    String name, boolean optimisticConcurrency, Function<World, Pair> prepare, Budget budget) {

  private static final Kind[] PHONE_KINDS = {
    Kind.BUSINESS_PHONE, Kind.MOBILE, Kind.BUSINESS_FAX, Kind.PRIVATE_PHONE, Kind.OTHER
  };

  /** Checks the arguments. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prepare, "prepare");
    Objects.requireNonNull(budget, "budget");
  }

  /** Returns every scenario, in report order. */
  public static List<Scenario> all() {
    return List.of(
        new Scenario("nothing changed", true, w -> w.loadSettled(six()), new Budget(2, 0, 0, 1)),
        new Scenario("one change in the CRM", true, Scenario::oneCrmChange, new Budget(2, 1, 1, 3)),
        new Scenario(
            "one change in the party system",
            true,
            Scenario::onePartyChange,
            new Budget(2, 1, 1, 3)),
        new Scenario("ten changes on each side", true, Scenario::tenEach, new Budget(2, 1, 20, 3)),
        new Scenario(
            "first sync, 12 entries", true, w -> w.load(firstSyncSeeds()), new Budget(2, 1, 14, 3)),
        new Scenario("two conflicts (CRM wins)", true, Scenario::conflicts, new Budget(2, 1, 2, 3)),
        new Scenario(
            "one CRM change, no optimistic concurrency",
            false,
            Scenario::oneCrmChange,
            new Budget(3, 1, 1, 4)),
        new Scenario(
            "type change in the CRM (move)", true, Scenario::move, new Budget(2, 1, 2, 4)));
  }

  /** Three phones and three e-mail addresses. */
  static List<Seed> six() {
    return List.of(
        Seed.phone(Kind.BUSINESS_PHONE, 1),
        Seed.phone(Kind.MOBILE, 2),
        Seed.phone(Kind.BUSINESS_FAX, 3),
        Seed.email(Kind.BUSINESS_EMAIL, 4),
        Seed.email(Kind.BUSINESS_EMAIL, 5),
        Seed.email(Kind.PRIVATE_EMAIL, 6));
  }

  private static Pair oneCrmChange(World world) {
    Pair pair = world.loadSettled(six());
    changeInCrm(world, pair, 0, "+49 511 9990001");
    return pair;
  }

  private static Pair onePartyChange(World world) {
    Pair pair = world.loadSettled(six());
    world.partyEditor().setValue(pair.partyId(), World.entryId(pair, 0), "0511 9990002");
    return pair;
  }

  private static Pair tenEach(World world) {
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      seeds.add(Seed.phone(PHONE_KINDS[i % PHONE_KINDS.length], 10 + i));
    }
    for (int i = 0; i < 10; i++) {
      seeds.add(Seed.email(i % 2 == 0 ? Kind.BUSINESS_EMAIL : Kind.PRIVATE_EMAIL, 20 + i));
    }
    Pair pair = world.loadSettled(seeds);
    for (int i = 0; i < 5; i++) {
      changeInCrm(world, pair, i, "+49 30 " + (7_000_000 + i));
      changeInCrm(world, pair, 10 + i, "neu" + i + "@crm-beispiel.de");
      world.partyEditor().setValue(pair.partyId(), World.entryId(pair, 5 + i), "030 8" + i);
      world.partyEditor().setValue(pair.partyId(), World.entryId(pair, 15 + i), "p" + i + "@x.de");
    }
    return pair;
  }

  /** Twelve entries, four of them also in the CRM, and two values only in the CRM. */
  static List<Seed> firstSyncSeeds() {
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Seed.Side side = i < 2 ? Seed.Side.BOTH : Seed.Side.PARTY_ONLY;
      seeds.add(Seed.phone(PHONE_KINDS[i % PHONE_KINDS.length], 40 + i).on(side));
      seeds.add(Seed.email(Kind.BUSINESS_EMAIL, 50 + i).on(side));
    }
    seeds.add(Seed.phone(Kind.MOBILE, 60).on(Seed.Side.CRM_ONLY));
    seeds.add(Seed.email(Kind.BUSINESS_EMAIL, 61).on(Seed.Side.CRM_ONLY));
    return seeds;
  }

  private static Pair conflicts(World world) {
    Pair pair = world.loadSettled(six());
    world.partyEditor().setValue(pair.partyId(), World.entryId(pair, 0), "0511 9990003");
    changeInCrm(world, pair, 0, "+49 511 9990004");
    world.partyEditor().setValue(pair.partyId(), World.entryId(pair, 3), "advo@beispiel.de");
    changeInCrm(world, pair, 3, "crm@beispiel.de");
    return pair;
  }

  private static Pair move(World world) {
    Pair pair = world.loadSettled(six());
    String stored = World.crmForm(World.seed(pair, 0).value());
    if (!world.crmEditor().changePhoneType(pair.recordId(), stored, PhoneType.MOBILE)) {
      throw new IllegalStateException("the CRM does not hold the value to retype");
    }
    return pair;
  }

  private static void changeInCrm(World world, Pair pair, int index, String newValue) {
    String stored = World.crmForm(World.seed(pair, index).value());
    if (!world.crmEditor().changeValue(pair.recordId(), stored, newValue)) {
      throw new IllegalStateException("the CRM does not hold the value to change");
    }
  }
}
