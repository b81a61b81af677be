package de.kommsync.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmRules;
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
              + " (default: Mobile,Office,Home,Fax,Other).")
  List<String> phoneTypes = List.of();

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
}
