package de.kommsync.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The settings of {@code sync} and {@code run-due}: keys such as {@code espocrm.url} from a
 * properties file, each overridable by an environment variable ({@code KOMMSYNC_ESPOCRM_URL}:
 * prefix {@code KOMMSYNC_}, dots and camel case turned into underscores, upper case). Secrets are
 * never read from the properties file: only from their environment variable or from a file whose
 * path the settings name ({@code espocrm.apiKeyFile}). The properties file and secret files are
 * read like every input file: regular files only, UTF-8, at most {@link #MAX_CONFIG_BYTES} and
 * {@link #MAX_SECRET_BYTES} bytes.
 */
final class Settings {

  /** The keys that hold secrets; a properties file that sets one is refused. */
  static final Set<String> SECRETS =
      Set.of("espocrm.apiKey", "espocrm.secretKey", "advoware.apiKey", "advoware.password");

  /** The largest properties file read. */
  static final long MAX_CONFIG_BYTES = 1024 * 1024;

  /** The largest secret file read: a key, password or token fits many times over. */
  static final long MAX_SECRET_BYTES = 64 * 1024;

  private final Properties file;
  private final Map<String, String> env;
  private final String source;

  private Settings(Properties file, Map<String, String> env, String source) {
    this.file = file;
    this.env = Map.copyOf(env);
    this.source = source;
  }

  /**
   * Loads the settings.
   *
   * @param configFile the properties file, or null for the environment alone
   * @param env the environment variables
   * @return the settings
   * @throws CliException with {@link ExitCode#CONFIG_INVALID} when the file cannot be read or sets
   *     a secret
   */
  static Settings load(@Nullable Path configFile, Map<String, String> env) {
    Properties properties = new Properties();
    if (configFile == null) {
      return new Settings(properties, env, "the environment");
    }
    String text;
    try {
      text =
          InputFile.readUtf8(
              configFile, MAX_CONFIG_BYTES, ExitCode.CONFIG_INVALID, ExitCode.CONFIG_INVALID);
    } catch (CliException e) {
      throw new CliException(e.exitCode(), e.getMessage() + " (--config)", e);
    }
    parse(configFile, text, properties);
    for (String secret : SECRETS) {
      if (properties.containsKey(secret)) {
        throw new CliException(
            ExitCode.CONFIG_INVALID,
            configFile
                + ": sets the secret "
                + secret
                + "; set "
                + envName(secret)
                + " or "
                + secret
                + "File instead");
      }
    }
    return new Settings(properties, env, configFile.toString());
  }

  private static void parse(Path configFile, String text, Properties properties) {
    try {
      properties.load(new StringReader(text));
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCode.CONFIG_INVALID,
          configFile
              + ": is no properties file: it holds a malformed \\u escape"
              + " (not four hex digits) (--config)",
          e);
    } catch (IOException e) {
      throw new IllegalStateException("a string reader does not fail", e);
    }
  }

  /** Returns the environment variable that overrides a key. */
  static String envName(String key) {
    String snake = key.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return "KOMMSYNC_" + snake.toUpperCase(Locale.ROOT);
  }

  /** Returns a setting: its environment variable, else the file's value; blank counts as unset. */
  Optional<String> get(String key) {
    String fromEnv = env.get(envName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv.strip());
    }
    String fromFile = file.getProperty(key);
    return fromFile == null || fromFile.isBlank()
        ? Optional.empty()
        : Optional.of(fromFile.strip());
  }

  /**
   * Returns a setting that must be set.
   *
   * @throws CliException with {@link ExitCode#CONFIG_INVALID} naming the key and its variable
   */
  String require(String key) {
    return get(key).orElseThrow(() -> missing(key));
  }

  /** Returns a whole-number setting, or the default when unset. */
  int intValue(String key, int defaultValue) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw new CliException(
          ExitCode.CONFIG_INVALID, key + " must be a whole number (in " + source + ")", e);
    }
  }

  /** Returns a true/false setting, or the default when unset. */
  boolean booleanValue(String key, boolean defaultValue) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return defaultValue;
    }
    return switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default ->
          throw new CliException(
              ExitCode.CONFIG_INVALID, key + " must be true or false (in " + source + ")");
    };
  }

  /**
   * Returns a secret: its environment variable, else the content of the file named by {@code
   * <key>File} (trimmed), else empty.
   *
   * @throws CliException with {@link ExitCode#CONFIG_INVALID} when the named file cannot be read
   */
  Optional<String> secret(String key) {
    String fromEnv = env.get(envName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv.strip());
    }
    Optional<String> path = get(key + "File");
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Path file;
    try {
      file = Path.of(path.get());
    } catch (InvalidPathException e) {
      throw new CliException(ExitCode.CONFIG_INVALID, key + "File: is not a valid path", e);
    }
    String content;
    try {
      content =
          InputFile.readUtf8(
                  file, MAX_SECRET_BYTES, ExitCode.CONFIG_INVALID, ExitCode.CONFIG_INVALID)
              .strip();
    } catch (CliException e) {
      throw new CliException(e.exitCode(), key + "File names " + e.getMessage(), e);
    }
    return content.isEmpty() ? Optional.empty() : Optional.of(content);
  }

  /** Returns a secret that must be set. */
  String requireSecret(String key) {
    return secret(key)
        .orElseThrow(
            () ->
                new CliException(
                    ExitCode.CONFIG_INVALID,
                    key + " is not set: set " + envName(key) + " or " + key + "File"));
  }

  private CliException missing(String key) {
    return new CliException(
        ExitCode.CONFIG_INVALID,
        key + " is not set (in " + source + "; or set " + envName(key) + ")");
  }
}
