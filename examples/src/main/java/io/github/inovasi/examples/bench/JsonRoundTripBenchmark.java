package io.github.inovasi.examples.bench;

import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON round trip of one typical region's assessment (some 67 innovations, every answer):
 * write to text, read back through the public builders.
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main JsonRoundTrip -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonRoundTripBenchmark {
  private final InovasiJson json = InovasiJson.create().compact();
  private Assessment assessment;
  private String text;

  /** Generates one region's assessment. */
  @Setup
  public void setUp() {
    assessment = NationalDataSet.of(2025).assessment(100);
    text = json.writeString(JsonKind.ASSESSMENT, List.of(assessment));
  }

  /**
   * Writes the assessment as JSON text.
   *
   * @return the text
   */
  @Benchmark
  public String write() {
    return json.writeString(JsonKind.ASSESSMENT, List.of(assessment));
  }

  /**
   * Reads the assessment back from JSON text.
   *
   * @return the assessment
   */
  @Benchmark
  public List<Assessment> read() {
    return json.readString(text, JsonKind.ASSESSMENT);
  }

  /**
   * Writes then reads.
   *
   * @return the assessment read back
   */
  @Benchmark
  public List<Assessment> roundTrip() {
    return json.readString(json.writeString(JsonKind.ASSESSMENT, List.of(assessment)), JsonKind.ASSESSMENT);
  }
}
