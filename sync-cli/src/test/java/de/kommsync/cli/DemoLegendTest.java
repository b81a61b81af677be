package de.kommsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kommsync.plan.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo's legend explains every short name its summary can print. */
class DemoLegendTest {

  @ParameterizedTest
  @EnumSource(Variant.class)
  void explainsEveryVariantTheSummaryCanPrint(Variant variant) {
    String name = DemoRunner.shortName(variant);

    assertThat(DemoRunner.LEGEND).containsPattern("[ :,]" + name + " ");
  }
}
