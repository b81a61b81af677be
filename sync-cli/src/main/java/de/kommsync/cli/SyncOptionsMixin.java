package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.kommsync.ConflictPolicy;
import de.kommsync.Direction;
import de.kommsync.SyncOptions;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmRules;
import de.kommsync.value.ValueKeys;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The sync options shared by {@code plan} and {@code apply}, and how they map to the core. */
final class SyncOptionsMixin {

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
      names = "--phone-international",
      paramLabel = "BOOL",
      arity = "1",
      defaultValue = "true",
      description =
          "Whether the EspoCRM instance stores phones in E.164 (its phoneNumberInternational"
              + " setting; default: ${DEFAULT-VALUE}).")
  boolean phoneInternational = true;

  @Option(
      names = "--phone-types",
      paramLabel = "TYPES",
      split = ",",
      description =
          "The phone types the EspoCRM entity allows, comma-separated"
              + " (default: Mobile,Office,Home,Fax,Other).")
  List<String> phoneTypes = List.of();

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

  /**
   * Returns the EspoCRM adapter's configuration with the instance settings of these options.
   *
   * @throws ParameterException when a phone type name is unknown
   */
  EspoCrmConfig espoCrmConfig() {
    EspoCrmConfig.Builder config =
        EspoCrmConfig.builder().phoneNumberInternational(phoneInternational);
    if (!phoneTypes.isEmpty()) {
      EspoCrmConfig defaults = EspoCrmConfig.defaults();
      for (String name : phoneTypes) {
        if (defaults.phoneType(name.strip()).isEmpty()) {
          throw new ParameterException(
              mixee.commandLine(),
              "Invalid value for option '--phone-types': unknown type '"
                  + name
                  + "' (expected Mobile, Office, Home, Fax or Other)");
        }
      }
      config.typeList(phoneTypes.stream().map(String::strip).toList());
    }
    return config.build();
  }

  /** Returns the EspoCRM instance's rules for these settings, as the adapter derives them. */
  CrmRules crmRules() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return new EspoCrmJson(espoCrmConfig()).readRules(nodes.objectNode(), nodes.objectNode());
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
