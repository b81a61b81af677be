package de.kommsync.cli;

import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.value.ValueKeys;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a sync run shared by the commands that sync, and how they map to the core. */
final class RunOptionsMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--direction",
      paramLabel = "DIR",
      defaultValue = "both",
      converter = Choices.DirectionConverter.class,
      completionCandidates = Choices.DirectionWords.class,
      description = "Which changes to apply: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Direction direction = Direction.BOTH;

  @Option(
      names = "--conflict",
      paramLabel = "POLICY",
      defaultValue = "espocrm-wins",
      converter = Choices.PolicyConverter.class,
      completionCandidates = Choices.PolicyWords.class,
      description =
          "How an entry changed on both sides is resolved: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}).")
  ConflictPolicy conflictPolicy = ConflictPolicy.CRM_WINS;

  @Option(
      names = "--force",
      description = "Apply even when the mass-blank guard would stop the run.")
  boolean force;

  @Option(
      names = "--default-region",
      paramLabel = "REGION",
      defaultValue = "DE",
      description =
          "The region of phone numbers written without a country code, ISO 3166 alpha-2"
              + " (default: ${DEFAULT-VALUE}).")
  String defaultRegion = "DE";

  /**
   * Returns the core's options for these settings.
   *
   * @throws ParameterException when the region is unknown
   */
  SyncOptions syncOptions() {
    return SyncOptions.builder()
        .direction(direction)
        .conflictPolicy(conflictPolicy)
        .force(force)
        .defaultRegion(checkedRegion())
        .build();
  }

  private String checkedRegion() {
    try {
      return new ValueKeys(defaultRegion).defaultRegion();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          mixee.commandLine(),
          "Invalid value for option '--default-region': unknown region '" + defaultRegion + "'");
    }
  }
}
