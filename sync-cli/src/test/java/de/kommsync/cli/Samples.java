package de.kommsync.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** The sample payloads copied from the shared samples into the test resources. */
final class Samples {

  private Samples() {}

  /** The Advoware party sample ({@code GET /api/v1/advonet/Beteiligte/104860}). */
  static Path advoware() {
    return resource("samples/advoware-beteiligter.json");
  }

  /** The EspoCRM record sample ({@code GET /api/v1/CBeteiligte/68e3e7eab49f09adb}). */
  static Path espocrm() {
    return resource("samples/espocrm-cbeteiligte.json");
  }

  /** The record recorded from a real EspoCRM 9.3.4. */
  static Path espocrmReal() {
    return resource("samples/espocrm-cbeteiligte-real-9.3.4.json");
  }

  private static Path resource(String name) {
    URL url = Objects.requireNonNull(Samples.class.getClassLoader().getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
