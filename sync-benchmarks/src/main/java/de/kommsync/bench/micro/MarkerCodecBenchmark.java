package de.kommsync.bench.micro;

import de.kommsync.marker.Marker;
import de.kommsync.marker.MarkerCodec;
import de.kommsync.marker.ParsedRemark;
import de.kommsync.model.Kind;
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

/** Measures parsing and rendering of remarks with and without markers. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MarkerCodecBenchmark {

  private final Marker marker = new Marker.Value("+49 511 123456", Kind.MOBILE);
  private final String markedRemark = MarkerCodec.render(marker, "Mobil Herr Beispiel");
  private final String slotRemark = MarkerCodec.render(new Marker.Slot(Kind.BUSINESS_PHONE), "");
  private final String plainRemark = "Zentrale, nur vormittags";

  /** Parses a value marker followed by user text. */
  @Benchmark
  public ParsedRemark parseValueMarker() {
    return MarkerCodec.parse(markedRemark);
  }

  /** Parses a slot marker alone. */
  @Benchmark
  public ParsedRemark parseSlotMarker() {
    return MarkerCodec.parse(slotRemark);
  }

  /** Parses a remark without marker (user text only). */
  @Benchmark
  public ParsedRemark parsePlainText() {
    return MarkerCodec.parse(plainRemark);
  }

  /** Renders a value marker with user text. */
  @Benchmark
  public String renderValueMarker() {
    return MarkerCodec.render(marker, "Mobil Herr Beispiel");
  }
}
