package de.kommsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sample data set of party pairs: an Advoware party and the linked EspoCRM record, each as
 * product JSON shaped like the {@code GET} answers, covering first syncs, synced parties, edits on
 * both sides, slots, duplicates, malformed markers, values one side cannot hold, state left by the
 * earlier implementation and a full CRM list. German names with umlauts, numbers written as users
 * write them ({@code 0511/123456}), made-up data.
 *
 * <p>In the Advoware JSON, {@code kommKz} holds the entry's real kind; the simulation reports 0 on
 * {@code GET} as the real server does. The data lives in the resource {@code
 * de/kommsync/testkit/sample-parties.json}. Every call returns fresh copies.
 */
public final class SampleParties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RESOURCE = "sample-parties.json";

  private SampleParties() {}

  /**
   * One pair.
   *
   * @param name a short name, for example {@code first-sync-union}
   * @param description what the pair shows
   * @param advoware the party JSON
   * @param espocrm the record JSON
   */
  public record Pair(String name, String description, ObjectNode advoware, ObjectNode espocrm) {

    /** Checks the arguments. */
    public Pair {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(advoware, "advoware");
      Objects.requireNonNull(espocrm, "espocrm");
    }

    /** Returns the party id ({@code betNr} as a decimal string). */
    public String partyId() {
      return advoware.path("betNr").asText();
    }

    /** Returns the CRM record id. */
    public String recordId() {
      return espocrm.path("id").asText();
    }

    /** Loads this pair into the two simulations. */
    public void loadInto(AdvowareSimulation advowareSimulation, EspoCrmSimulation crmSimulation) {
      advowareSimulation.load(advoware);
      crmSimulation.load(espocrm);
    }
  }

  /** Returns every pair, in a fixed order. */
  public static List<Pair> all() {
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode pair : read().path("pairs")) {
      pairs.add(
          new Pair(
              pair.path("name").asText(),
              pair.path("description").asText(),
              (ObjectNode) pair.path("advoware"),
              (ObjectNode) pair.path("espocrm")));
    }
    return pairs;
  }

  /**
   * Returns the pair with a name.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static Pair named(String name) {
    return all().stream()
        .filter(pair -> pair.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample pair " + name));
  }

  /** Loads every pair into the two simulations. */
  public static void loadAll(AdvowareSimulation advoware, EspoCrmSimulation crm) {
    all().forEach(pair -> pair.loadInto(advoware, crm));
  }

  private static JsonNode read() {
    try (InputStream in = SampleParties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
