package de.kommsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.HttpEspoCrm;
import de.kommsync.model.CrmRules;
import de.kommsync.model.SyncField;
import de.kommsync.model.SyncStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kommsync check-setup}: reads the EspoCRM instance's metadata and reports the custom fields
 * and the status formula the sync needs that are missing.
 */
@Command(
    name = "check-setup",
    header = "Checks the EspoCRM instance's sync fields and formula.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the configured EspoCRM instance's metadata and reports what the sync needs: the"
          + " party-number and sync-state fields of the entity, the options of the status field,"
          + " the before-save formula that sets dirty and pending_sync, and the phone rules.",
      "Exits with 7 when something is missing. Settings as for 'kommsync sync' (only the"
          + " espocrm.* keys are used)."
    })
final class CheckSetupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The properties file (default: the environment alone).")
  @Nullable Path config;

  /** The environment variables; the process environment unless a test sets others. */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    Settings settings = Settings.load(config, env);
    EspoCrmConfig espo = EspoCrmSettings.config(settings);
    HttpEspoCrm crm = EspoCrmSettings.crm(settings);
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();

    JsonNode fields = crm.readMetadata("entityDefs." + espo.entityName() + ".fields");
    checkFields(espo, fields, out, problems);
    String status = espo.fieldName(SyncField.STATUS);
    checkStatusOptions(fields.path(status), status, out, problems);
    JsonNode formula = crm.readMetadata("formula." + espo.entityName() + ".beforeSaveCustomScript");
    checkFormula(formula, status, out, problems);
    CrmRules rules = crm.rules();
    out.println(
        "info     phones: international "
            + rules.phoneInternational()
            + ", types "
            + rules.allowedPhoneTypes().stream().map(espo::phoneTypeName).sorted().toList()
            + ", at most "
            + Summary.count(rules.maxPhones(), "phone")
            + " and "
            + Summary.count(rules.maxEmails(), "e-mail")
            + " per record");

    out.println(
        problems.isEmpty()
            ? "Set-up complete for entity " + espo.entityName() + "."
            : Summary.count(problems.size(), "problem") + ": " + String.join("; ", problems));
    out.flush();
    return problems.isEmpty() ? ExitCode.OK : ExitCode.CONFIG_INVALID;
  }

  private static void checkFields(
      EspoCrmConfig espo, JsonNode fields, PrintWriter out, List<String> problems) {
    if (!fields.isObject()) {
      problems.add("the fields of " + espo.entityName() + " cannot be read");
      out.println("MISSING  the field list of entity " + espo.entityName());
      return;
    }
    List<String> needed = new ArrayList<>();
    needed.add(espo.partyIdField());
    for (SyncField field : SyncField.values()) {
      needed.add(espo.fieldName(field));
    }
    for (String name : needed) {
      boolean present = fields.has(name);
      out.println((present ? "ok       field " : "MISSING  field ") + name);
      if (!present) {
        problems.add("field " + name + " is missing");
      }
    }
  }

  private static void checkStatusOptions(
      JsonNode field, String name, PrintWriter out, List<String> problems) {
    JsonNode options = field.path("options");
    if (field.isMissingNode() || !options.isArray()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (SyncStatus status : SyncStatus.values()) {
      boolean listed = false;
      for (JsonNode option : options) {
        listed |= status.wireName().equals(option.asText());
      }
      if (!listed) {
        missing.add(status.wireName());
      }
    }
    if (missing.isEmpty()) {
      out.println("ok       options of " + name);
    } else {
      out.println("MISSING  options of " + name + ": " + String.join(", ", missing));
      problems.add(name + " lacks the options " + String.join(", ", missing));
    }
  }

  private static void checkFormula(
      JsonNode formula, String status, PrintWriter out, List<String> problems) {
    String script = formula.isTextual() ? formula.textValue() : "";
    boolean sets =
        script.contains(status) && script.contains("'dirty'") && script.contains("'pending_sync'");
    if (sets) {
      out.println("ok       before-save formula sets " + status + " on people's edits");
    } else if (script.isEmpty()) {
      out.println(
          "MISSING  before-save formula (not set, or not shown to this API user);"
              + " see the README's EspoCRM set-up");
      problems.add("no before-save formula found");
    } else {
      out.println("MISSING  the before-save formula does not set dirty and pending_sync");
      problems.add("the formula does not set " + status);
    }
  }
}
