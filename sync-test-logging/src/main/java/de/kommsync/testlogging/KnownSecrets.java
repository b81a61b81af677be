package de.kommsync.testlogging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The secrets no test log line and no exception message may contain: the fixed credentials of the
 * testkit's fake servers, plus what tests {@link #add(String) add} (wrong keys they try, signatures
 * they compute). A test in the testkit checks that every credential constant of the fake servers is
 * listed here. Thread-safe.
 */
public final class KnownSecrets {

  /** Values shorter than this are too common to search for. */
  public static final int MIN_LENGTH = 6;

  private static final List<String> FIXED =
      List.of(
          "fake-espocrm-api-key-3f9a",
          "fake-espocrm-hmac-key-7c21",
          "fake-espocrm-hmac-secret-b04e",
          "test-password-not-secret",
          "a29tbXN5bmMtdGVzdC1hcGkta2V5LW5vdC1hLXNlY3JldCE=",
          "kommsync-test-api-key-not-a-secret!");

  private static final Set<String> ADDED = new CopyOnWriteArraySet<>();

  private KnownSecrets() {}

  /** Returns the fixed test credentials of the fake servers. */
  public static List<String> fixed() {
    return FIXED;
  }

  /** Returns every secret searched for: the fixed ones and those added. */
  public static List<String> all() {
    if (ADDED.isEmpty()) {
      return FIXED;
    }
    List<String> all = new ArrayList<>(FIXED);
    all.addAll(ADDED);
    return all;
  }

  /**
   * Adds a secret for the rest of the JVM's life.
   *
   * @param secret the value, at least {@link #MIN_LENGTH} characters
   * @throws IllegalArgumentException when it is shorter
   */
  public static void add(String secret) {
    if (secret.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a secret to search for needs " + MIN_LENGTH + " chars");
    }
    ADDED.add(secret);
  }
}
