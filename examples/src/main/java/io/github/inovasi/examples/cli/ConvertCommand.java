package io.github.inovasi.examples.cli;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.AnswerEntry;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.RegisterEntry;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.io.table.TableKind;
import io.github.inovasi.io.table.RankingEntry;
import io.github.inovasi.io.table.BreakdownEntry;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.ReportedInnovation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inovasi convert INPUT OUTPUT}: converts between Inovasi's formats, record by record.
 * The input is read strictly; when it has any error nothing is written and every problem is
 * printed.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert between Inovasi's formats, record by record: a JSON document to canonical JSON"
          + " (pretty or --compact), assessments (JSON) to a register or answers table (CSV or"
          + " .xlsx, --table), a table from CSV to .xlsx or back.",
      "The input is checked first: when it has any error, every problem is printed and nothing is"
          + " written. The output's format follows its extension (.json, .csv, .xlsx); an input is"
          + " never overwritten, an existing file only with --force, and the file appears only"
          + " when complete."
    },
    footer = {
      "",
      "Examples:",
      "  inovasi convert nasional.json daftar-inovasi.xlsx --table register",
      "  inovasi convert nasional.json jawaban.csv --table answers",
      "  inovasi convert daftar-inovasi.xlsx daftar-inovasi.csv",
      "  inovasi convert daftar-inovasi.csv jawaban.csv nasional.json --edition iid-2026"
    })
public final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..3", paramLabel = "FILE",
      description = "INPUT OUTPUT, or REGISTER ANSWERS OUTPUT.json to join two tables into assessments.")
  List<Path> files;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition of assessments joined from tables, e.g. iid-2026.")
  String edition;

  private Path input;
  private Path output;
  private Path answersInput;

  @Option(names = "--table", paramLabel = "register|answers", defaultValue = "register",
      description = "The table written from assessments: register or answers. Default: ${DEFAULT-VALUE}.")
  String table;

  @Option(names = "--compact", description = "Write JSON without indentation.")
  boolean compact;

  private final InovasiJson json = InovasiJson.create();
  @picocli.CommandLine.Mixin TableOptions tableOptions;

  private InovasiTables tables;

  @Option(names = "--force", description = "Replace an existing output file (never an input, a folder or a device).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    input = files.get(0);
    output = files.get(files.size() - 1);
    answersInput = files.size() == 3 ? files.get(1) : null;
    List<Path> inputs = files.subList(0, files.size() - 1);
    tables = tableOptions.tables();
    for (Path in : inputs) {
      TableOptions.refuseLegacy(in);
      if (!Files.isRegularFile(in)) {
        throw new InovasiException("berkas tidak ditemukan: " + in + " / file not found: " + in);
      }
    }
    OutputFiles outputs = OutputFiles.of(inputs, force);
    outputs.check(output, OutputFiles.Format.JSON, OutputFiles.Format.CSV, OutputFiles.Format.XLSX);
    refuseInputLookalike();
    ReadReport[] report = new ReadReport[1];
    outputs.write(output, out -> report[0] = convert(out));
    spec.commandLine().getOut().println("wrote " + output + " (" + report[0].records() + " records from " + input + ")");
    return 0;
  }

  /**
   * An existing output of another kind than the one written is taken for an input given by
   * mistake (as when the OUTPUT of a join is forgotten), and refused even with --force.
   */
  private void refuseInputLookalike() throws IOException {
    if (!Files.isRegularFile(output) || answersInput != null) {
      return;
    }
    Optional<TableFormat> to = TableFormat.of(output);
    if (to.isEmpty()) {
      return;
    }
    Optional<TableKind> existing = tables.detect(output);
    TableKind written = TableFormat.of(input).isPresent()
        ? tables.detect(input).orElse(TableKind.REGISTER) : Formats.tableKind(table);
    if (existing.isPresent() && existing.get() != written) {
      throw new InovasiException(
          output + " sudah berisi tabel " + existing.get().name().toLowerCase(java.util.Locale.ROOT)
              + " dan tampak seperti masukan; tidak ditimpa (juga dengan --force). Untuk menggabungkan: "
              + "inovasi convert DAFTAR JAWABAN KELUARAN.json --edition ID / "
              + output + " already holds a " + existing.get().name().toLowerCase(java.util.Locale.ROOT)
              + " table and looks like an input; it is not overwritten (not even with --force). To join: "
              + "inovasi convert REGISTER ANSWERS OUTPUT.json --edition ID");
    }
  }

  private ReadReport convert(OutputStream out) throws IOException {
    Optional<TableFormat> from = TableFormat.of(input);
    Optional<TableFormat> to = TableFormat.of(output);
    if (answersInput != null) {
      if (from.isEmpty() || TableFormat.of(answersInput).isEmpty() || to.isPresent() || edition == null) {
        throw new InovasiException(
            "joining needs REGISTER (.csv/.xlsx) ANSWERS (.csv/.xlsx) OUTPUT.json and --edition");
      }
      RecordWriter<Assessment> w = json.writer(out, JsonKind.ASSESSMENTS);
      return finish(w, () -> tables.readAssessments(
          input, answersInput, edition, io.github.inovasi.model.reference.RegionDirectory.kemendagri(), unchecked(w::write)));
    }
    if (from.isPresent() && to.isPresent()) {
      TableKind kind = tables.detect(input).orElse(TableKind.REGISTER);
      if (kind == TableKind.ANSWERS) {
        RecordWriter<AnswerEntry> w = tables.answerWriter(out, to.get());
        return finish(w, () -> tables.readAnswers(input, unchecked(w::write)));
      }
      if (kind == TableKind.RANKINGS) {
        RecordWriter<RankingEntry> w = tables.rankingEntryWriter(out, to.get());
        return finish(w, () -> tables.readRankings(input, unchecked(w::write)));
      }
      if (kind == TableKind.BREAKDOWNS) {
        RecordWriter<BreakdownEntry> w = tables.breakdownEntryWriter(out, to.get());
        return finish(w, () -> tables.readBreakdowns(input, unchecked(w::write)));
      }
      RecordWriter<RegisterEntry> w = tables.registerWriter(out, to.get());
      return finish(w, () -> tables.readRegister(input, unchecked(w::write)));
    }
    if (from.isPresent()) {
      throw new InovasiException(
          "a table converts to another table; to make assessments give REGISTER ANSWERS OUTPUT.json --edition ID");
    }
    Optional<JsonKind<?>> detected = json.detect(input);
    if (detected.isEmpty()) {
      throw new InvalidInputException(input + " is not a valid Inovasi JSON document", json.validate(input).problems());
    }
    JsonKind<?> kind = detected.get();
    if (to.isEmpty()) {
      return copyJson(kind, out);
    }
    if (kind != JsonKind.ASSESSMENT && kind != JsonKind.ASSESSMENTS) {
      throw new InovasiException("only assessments convert to tables; " + input + " holds " + kind);
    }
    @SuppressWarnings("unchecked")
    JsonKind<Assessment> assessments = (JsonKind<Assessment>) kind;
    if (Formats.tableKind(table) == TableKind.ANSWERS) {
      RecordWriter<AnswerEntry> w = tables.answerWriter(out, to.get());
      return finish(w, () -> json.stream(input, assessments, unchecked(a -> answers(a, w))));
    }
    RecordWriter<RegisterEntry> w = tables.registerWriter(out, to.get());
    return finish(w, () -> json.stream(input, assessments, unchecked(a -> register(a, w))));
  }

  /** Reads the whole input into a writer. */
  interface Reading {
    ReadReport run() throws IOException;
  }

  /**
   * Runs a reading and finishes its writer. An input with problems is reported with every one
   * of them (the writer is abandoned, so its own complaint about an unfinished document cannot
   * hide them).
   */
  private ReadReport finish(RecordWriter<?> writer, Reading reading) throws IOException {
    ReadReport report;
    try {
      report = reading.run();
    } catch (IOException | RuntimeException e) {
      abandon(writer, e);
      throw e;
    }
    if (!report.isComplete()) {
      abandon(writer, null);
      long errors = report.problems().stream().filter(io.github.inovasi.model.Problem::isError).count();
      throw new InvalidInputException(
          input + ": " + errors + " masalah, tidak ada yang ditulis / " + errors
              + (errors == 1 ? " problem" : " problems") + ", nothing was written",
          report.problems());
    }
    writer.close();
    return report;
  }

  private static void abandon(RecordWriter<?> writer, Exception failure) {
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  private <T> ReadReport copyJson(JsonKind<T> kind, OutputStream out) throws IOException {
    InovasiJson writer = compact ? json.compact() : json;
    RecordWriter<T> w = writer.writer(out, kind);
    return finish(w, () -> json.stream(input, kind, unchecked(w::write)));
  }

  private static void register(Assessment a, RecordWriter<RegisterEntry> w) throws IOException {
    for (ReportedInnovation r : a.innovations()) {
      w.write(RegisterEntry.of(a.region().code(), r.innovation()));
    }
  }

  private static void answers(Assessment a, RecordWriter<AnswerEntry> w) throws IOException {
    for (var answer : a.regionAnswers()) {
      w.write(AnswerEntry.of(a.region().code(), Optional.empty(), answer));
    }
    for (ReportedInnovation r : a.innovations()) {
      for (var answer : r.answers()) {
        w.write(AnswerEntry.of(a.region().code(), Optional.of(r.innovation().id()), answer));
      }
    }
  }

  /** A consumer that may throw IOException. */
  interface IoConsumer<T> {
    void accept(T value) throws IOException;
  }

  private static <T> java.util.function.Consumer<T> unchecked(IoConsumer<T> consumer) {
    return value -> {
      try {
        consumer.accept(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
