package io.github.inovasi.io.table;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.inovasi.io.ReadLimits;
import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.RecordWriter;
import io.github.inovasi.io.internal.LimitExceededException;
import io.github.inovasi.io.internal.LimitedInputStream;
import io.github.inovasi.io.internal.ProblemLog;
import io.github.inovasi.io.internal.ZipGuard;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.kipp.EvaluatorScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;

/**
 * Reads and writes the tables people keep in spreadsheets: the innovation register (one row
 * per innovation, {@link RegisterEntry}), answers in long form (one row per region,
 * innovation and indicator, {@link AnswerEntry}), rankings ({@link RankingEntry}) and IID
 * breakdowns ({@link BreakdownEntry}), as CSV or .xlsx. The columns are described
 * in {@code docs/tables.md}.
 *
 * <p>Import accepts Indonesian and English headers ({@code nama_inovasi} or {@code name},
 * {@code tahapan} or {@code stage}), codes, Java names or labels for coded values
 * ({@code PENERAPAN}, {@code Penerapan}, {@code IMPLEMENTATION}), dates as {@code 2025-03-31}
 * or {@code 31/3/2025}, and {@code ya}/{@code tidak}. It refuses formulas (a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @}, or an Excel formula cell), text that is not
 * UTF-8, and files beyond the {@link ReadLimits} (size, cells, string length; for .xlsx the
 * unzipped size and compression ratio, checked before parsing). Every problem is reported with
 * its line, column and header. Export writes Indonesian headers and codes, ISO dates, and puts
 * a quote before text that a spreadsheet would run as a formula (removed again on import).
 *
 * <pre>{@code
 * InovasiTables tables = InovasiTables.create();
 * ReadReport report = tables.readRegister(Path.of("daftar-inovasi.xlsx"), rows::add);
 * try (RecordWriter<RegisterEntry> out = tables.registerWriter(stream, TableFormat.CSV)) {
 *   out.write(RegisterEntry.of(region, innovation));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class InovasiTables {
  private final ReadLimits limits;
  private final TableDialect dialect;
  private final CsvFactory csv;

  private InovasiTables(ReadLimits limits, TableDialect dialect) {
    this.limits = limits;
    this.dialect = dialect;
    this.csv =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .build())
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * Returns tables with the default limits.
   *
   * @return the default instance
   */
  public static InovasiTables create() {
    return new InovasiTables(ReadLimits.defaults(), TableDialect.detect());
  }

  /**
   * Returns a copy that reads with other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public InovasiTables withLimits(ReadLimits limits) {
    return new InovasiTables(Objects.requireNonNull(limits, "limits"), dialect);
  }

  /**
   * Returns a copy that reads files in a dialect: a CSV separator or encoding, or a worksheet,
   * given instead of detected. Writing is not affected (always UTF-8 with commas, first sheet).
   *
   * @param dialect the dialect
   * @return the copy
   */
  public InovasiTables withDialect(TableDialect dialect) {
    return new InovasiTables(limits, Objects.requireNonNull(dialect, "dialect"));
  }

  /**
   * Reads an innovation register, row by row.
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid row; its exceptions pass through unchanged
   * @return the count of rows passed on and every problem; incomplete when there is an error
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readRegister(Path file, Consumer<? super RegisterEntry> each) throws IOException {
    return read(file, RegisterTable.INSTANCE, each);
  }

  /**
   * Reads answers in long form, record by record (continuation rows merged).
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid answer
   * @return the count of answers passed on and every problem
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readAnswers(Path file, Consumer<? super AnswerEntry> each) throws IOException {
    return read(file, AnswerTable.INSTANCE, each);
  }

  /**
   * Reads a ranking, row by row: for instance last year's published ranking, to compare with
   * this year's (see {@link RankingEntry#toRankingEntry}).
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid row
   * @return the count of rows passed on and every problem; incomplete when there is an error
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readRankings(Path file, Consumer<? super RankingEntry> each) throws IOException {
    return read(file, ResultTables.RANKINGS, each);
  }

  /**
   * Reads IID breakdowns, row by row.
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid row
   * @return the count of rows passed on and every problem; incomplete when there is an error
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readBreakdowns(Path file, Consumer<? super BreakdownEntry> each) throws IOException {
    return read(file, ResultTables.BREAKDOWNS, each);
  }

  /**
   * Reads a KIPP proposal register, row by row: one proposal per row, one column per section
   * of the form (docs/tables.md).
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid proposal
   * @return the count of proposals passed on and every problem; incomplete when there is an error
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readKippProposals(Path file, Consumer<? super KippProposal> each) throws IOException {
    return read(file, KippProposalTable.INSTANCE, each);
  }

  /**
   * Reads KIPP evaluator scores, row by row: one row per proposal and evaluator, a column per
   * criterion from 0 to 100 (docs/tables.md).
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid row
   * @return the count of rows passed on and every problem; incomplete when there is an error
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport readKippScores(Path file, Consumer<? super EvaluatorScore> each) throws IOException {
    return read(file, KippScoreTable.INSTANCE, each);
  }

  /**
   * Reads a KIPP proposal register from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid proposal
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readKippProposals(
      InputStream in, String source, TableFormat format, Consumer<? super KippProposal> each) throws IOException {
    return read(in, source, format, KippProposalTable.INSTANCE, each);
  }

  /**
   * Reads KIPP evaluator scores from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readKippScores(
      InputStream in, String source, TableFormat format, Consumer<? super EvaluatorScore> each) throws IOException {
    return read(in, source, format, KippScoreTable.INSTANCE, each);
  }

  /**
   * Returns a writer of KIPP evaluator scores.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<EvaluatorScore> kippScoreWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, KippScoreTable.INSTANCE);
  }

  /**
   * Returns a writer of a KIPP proposal register.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<KippProposal> kippProposalWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, KippProposalTable.INSTANCE);
  }

  /**
   * Tells the kind of a table from its header row: an evaluator column ({@code penilai} or
   * {@code evaluator}) marks KIPP scores, a proposal-id column ({@code id_proposal} or
   * {@code proposal_id}) a KIPP proposal register, a rank column ({@code peringkat} or
   * {@code rank}) marks a ranking, an earned-points column ({@code poin_diperoleh} or
   * {@code earned}) a breakdown, an indicator-code column ({@code kode_indikator} or
   * {@code indicator_code}) answers; any other table is a register.
   *
   * @param file a .csv or .xlsx file
   * @return the kind, or empty when the header cannot be read
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public Optional<TableKind> detect(Path file) throws IOException {
    List<String> header = new ArrayList<>();
    read(file, new HeaderOnly(header), r -> {});
    if (header.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = header.stream().map(Cells::header).toList();
    if (names.contains("peringkat") || names.contains("rank")) {
      return Optional.of(TableKind.RANKINGS);
    }
    if (names.contains("penilai") || names.contains("evaluator")) {
      return Optional.of(TableKind.KIPP_SCORES);
    }
    if (names.contains("id_proposal") || names.contains("proposal_id")) {
      return Optional.of(TableKind.KIPP_PROPOSALS);
    }
    if (names.contains("poin_diperoleh") || names.contains("earned")) {
      return Optional.of(TableKind.BREAKDOWNS);
    }
    boolean answers = names.contains("kode_indikator") || names.contains("indicator_code");
    return Optional.of(answers ? TableKind.ANSWERS : TableKind.REGISTER);
  }

  /**
   * Checks a table of any kind (found from its header) and reports every problem.
   *
   * @param file a .csv or .xlsx file
   * @return the report; complete when the file is valid
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport validate(Path file) throws IOException {
    return validate(file, detect(file).orElse(TableKind.REGISTER));
  }

  /**
   * Checks a table as the given kind and reports every problem.
   *
   * @param file a .csv or .xlsx file
   * @param kind the kind the table must be
   * @return the report; complete when the file is valid
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport validate(Path file, TableKind kind) throws IOException {
    switch (kind) {
      case ANSWERS:
        return readAnswers(file, a -> {});
      case RANKINGS:
        return readRankings(file, r -> {});
      case BREAKDOWNS:
        return readBreakdowns(file, b -> {});
      case KIPP_PROPOSALS:
        return readKippProposals(file, p -> {});
      case KIPP_SCORES:
        return readKippScores(file, s -> {});
      default:
        return readRegister(file, r -> {});
    }
  }

  /** Reads nothing but the header row, for {@link #detect}. */
  private static final class HeaderOnly extends Table<Object> {
    private final List<String> header;

    HeaderOnly(List<String> header) {
      this.header = header;
    }

    @Override
    String name() {
      return "header";
    }

    @Override
    List<Column> columns() {
      return List.of();
    }

    @Override
    boolean acceptsHeader(List<String> cells) {
      header.addAll(cells);
      return false;
    }

    @Override
    Object read(RowCells row) {
      return null;
    }

    @Override
    List<List<Object>> write(Object record) {
      return List.of();
    }

    @Override
    Object key(Object record) {
      return record;
    }
  }

  /**
   * Reads an innovation register from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readRegister(
      InputStream in, String source, TableFormat format, Consumer<? super RegisterEntry> each)
      throws IOException {
    return read(in, source, format, RegisterTable.INSTANCE, each);
  }

  /**
   * Reads answers in long form from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid answer
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readAnswers(
      InputStream in, String source, TableFormat format, Consumer<? super AnswerEntry> each)
      throws IOException {
    return read(in, source, format, AnswerTable.INSTANCE, each);
  }

  /**
   * Returns a writer of an innovation register.
   *
   * @param out where to write; flushed, not closed, by {@link RecordWriter#close()}
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<RegisterEntry> registerWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, RegisterTable.INSTANCE);
  }

  /**
   * Returns a writer of answers in long form.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<AnswerEntry> answerWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, AnswerTable.INSTANCE);
  }

  /**
   * Joins an innovation register and an answers table into one assessment per region, for
   * an edition: the regions come from the directory, each with its region-level answers and
   * its innovations with their answers. Answers for an innovation missing from the register
   * and region codes missing from the directory are problems. Both tables are held in memory
   * while joining (a region's data is spread over the two files); agencies are not part of
   * the tables, so the assessments have none. No assessment is passed on when there is any
   * error.
   *
   * @param register the register, .csv or .xlsx
   * @param answers the answers in long form, .csv or .xlsx
   * @param editionId the edition, e.g. {@code iid-2026}
   * @param directory the regions, e.g. {@code RegionDirectory.kemendagri()}
   * @param each receives every assessment, in region-code order
   * @return the number of assessments and every problem of both files and the join
   * @throws IOException if a file cannot be read
   * @throws InovasiException if a file name has neither extension
   */
  public ReadReport readAssessments(
      Path register,
      Path answers,
      String editionId,
      io.github.inovasi.model.reference.RegionDirectory directory,
      Consumer<? super io.github.inovasi.model.Assessment> each)
      throws IOException {
    AssessmentAssembler assembler = new AssessmentAssembler();
    ReadReport registerReport = readRegister(register, assembler::add);
    ReadReport answersReport = readAnswers(answers, assembler::add);
    ProblemLog log = new ProblemLog(Optional.empty(), limits.maxProblems());
    long count = 0;
    if (registerReport.isComplete() && answersReport.isComplete()) {
      count = assembler.assemble(editionId, directory, Optional.of(answers.toString()), log, each);
    }
    return AssessmentAssembler.combine(registerReport, answersReport, count, log);
  }

  /**
   * Joins an innovation register and an answers table as {@link #readAssessments(Path, Path,
   * String, io.github.inovasi.model.reference.RegionDirectory, Consumer)} does, checking them
   * against an edition first, every problem located in the row and column of the file it is
   * in: an indicator code not in the edition (with the nearest code suggested), an answer
   * given twice, answers for an innovation or a region the register does not hold, a region
   * code not in the directory; mandatory indicators left unanswered are warnings. No
   * assessment is passed on when there is any error.
   *
   * @param register the register, .csv or .xlsx
   * @param answers the answers in long form, .csv or .xlsx
   * @param edition the edition whose catalogue the answers must use
   * @param allowUnknownIndicators true to keep answers with unknown codes as warnings (scoring
   *     then ignores them; {@link ReadReport#problems()} counts them)
   * @param directory the regions, e.g. {@code RegionDirectory.kemendagri()}
   * @param each receives every assessment, in region-code order
   * @return the number of assessments and every problem
   * @throws IOException if a file cannot be read
   * @throws InovasiException if a file name has neither extension
   */
  public ReadReport readAssessments(
      Path register,
      Path answers,
      io.github.inovasi.scoring.iid.IidEdition edition,
      boolean allowUnknownIndicators,
      io.github.inovasi.model.reference.RegionDirectory directory,
      Consumer<? super io.github.inovasi.model.Assessment> each)
      throws IOException {
    return join(this, register, this, answers, edition, allowUnknownIndicators, directory, each);
  }

  /**
   * Joins the register and answers sheets of one workbook, such as a filled
   * {@linkplain #writeTemplate template}: the sheets named {@code Daftar} and {@code Jawaban},
   * checked as {@link #readAssessments(Path, Path, io.github.inovasi.scoring.iid.IidEdition,
   * boolean, io.github.inovasi.model.reference.RegionDirectory, Consumer)} does.
   *
   * @param workbook the .xlsx workbook
   * @param edition the edition whose catalogue the answers must use
   * @param allowUnknownIndicators true to keep answers with unknown codes as warnings
   * @param directory the regions
   * @param each receives every assessment, in region-code order
   * @return the number of assessments and every problem
   * @throws IOException if the file cannot be read
   */
  public ReadReport readAssessments(
      Path workbook,
      io.github.inovasi.scoring.iid.IidEdition edition,
      boolean allowUnknownIndicators,
      io.github.inovasi.model.reference.RegionDirectory directory,
      Consumer<? super io.github.inovasi.model.Assessment> each)
      throws IOException {
    return join(withDialect(dialect.withSheet(TemplateWorkbook.REGISTER)), workbook,
        withDialect(dialect.withSheet(TemplateWorkbook.ANSWERS)), workbook, edition, allowUnknownIndicators, directory, each);
  }

  /**
   * Tells whether a file is a workbook with both a register and an answers sheet (named
   * {@code Daftar} and {@code Jawaban}, as in a {@linkplain #writeTemplate template}).
   *
   * @param file any file
   * @return true for such a workbook
   */
  public boolean isTemplateWorkbook(Path file) {
    if (TableFormat.of(file).orElse(null) != TableFormat.XLSX || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      ZipGuard.check(file, limits.maxDocumentBytes(), limits.maxCompressionRatio());
      try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
        List<String> names = wb.getSheets().map(sheet -> sheet.getName().strip().toLowerCase(java.util.Locale.ROOT)).toList();
        return names.contains("daftar") && names.contains("jawaban");
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Writes the fill-in workbook of an edition: bilingual instructions, the register sheet
   * ({@code Daftar}) and the answers sheet ({@code Jawaban}) with drop-down lists for coded
   * columns, every indicator with its levels' criteria and the evidence expected
   * ({@code Indikator}), and the code lists ({@code Kode}). Rows given are written under the
   * headers, so a template can start from last year's data.
   *
   * @param out where to write; not closed
   * @param edition the edition
   * @param register register rows to start with, often none
   * @param answers answer rows to start with, often none
   * @throws IOException if the stream fails
   */
  public void writeTemplate(OutputStream out, io.github.inovasi.scoring.iid.IidEdition edition,
      List<RegisterEntry> register, List<AnswerEntry> answers) throws IOException {
    TemplateWorkbook.write(out, edition, register, answers);
  }

  private static ReadReport join(
      InovasiTables registerTables,
      Path register,
      InovasiTables answersTables,
      Path answers,
      io.github.inovasi.scoring.iid.IidEdition edition,
      boolean allowUnknownIndicators,
      io.github.inovasi.model.reference.RegionDirectory directory,
      Consumer<? super io.github.inovasi.model.Assessment> each)
      throws IOException {
    JoinCheck check = new JoinCheck(EditionCheck.of(edition), allowUnknownIndicators);
    AssessmentAssembler assembler = new AssessmentAssembler();
    ReadReport registerReport = registerTables.read(register, check.register(), assembler::add);
    ReadReport answersReport = answersTables.read(answers, check.answers(), assembler::add);
    ProblemLog log = new ProblemLog(Optional.empty(), registerTables.limits.maxProblems());
    long count = 0;
    if (registerReport.isComplete() && answersReport.isComplete()) {
      check.check(directory, log);
      if (!log.hasErrors()) {
        count = assembler.assemble(edition.id(), directory, Optional.of(answers.toString()), log, each);
      }
    }
    return AssessmentAssembler.combine(registerReport, answersReport, count, log);
  }

  /**
   * Checks an answers table alone against an edition: every indicator code must be in the
   * edition's SPD part (rows without an innovation) or SID part, each problem at its row and
   * column with the nearest code suggested.
   *
   * @param answers the answers in long form, .csv or .xlsx
   * @param edition the edition whose catalogue the answers must use
   * @return the count of answers and every problem
   * @throws IOException if the file cannot be read
   * @throws InovasiException if the file name has neither extension
   */
  public ReadReport validateAnswers(Path answers, io.github.inovasi.scoring.iid.IidEdition edition) throws IOException {
    return read(answers, new JoinCheck(EditionCheck.of(edition), false).answers(), a -> {});
  }

  /**
   * Reads a ranking from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readRankings(
      InputStream in, String source, TableFormat format, Consumer<? super RankingEntry> each)
      throws IOException {
    return read(in, source, format, ResultTables.RANKINGS, each);
  }

  /**
   * Reads IID breakdowns from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readBreakdowns(
      InputStream in, String source, TableFormat format, Consumer<? super BreakdownEntry> each)
      throws IOException {
    return read(in, source, format, ResultTables.BREAKDOWNS, each);
  }

  /**
   * Returns a writer of rankings: one row per ranked region (category, rank, region, exact
   * index, rating, policy).
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<Ranking> rankingWriter(OutputStream out, TableFormat format) throws IOException {
    return expanding(rankingEntryWriter(out, format), RankingEntry::of);
  }

  /**
   * Returns a writer of ranking rows, for instance to convert a ranking read from CSV to .xlsx.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<RankingEntry> rankingEntryWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, ResultTables.RANKINGS);
  }

  /**
   * Returns a writer of IID breakdowns: one row per line of each score's breakdown (part,
   * code, innovation, points earned and lost, the reasons with their points), so a region sees
   * where every point came from and went.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<IidScore> breakdownWriter(OutputStream out, TableFormat format) throws IOException {
    return expanding(breakdownEntryWriter(out, format), BreakdownEntry::of);
  }

  /**
   * Returns a writer of breakdown rows.
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<BreakdownEntry> breakdownEntryWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, ResultTables.BREAKDOWNS);
  }

  /**
   * Returns a writer of improvement plans: one row per action of the plan, then the ranked
   * single actions (see {@link PlanEntry#of}).
   *
   * @param out where to write; flushed, not closed
   * @param format CSV or XLSX
   * @return the writer; close it to finish the file
   * @throws IOException if the stream fails
   */
  public RecordWriter<PlanEntry> planWriter(OutputStream out, TableFormat format) throws IOException {
    return writer(out, format, ResultTables.PLANS);
  }

  /**
   * Reads improvement plan rows, as {@link #planWriter} writes them.
   *
   * @param file a .csv or .xlsx file
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the file cannot be read
   */
  public ReadReport readPlans(Path file, Consumer<? super PlanEntry> each) throws IOException {
    return read(file, ResultTables.PLANS, each);
  }

  /**
   * Reads improvement plan rows from a stream.
   *
   * @param in the content; not closed
   * @param source the name used in problem locations, or {@code null}
   * @param format the format of the content
   * @param each receives every valid row
   * @return the count and every problem
   * @throws IOException if the stream fails
   */
  public ReadReport readPlans(InputStream in, String source, TableFormat format, Consumer<? super PlanEntry> each)
      throws IOException {
    return read(in, source, format, ResultTables.PLANS, each);
  }

  private static <T, R> RecordWriter<T> expanding(RecordWriter<R> rows, java.util.function.Function<T, List<R>> expand) {
    return new RecordWriter<>() {
      @Override
      public void write(T record) throws IOException {
        for (R row : expand.apply(record)) {
          rows.write(row);
        }
      }

      @Override
      public void close() throws IOException {
        rows.close();
      }
    };
  }

  private <T> ReadReport read(Path file, Table<T> table, Consumer<? super T> each) throws IOException {
    TableFormat format =
        TableFormat.of(file)
            .orElseThrow(() -> new InovasiException(file + ": a table must be a .csv or .xlsx file (save .xls or .ods as .xlsx) / tabel harus berkas .csv atau .xlsx (simpan .xls atau .ods sebagai .xlsx)"));
    if (format == TableFormat.XLSX) {
      return readXlsx(file, file.toString(), table, each);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), format, table, each);
    }
  }

  private <T> ReadReport read(
      InputStream in, String source, TableFormat format, Table<T> table, Consumer<? super T> each)
      throws IOException {
    if (format == TableFormat.XLSX) {
      // The workbook parser needs random access: copy to a temporary file, within the limit.
      Path copy = Files.createTempFile("inovasi-", ".xlsx");
      try {
        ProblemLog log = new ProblemLog(Optional.ofNullable(source), limits.maxProblems());
        try (OutputStream out = Files.newOutputStream(copy)) {
          new LimitedInputStream(in, limits.maxDocumentBytes()).transferTo(out);
        } catch (LimitExceededException e) {
          log.error(log.at().build(), "LIMIT_EXCEEDED", Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"), null, e.getMessage());
          return report(source, 0, log);
        }
        return readXlsx(copy, source, table, each);
      } finally {
        Files.deleteIfExists(copy);
      }
    }
    ProblemLog log = new ProblemLog(Optional.ofNullable(source), limits.maxProblems());
    long count = 0;
    CsvText text = CsvText.open(new LimitedInputStream(in, limits.maxDocumentBytes()), dialect, log);
    if (text != null) {
      try (RowSource rows = new CsvRows(csv, text.reader, text.separator, text.decimalComma())) {
        count = new TableReader<>(table, log, limits, each).read(rows);
      } catch (TableReader.ConsumerFailure e) {
        throw (RuntimeException) e.getCause();
      }
    }
    return report(source, count, log);
  }

  private <T> ReadReport readXlsx(Path file, String source, Table<T> table, Consumer<? super T> each)
      throws IOException {
    ProblemLog log = new ProblemLog(Optional.ofNullable(source), limits.maxProblems());
    try {
      ZipGuard.check(file, limits.maxDocumentBytes(), limits.maxCompressionRatio());
    } catch (LimitExceededException e) {
      log.error(log.at().build(), "LIMIT_EXCEEDED", Label.of("Batas keamanan terlampaui; pembacaan dihentikan", "Safety limit exceeded; reading stopped"), null, e.getMessage());
      return report(source, 0, log);
    } catch (IOException | RuntimeException e) {
      log.cause(e);
      log.error(log.at().build(), "NOT_A_WORKBOOK", Label.of("Bukan berkas .xlsx yang sah", "Not a valid .xlsx workbook"), "an .xlsx workbook", String.valueOf(e.getMessage()));
      return report(source, 0, log);
    }
    long count = 0;
    RowSource rows;
    try {
      rows = new XlsxRows(file.toFile(), dialect.sheet());
    } catch (XlsxRows.MissingSheetException e) {
      log.error(log.at().build(), "SHEET_NOT_FOUND", Label.of("Lembar kerja tidak ada", "No such worksheet"),
          "a sheet name or number", e.getMessage());
      return report(source, 0, log);
    } catch (IOException | RuntimeException e) {
      log.cause(e);
      log.error(log.at().build(), "NOT_A_WORKBOOK", Label.of("Bukan berkas .xlsx yang sah", "Not a valid .xlsx workbook"), "an .xlsx workbook", String.valueOf(e.getMessage()));
      return report(source, 0, log);
    }
    try (RowSource open = rows) {
      count = new TableReader<>(table, log, limits, each).read(open);
    } catch (TableReader.ConsumerFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (IOException | RuntimeException e) {
      log.cause(e);
      log.error(log.at().build(), "NOT_A_WORKBOOK", Label.of("Bukan berkas .xlsx yang sah", "Not a valid .xlsx workbook"), "an .xlsx workbook", String.valueOf(e.getMessage()));
    }
    return report(source, count, log);
  }

  private static ReadReport report(String source, long count, ProblemLog log) {
    return ReadReport.builder()
        .source(Optional.ofNullable(source))
        .records(count)
        .problems(log.problems())
        .build();
  }

  private <T> RecordWriter<T> writer(OutputStream out, TableFormat format, Table<T> table)
      throws IOException {
    RowSink sink;
    if (format == TableFormat.CSV) {
      CsvGenerator g = csv.createGenerator(out);
      g.setSchema(CsvSchema.emptySchema());
      sink = new RowSink.Csv(g);
    } else {
      sink = new RowSink.Xlsx(new Workbook(out, "Inovasi", "1.0"), table.name());
    }
    List<Object> header = new ArrayList<>();
    table.columns().forEach(c -> header.add(c.indonesian()));
    sink.row(header);
    return new RecordWriter<>() {
      @Override
      public void write(T record) throws IOException {
        for (List<Object> row : table.write(record)) {
          sink.row(row);
        }
      }

      @Override
      public void close() throws IOException {
        sink.close();
      }
    };
  }
}
