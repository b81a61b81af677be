package de.kommsync.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.kommsync.RunOutcome;
import de.kommsync.RunResult;
import de.kommsync.SyncEngine;
import de.kommsync.SyncOptions;
import de.kommsync.espocrm.EspoCrmConfig;
import de.kommsync.espocrm.EspoCrmJson;
import de.kommsync.model.CrmValue;
import de.kommsync.plan.PlanRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kommsync apply}: syncs two payload files on simulated systems and writes the states a
 * {@code GET} would return afterwards, the plan and the run's result, all or nothing.
 */
@Command(
    name = "apply",
    header = "Syncs two payload files on simulated systems and writes the results.",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs the two payloads on simulated Advoware and EspoCRM systems and writes"
          + " DIR/advoware.json and DIR/espocrm.json (the states a GET returns afterwards, unknown fields kept),"
          + " DIR/plan.json and DIR/result.json.",
      "Writes all four files or none. The retry back-off of a failed record is ignored."
    })
final class ApplyCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Mixin PayloadFilesMixin files;

  @Mixin RunOptionsMixin run;

  @Mixin InstanceOptionsMixin instance;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output directory: created, or replaced when it holds an earlier output.")
  Path out;

  @Override
  public Integer call() {
    if (out.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(), "--out must name a directory, not be empty");
    }
    SyncOptions options = run.syncOptions().toBuilder().ignoreBackoff(true).build();
    EspoCrmConfig config = instance.espoCrmConfig();
    PayloadFilesMixin.Inputs inputs = files.read(new EspoCrmJson(config));
    boolean versioned = inputs.record().record().hasOptimisticConcurrency();
    List<String> storedTypes =
        inputs.record().record().phones().stream()
            .map(CrmValue::nativeType)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    LocalSides sides = LocalSides.create(config, versioned, Clock.systemUTC(), storedTypes);
    long betNr = sides.advoware().load(inputs.party().json());
    String recordId = sides.espocrm().load(inputs.record().json());

    RunResult result;
    try (SyncEngine engine = engine(sides, options)) {
      result = engine.sync(Long.toString(betNr), recordId);
    }

    checkOutcome(result);
    OutputDirectory.write(
        out, outputs(sides, betNr, recordId, result), List.of(files.advoware, files.espocrm));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(Summary.line(result));
    stdout.println("Wrote " + out + ": advoware.json, espocrm.json, plan.json, result.json");
    stdout.flush();
    return ExitCode.OK;
  }

  private static SyncEngine engine(LocalSides sides, SyncOptions options) {
    return SyncEngine.builder()
        .partySystem(sides.partySystem())
        .crm(sides.crm())
        .options(options)
        .ioThreads(2)
        .build();
  }

  private static void checkOutcome(RunResult result) {
    String reason =
        result.reasonText().orElse(result.outcome().name().toLowerCase(java.util.Locale.ROOT));
    if (result.outcome() == RunOutcome.GUARD_STOPPED) {
      throw new CliException(
          ExitCode.GUARD_STOPPED, RunMessages.guardStopped(result, "--force applies it"));
    }
    if (result.isFailure()) {
      throw new CliException(
          ExitCode.SYNC_FAILED, "the sync failed, nothing was written: " + reason);
    }
  }

  private static Map<String, byte[]> outputs(
      LocalSides sides, long betNr, String recordId, RunResult result) {
    Map<String, byte[]> outputs = new LinkedHashMap<>();
    outputs.put("advoware.json", pretty(sides.partyAsGet(betNr)));
    outputs.put("espocrm.json", pretty(sides.recordAsGet(recordId)));
    String plan = result.appliedPlan().map(PlanRenderer::toJson).orElse("null");
    outputs.put("plan.json", utf8(plan + "\n"));
    outputs.put("result.json", utf8(result.toJson(false) + "\n"));
    return outputs;
  }

  private static byte[] pretty(JsonNode json) {
    try {
      return utf8(JSON.writeValueAsString(json).replace("\r\n", "\n") + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
