package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmRules;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The EspoCRM instance settings that {@code plan} and {@code apply} cannot read from a server: the
 * phone rules and the phone type list.
 */
final class InstanceOptionsMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

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
              + " (default: Mobile,Office,Home,Fax,Other); other names are the instance's own"
              + " types, which values keep.")
  List<String> phoneTypes = List.of();

  /**
   * Returns the EspoCRM adapter's configuration with the instance settings of these options.
   *
   * @throws ParameterException when a phone type name is blank or repeated
   */
  EspoCrmConfig espoCrmConfig() {
    EspoCrmConfig.Builder config =
        EspoCrmConfig.builder().phoneNumberInternational(phoneInternational);
    if (!phoneTypes.isEmpty()) {
      List<String> names = phoneTypes.stream().map(String::strip).toList();
      if (names.contains("") || names.size() != new HashSet<>(names).size()) {
        throw new ParameterException(
            mixee.commandLine(),
            "Invalid value for option '--phone-types': the names must be distinct and not blank");
      }
      config.typeList(names);
    }
    return config.build();
  }

  /** Returns the EspoCRM instance's rules for these settings, as the adapter derives them. */
  CrmRules crmRules() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return new EspoCrmJson(espoCrmConfig()).readRules(nodes.objectNode(), nodes.objectNode());
  }
}
