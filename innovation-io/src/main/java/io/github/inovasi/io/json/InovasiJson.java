package io.github.inovasi.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.internal.Encodings;
import io.github.inovasi.io.internal.LimitedInputStream;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.iid.IidScore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and writes Inovasi's versioned JSON documents ({@code {"formatVersion": 1, "kind":
 * "assessments", ...}}, see {@code docs/json-format.md}), strictly and in a stream.
 *
 * <p>Reading reports every problem of the document at once, each with its JSON pointer, line
 * and column, the field, what was expected and what was found, in Indonesian and English.
 * Unknown fields, {@code null}s and missing fields are errors; nothing is defaulted. Records are
 * built one at a time through the model's public builders, so memory is bounded by one record,
 * and the {@link ReadLimits} stop hostile documents early.
 *
 * <pre>{@code
 * InovasiJson json = InovasiJson.create();
 * ImmutableList<Region> regions = json.read(Path.of("regions.json"), JsonKind.REGIONS);
 *
 * ReadReport report = json.stream(Path.of("national.json"), JsonKind.ASSESSMENTS, staged::add);
 * if (!report.isComplete()) { ... report.problems() ... }
 *
 * try (RecordWriter<Assessment> out = json.writer(stream, JsonKind.ASSESSMENTS)) {
 *   assessments.forEach(a -> out.write(a));
 * }
 * }</pre>
 *
 * <p>To bind Inovasi values inside your own documents with an {@code ObjectMapper}, register
 * {@link InovasiModule} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class InovasiJson {
  private final ReadLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private InovasiJson(ReadLimits limits, boolean pretty) {
    this.limits = limits;
    this.pretty = pretty;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(Math.min(limits.maxStringLength(), 1_000))
                    .maxNumberLength(limits.maxNumberLength())
                    .build())
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * Returns a reader and writer with the default limits, writing indented JSON.
   *
   * @return the default instance
   */
  public static InovasiJson create() {
    return new InovasiJson(ReadLimits.defaults(), true);
  }

  /**
   * Returns a copy that reads with other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public InovasiJson withLimits(ReadLimits limits) {
    return new InovasiJson(Objects.requireNonNull(limits, "limits"), pretty);
  }

  /**
   * Returns a copy that writes compact JSON (no indentation), for machine exchange.
   *
   * @return the copy
   */
  public InovasiJson compact() {
    return new InovasiJson(limits, false);
  }

  /**
   * Returns the limits reads enforce.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document record by record, passing each valid record to {@code each} as soon as
   * it is read, and reports every problem of the whole document. The caller's stream is not
   * closed.
   *
   * @param <T> the record type
   * @param in the document, UTF-8
   * @param source the name used in problem locations (a file name), or {@code null}
   * @param kind the kind of document expected
   * @param each receives every valid record; its exceptions pass through unchanged
   * @return the number of records and every problem; incomplete when there is any error
   * @throws IOException if the stream itself fails
   */
  public <T> ReadReport stream(
      InputStream in, String source, JsonKind<T> kind, Consumer<? super T> each)
      throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(each, "each");
    ProblemLog log = new ProblemLog(Optional.ofNullable(source), limits.maxProblems());
    long count = 0;
    LimitedInputStream limited = new LimitedInputStream(in, limits.maxDocumentBytes());
    InputStream utf8 = Encodings.utf8(limited, log);
    if (utf8 != null) {
      try (JsonParser p = factory.createParser(utf8)) {
        count = new DocumentReader<>(new JsonIn(p, log), kind, each).reading(limited).read();
      } catch (DocumentReader.ConsumerFailure e) {
        throw (RuntimeException) e.getCause();
      }
    }
    return ReadReport.builder()
        .source(Optional.ofNullable(source))
        .records(count)
        .problems(log.problems())
        .build();
  }

  /**
   * Reads a file record by record; see {@link #stream(InputStream, String, JsonKind, Consumer)}.
   *
   * @param <T> the record type
   * @param file the document
   * @param kind the kind expected
   * @param each receives every valid record
   * @return the number of records and every problem
   * @throws IOException if the file cannot be read
   */
  public <T> ReadReport stream(Path file, JsonKind<T> kind, Consumer<? super T> each)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return stream(in, file.toString(), kind, each);
    }
  }

  /**
   * Reads every record of a document.
   *
   * @param <T> the record type
   * @param in the document, UTF-8
   * @param source the name used in problem locations, or {@code null}
   * @param kind the kind of document expected
   * @return the records, in document order
   * @throws InvalidInputException with every problem, when the document has any error
   * @throws IOException if the stream itself fails
   */
  public <T> ImmutableList<T> read(InputStream in, String source, JsonKind<T> kind)
      throws IOException {
    ImmutableList.Builder<T> records = ImmutableList.builder();
    stream(in, source, kind, records::add).requireComplete();
    return records.build();
  }

  /**
   * Reads every record of a file.
   *
   * @param <T> the record type
   * @param file the document
   * @param kind the kind expected
   * @return the records
   * @throws InvalidInputException with every problem, when the document has any error
   * @throws IOException if the file cannot be read
   */
  public <T> ImmutableList<T> read(Path file, JsonKind<T> kind) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), kind);
    }
  }

  /**
   * Reads a document of JSON text, e.g. a request body in a portal.
   *
   * @param <T> the record type
   * @param json the document
   * @param kind the kind expected
   * @return the records
   * @throws InvalidInputException with every problem, when the document has any error
   */
  public <T> ImmutableList<T> readString(String json, JsonKind<T> kind) {
    try {
      return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, kind);
    } catch (IOException e) {
      throw new InovasiException("reading from memory failed", e);
    }
  }

  /**
   * Tells what kind of document a file is, from its {@code kind} field.
   *
   * @param file the document
   * @return the kind, or empty when the file has no known kind (or is not JSON)
   * @throws IOException if the file cannot be read
   */
  public Optional<JsonKind<?>> detect(Path file) throws IOException {
    return scan(file, new ProblemLog(Optional.of(file.toString()), limits.maxProblems()))
        .flatMap(JsonKind::byId);
  }

  /**
   * Checks a file of any kind, found from its {@code kind} field, and reports every problem.
   *
   * @param file the document
   * @return the report; complete when the file is valid
   * @throws IOException if the file cannot be read
   */
  public ReadReport validate(Path file) throws IOException {
    ProblemLog log = new ProblemLog(Optional.of(file.toString()), limits.maxProblems());
    Optional<String> text = scan(file, log);
    Optional<JsonKind<?>> kind = text.flatMap(JsonKind::byId);
    if (kind.isPresent()) {
      return stream(file, kind.get(), r -> {});
    }
    if (!log.hasErrors()) {
      log.error(
          log.at().line(1).column(1).build(),
          text.isPresent() ? "UNKNOWN_KIND" : "MISSING_FIELD",
          text.isPresent()
              ? Label.of("Jenis dokumen tidak dikenal", "Unknown kind of document")
              : Label.of("Kolom wajib tidak ada: kind", "Required field missing: kind"),
          "a kind: " + JsonKind.all(),
          text.orElse(null));
    }
    return ReadReport.builder().source(file.toString()).records(0).problems(log.problems()).build();
  }

  private Optional<String> scan(Path file, ProblemLog log) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream utf8 = Encodings.utf8(new LimitedInputStream(raw, limits.maxDocumentBytes()), log);
      if (utf8 == null) {
        return Optional.empty();
      }
      try (JsonParser p = factory.createParser(utf8)) {
        return DocumentReader.scanKind(new JsonIn(p, log));
      }
    }
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of a kind of document, the same text as
   * {@code docs/schema/<kind>.schema.json}, for a portal that validates what it sends.
   *
   * @param kind the kind of document
   * @return the schema text
   */
  public static String schema(JsonKind<?> kind) {
    return JsonSchemas.published(kind);
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of the documents {@link #writeResults}
   * writes, the same text as {@code docs/schema/results.schema.json}.
   *
   * @return the schema text
   */
  public static String resultsSchema() {
    return JsonSchemas.published(JsonKind.RESULTS);
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of the documents {@link #writeRankings}
   * writes, the same text as {@code docs/schema/rankings.schema.json}.
   *
   * @return the schema text
   */
  public static String rankingsSchema() {
    return JsonSchemas.published(JsonKind.RANKINGS);
  }

  /**
   * Writes a document. The caller's stream is flushed, not closed.
   *
   * @param <T> the record type
   * @param out where to write, UTF-8
   * @param kind the kind of document
   * @param records the records; exactly one for a single-record kind
   * @throws IOException if the stream fails
   */
  public <T> void write(OutputStream out, JsonKind<T> kind, Iterable<? extends T> records)
      throws IOException {
    try (RecordWriter<T> w = writer(out, kind)) {
      for (T record : records) {
        w.write(record);
      }
    }
  }

  /**
   * Writes a document as text.
   *
   * @param <T> the record type
   * @param kind the kind of document
   * @param records the records
   * @return the JSON text
   */
  public <T> String writeString(JsonKind<T> kind, Iterable<? extends T> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out, kind, records);
    } catch (IOException e) {
      throw new InovasiException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes scoring results as a {@code "kind": "results"} document ({@link JsonKind#RESULTS}):
   * each IID score in full (figures, eligibility, indicator scores, the breakdown of every point
   * and the problems found). See {@code docs/json-format.md}; read it back with {@code
   * read(file, JsonKind.RESULTS)}.
   *
   * @param out where to write; flushed, not closed
   * @param results the results
   * @throws IOException if the stream fails
   * @throws InovasiException for a result that is not an IID score, which has no results shape
   */
  public void writeResults(OutputStream out, Iterable<? extends ScoreResult> results) throws IOException {
    try (RecordWriter<IidScore> w = writer(out, JsonKind.RESULTS)) {
      for (ScoreResult r : results) {
        if (!(r instanceof IidScore)) {
          throw new InovasiException("Hasil " + r.policyId() + " bukan skor IID; dokumen results "
              + "hanya memuat skor IID / Result of " + r.policyId() + " is not an IID score; a "
              + "results document holds IID scores only");
        }
        w.write((IidScore) r);
      }
    }
  }

  /**
   * Writes rankings as a {@code "kind": "rankings"} document ({@link JsonKind#RANKINGS}): per
   * category, the entries with their rank and score summary.
   *
   * @param out where to write; flushed, not closed
   * @param rankings the rankings
   * @throws IOException if the stream fails
   */
  public void writeRankings(OutputStream out, Iterable<Ranking> rankings) throws IOException {
    write(out, JsonKind.RANKINGS, rankings);
  }

  /**
   * Returns a writer that writes a document record by record.
   *
   * @param <T> the record type
   * @param out where to write, UTF-8; flushed but not closed by {@link RecordWriter#close()}
   * @param kind the kind of document
   * @return the writer; close it to finish the document
   * @throws IOException if the stream fails
   */
  public <T> RecordWriter<T> writer(OutputStream out, JsonKind<T> kind) throws IOException {
    JsonGenerator g = factory.createGenerator(out);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    return new JsonRecordWriter<>(g, kind);
  }
}
