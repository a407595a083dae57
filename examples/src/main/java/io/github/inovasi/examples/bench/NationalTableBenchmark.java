package io.github.inovasi.examples.bench;

import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.sample.NationalDataSet;
import io.github.inovasi.io.table.AnswerEntry;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.ReportedInnovation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * Streaming tables on national-size data: the register (36,742 rows) as CSV and .xlsx, and the
 * answers in long form (745,760 rows) as CSV, read record by record.
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main NationalTable -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class NationalTableBenchmark {
  private final InovasiTables tables = InovasiTables.create();
  private Path registerCsv;
  private Path registerXlsx;
  private Path answersCsv;

  /** Writes the three national files once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    registerCsv = Files.createTempFile("inovasi-register-", ".csv");
    registerXlsx = Files.createTempFile("inovasi-register-", ".xlsx");
    answersCsv = Files.createTempFile("inovasi-answers-", ".csv");
    try (OutputStream a = Files.newOutputStream(registerCsv);
        OutputStream b = Files.newOutputStream(registerXlsx);
        OutputStream c = Files.newOutputStream(answersCsv);
        RecordWriter<RegisterEntry> csv = tables.registerWriter(a, TableFormat.CSV);
        RecordWriter<RegisterEntry> xlsx = tables.registerWriter(b, TableFormat.XLSX);
        RecordWriter<AnswerEntry> answers = tables.answerWriter(c, TableFormat.CSV)) {
      NationalDataSet.of(2025).assessments().forEach(x -> write(x, csv, xlsx, answers));
    }
  }

  private static void write(
      Assessment a, RecordWriter<RegisterEntry> csv, RecordWriter<RegisterEntry> xlsx, RecordWriter<AnswerEntry> answers) {
    try {
      for (var answer : a.regionAnswers()) {
        answers.write(AnswerEntry.of(a.region().code(), Optional.empty(), answer));
      }
      for (ReportedInnovation r : a.innovations()) {
        RegisterEntry row = RegisterEntry.of(a.region().code(), r.innovation().withInnovators());
        csv.write(row);
        xlsx.write(row);
        for (var answer : r.answers()) {
          answers.write(AnswerEntry.of(a.region().code(), Optional.of(r.innovation().id()), answer));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(registerCsv);
    Files.deleteIfExists(registerXlsx);
    Files.deleteIfExists(answersCsv);
  }

  /**
   * Reads the national register from CSV.
   *
   * @return the rows read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long registerCsv() throws IOException {
    return tables.readRegister(registerCsv, r -> {}).requireComplete().records();
  }

  /**
   * Reads the national register from .xlsx (after the zip check).
   *
   * @return the rows read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long registerXlsx() throws IOException {
    return tables.readRegister(registerXlsx, r -> {}).requireComplete().records();
  }

  /**
   * Reads every national answer from CSV.
   *
   * @return the answers read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long answersCsv() throws IOException {
    return tables.readAnswers(answersCsv, a -> {}).requireComplete().records();
  }
}
