package io.github.inovasi.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.model.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming JSON on a national-size file: all 546 autonomous regions with 36,742 innovations
 * and every answer (the generated {@link NationalDataSet}, seed 2025).
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main NationalJson -f 1 -wi 1 -i 3
 * </pre>
 *
 * <p>{@code streamRead} reads the whole file record by record, beside its floor
 * {@code tokenScan} (a bare Jackson token scan of the same file); {@code streamWrite} writes the
 * same volume from 40 pre-generated regions (cycled), so the generator's own cost is not
 * measured; both with memory bounded by one region.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class NationalJsonBenchmark {
  private final InovasiJson json = InovasiJson.create().compact();
  private Path file;
  private List<Assessment> sample;
  private int regions;

  /** Writes the national file once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    NationalDataSet national = NationalDataSet.of(2025);
    regions = national.regions().size();
    file = Files.createTempFile("inovasi-national-", ".json");
    try (OutputStream out = Files.newOutputStream(file);
        RecordWriter<Assessment> w = json.writer(out, JsonKind.ASSESSMENTS)) {
      national.assessments().forEach(a -> write(w, a));
    }
    sample = national.assessments().limit(40).collect(Collectors.toList());
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the national file record by record.
   *
   * @return the number of innovations read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long streamRead() throws IOException {
    AtomicLong innovations = new AtomicLong();
    ReadReport report = json.stream(file, JsonKind.ASSESSMENTS, a -> innovations.addAndGet(a.innovations().size()));
    report.requireComplete();
    return innovations.get();
  }

  /**
   * The floor of {@link #streamRead}: every JSON token of the same file, with each string's
   * text decoded and each number parsed, and nothing built.
   *
   * @return the number of tokens
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long tokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          tokens += p.getTextLength() & 1;
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          tokens += p.getNumberValue().intValue() & 1;
        }
      }
    }
    return tokens;
  }

  /**
   * Writes a national volume (546 regions) record by record to a discarding stream.
   *
   * @return the bytes written
   * @throws IOException never (the stream discards)
   */
  @Benchmark
  public long streamWrite() throws IOException {
    Counting out = new Counting();
    try (RecordWriter<Assessment> w = json.writer(out, JsonKind.ASSESSMENTS)) {
      for (int i = 0; i < regions; i++) {
        w.write(sample.get(i % sample.size()));
      }
    }
    return out.count;
  }

  private static void write(RecordWriter<Assessment> w, Assessment a) {
    try {
      w.write(a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Counts and discards. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
