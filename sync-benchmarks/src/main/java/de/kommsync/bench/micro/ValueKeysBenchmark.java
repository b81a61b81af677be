package de.kommsync.bench.micro;

import de.kommsync.value.ValueKeys;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the canonical keys: libphonenumber parsing of national and international phone numbers,
 * the rejection of a value with letters, and e-mail keys with an ASCII and an internationalised
 * domain, each on a fresh {@link ValueKeys} (nothing remembered yet), and the same keys answered
 * from an instance's memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValueKeysBenchmark {

  private final ValueKeys warm = new ValueKeys("DE");

  /** Keys a national number with a slash. */
  @Benchmark
  public Optional<String> phoneNational() {
    return new ValueKeys("DE").phoneKey("0511/123456");
  }

  /** Keys an international number with a trunk prefix in brackets. */
  @Benchmark
  public Optional<String> phoneInternational() {
    return new ValueKeys("DE").phoneKey("+49 (0)511 123456");
  }

  /** Keys a number already in E.164. */
  @Benchmark
  public Optional<String> phoneE164() {
    return new ValueKeys("DE").phoneKey("+49511123456");
  }

  /** Rejects a value with letters before libphonenumber sees it. */
  @Benchmark
  public Optional<String> phoneWithLetters() {
    return new ValueKeys("DE").phoneKey("DE.BRAK.123abc.4411");
  }

  /** Keys an e-mail address with an ASCII domain. */
  @Benchmark
  public Optional<String> emailAscii() {
    return new ValueKeys("DE").emailKey("Max.Mueller@Kanzlei-Beispiel.DE");
  }

  /** Keys an e-mail address with an internationalised domain (UTS #46 to punycode). */
  @Benchmark
  public Optional<String> emailIdn() {
    return new ValueKeys("DE").emailKey("info@straße-müller.de");
  }

  /** Answers a national number's key from memory. */
  @Benchmark
  public Optional<String> phoneNationalRemembered() {
    return warm.phoneKey("0511/123456");
  }

  /** Answers an internationalised e-mail address's key from memory. */
  @Benchmark
  public Optional<String> emailIdnRemembered() {
    return warm.emailKey("info@straße-müller.de");
  }
}
