package de.kommsync.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.SyncOptions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioSmokeTest {

  private static final SyncOptions NO_VERIFY = SyncOptions.builder().verify(false).build();

  static Stream<Arguments> scenarios() {
    return Scenario.all().stream()
        .flatMap(s -> Stream.of(Arguments.of(s.name(), "memory"), Arguments.of(s.name(), "http")));
  }

  static Stream<Arguments> scenariosInMemory() {
    return Scenario.all().stream().map(s -> Arguments.of(s.name(), "memory"));
  }

  private static Scenario named(String name) {
    return Scenario.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("scenarios")
  void engineMakesExactlyTheBudgetedCalls(String name, String world) {
    Scenario scenario = named(name);

    Measurement run;
    try (World w =
        WorldFactory.named(world).create(Latency.NONE, scenario.optimisticConcurrency())) {
      run = new ScenarioRunner(w).engine(scenario, NO_VERIFY);
    }

    assertThat(run.calls()).isEqualTo(scenario.budget().calls());
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("scenariosInMemory")
  void verificationAddsTwoReadsOnlyToRunsThatWrite(String name, String world) {
    Scenario scenario = named(name);

    Measurement run;
    try (World w =
        WorldFactory.named(world).create(Latency.NONE, scenario.optimisticConcurrency())) {
      run = new ScenarioRunner(w).engine(scenario, SyncOptions.defaults());
    }

    int extra = scenario.budget().writes() ? 2 : 0;
    assertThat(run.calls()).isEqualTo(scenario.budget().calls() + extra);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("scenariosInMemory")
  void earlierPatternNeverBeatsTheBudget(String name, String world) {
    Scenario scenario = named(name);

    Measurement run;
    try (World w =
        WorldFactory.named(world).create(Latency.NONE, scenario.optimisticConcurrency())) {
      run = new ScenarioRunner(w).legacy(scenario, NO_VERIFY);
    }

    assertThat(run.calls()).isGreaterThanOrEqualTo(scenario.budget().calls());
    assertThat(run.roundTrips()).isEqualTo(run.calls());
  }
}
