package de.kommsync.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Reads endpoint URLs from the settings: absolute http(s) URLs, checked before any call. */
final class Endpoint {

  private Endpoint() {}

  /**
   * Returns the URL a setting holds.
   *
   * @throws CliException with {@link ExitCode#CONFIG_INVALID} when it is missing or no absolute
   *     http(s) URL
   */
  static URI url(Settings settings, String key) {
    return parse(key, settings.require(key));
  }

  /** Parses a URL setting that is present. */
  static URI parse(String key, String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below, without echoing the text
    }
    throw new CliException(ExitCode.CONFIG_INVALID, key + " must be an absolute http(s) URL");
  }
}
