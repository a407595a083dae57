package io.github.inovasi.examples.cli;

import io.github.inovasi.io.ReadReport;
import io.github.inovasi.io.json.InovasiJson;
import io.github.inovasi.io.json.JsonKind;
import io.github.inovasi.io.table.EditionCheck;
import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.io.table.TableKind;
import io.github.inovasi.io.table.TableFormat;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Answer;
import io.github.inovasi.model.ReportedInnovation;
import io.github.inovasi.scoring.iid.IidEdition;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.Ineligibility;
import io.github.inovasi.scoring.kipp.KippYear;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inovasi validate FILE...}: checks Inovasi JSON documents, CSV and .xlsx tables and
 * prints every problem with its location. Exit code 0 when every file is valid (warnings
 * allowed), 1 otherwise.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check Inovasi files (JSON documents, CSV and .xlsx tables) and print every problem with"
          + " its location. Exit code 0 when all are valid, 1 otherwise.",
      "The kind is read from a JSON document's \"kind\" field (or an IID edition, rubric or KIPP year"
          + " file's \"format\"), or a table's header row, or given with --kind."
    },
    footer = {
      "",
      "Examples:",
      "  inovasi validate penilaian-2026.json",
      "  inovasi validate --lang id daftar-inovasi.xlsx jawaban.csv"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check (.json, .csv, .xlsx).")
  List<Path> files;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "The kind of every file: a JSON kind (${COMPLETION-CANDIDATES}) or register, answers, rankings, breakdowns.",
      completionCandidates = Kinds.class)
  String kind;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The IID edition answers are checked against (tables: default the current one; JSON"
          + " assessments: default each one's editionId); when given, also its eligibility and evidence"
          + " checks on JSON assessments (innovations that would not count and why, answers that score 0"
          + " for want of evidence).")
  String edition;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of the messages: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  String language;

  private IidEdition tableEdition;

  @picocli.CommandLine.Mixin TableOptions tableOptions;

  /** The kinds --kind accepts. */
  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      List<String> all = new java.util.ArrayList<>();
      JsonKind.all().forEach(k -> all.add(k.id()));
      all.add("register");
      all.add("answers");
      all.add("rankings");
      all.add("breakdowns");
      all.add("edition");
      all.add("rubric");
      all.add("kipp-year");
      return all.iterator();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = Locale.forLanguageTag(language);
    boolean allValid = true;
    for (Path file : files) {
      ReadReport report = check(file);
      for (Problem p : report.problems()) {
        out.println(p.severity() + " " + p.code() + " " + p.describe(locale));
      }
      long ruleWarnings = 0;
      if (edition != null && report.isComplete() && TableFormat.of(file).isEmpty() && !isEditionFile(file)) {
        List<Problem> rules = editionChecks(file);
        rules.forEach(p -> out.println(p.severity() + " " + p.code() + " " + p.describe(locale)));
        ruleWarnings = rules.size();
      }
      long errors = report.problems().stream().filter(Problem::isError).count();
      out.println(
          report.isComplete()
              ? "OK " + file + " (" + report.records() + (report.records() == 1 ? " record" : " records") + warnings(report)
                  + (ruleWarnings == 0 ? "" : ", " + ruleWarnings + " under " + edition) + ")"
              : "INVALID " + file + " (" + errors + (errors == 1 ? " error" : " errors") + warnings(report) + ")");
      allValid &= report.isComplete();
      if (report.isComplete()) {
        kindOf(file).ifPresent(k -> valid.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(file));
      }
    }
    List<Path> registers = valid.getOrDefault(TableKind.REGISTER, List.of());
    List<Path> answers = valid.getOrDefault(TableKind.ANSWERS, List.of());
    if (registers.size() == 1 && answers.size() == 1) {
      allValid &= join(registers.get(0), answers.get(0), out, locale);
    }
    return allValid ? 0 : 1;
  }

  private boolean isEditionFile(Path file) {
    try {
      return "edition".equalsIgnoreCase(kind) || (kind == null && hasFormat(file, "inovasi-iid-edition"));
    } catch (IOException e) {
      return false;
    }
  }

  private final java.util.Map<TableKind, List<Path>> valid = new java.util.EnumMap<>(TableKind.class);

  private Optional<TableKind> kindOf(Path file) {
    try {
      if (TableFormat.of(file).isEmpty() || tableOptions.tables().isTemplateWorkbook(file)) {
        return Optional.empty();
      }
      return kind != null ? Optional.of(Formats.tableKind(kind)) : tableOptions.tables().detect(file);
    } catch (IOException | InovasiException e) {
      return Optional.empty();
    }
  }

  /**
   * The edition's eligibility and evidence checks, as warnings located in the assessment: each
   * innovation that would not count with every reason, each answer with a level but no evidence
   * (which the guideline scores 0, reference §4.2), and the score's own notes.
   */
  private List<Problem> editionChecks(Path file) {
    IidScorer scorer = IidScorer.of(IidEdition.bundled(edition));
    List<Problem> out = new ArrayList<>();
    ScoringInput.forEach(List.of(file), a -> {
      IidScore s = scorer.score(a);
      out.addAll(s.problems());
      for (int j = 0; j < a.innovations().size(); j++) {
        ReportedInnovation r = a.innovations().get(j);
        for (Ineligibility why : s.eligibility().get(j).reasons()) {
          out.add(ruleWarning(why.reason().name(), "innovations[" + j + "]", why.detail()));
        }
        noEvidence("innovations[" + j + "].answers", r.answers(), out);
      }
      noEvidence("regionAnswers", a.regionAnswers(), out);
    });
    return out;
  }

  private static void noEvidence(String path, List<Answer> answers, List<Problem> out) {
    for (int i = 0; i < answers.size(); i++) {
      Answer x = answers.get(i);
      if (x.claimedLevel().isPresent() && x.evidence().isEmpty()) {
        int level = x.claimedLevel().getAsInt();
        out.add(ruleWarning("NO_EVIDENCE", path + "[" + i + "]", Label.of(
            "Indikator " + x.indicatorCode() + " diklaim tingkat " + level + " tanpa bukti dukung; dinilai 0",
            "Indicator " + x.indicatorCode() + " claims level " + level + " without evidence; it scores 0")));
      }
    }
  }

  private static Problem ruleWarning(String code, String path, Label message) {
    return Problem.builder().code(code).severity(Problem.Severity.WARNING).location(Location.ofPath(path))
        .message(message).build();
  }

  /**
   * Checks a register and its answers table against each other and the edition: answers for
   * innovations or regions the register lacks, regions not in the Kemendagri list, mandatory
   * indicators unanswered, each at its row and column.
   */
  private boolean join(Path register, Path answers, PrintWriter out, Locale locale) {
    ReadReport report;
    try {
      report = tableOptions.tables().readAssessments(register, answers, tableEdition(), false,
          io.github.inovasi.model.reference.RegionDirectory.kemendagri(), a -> {});
    } catch (IOException e) {
      report = unreadable(register, "UNREADABLE", Label.of("Berkas tidak terbaca", "File cannot be read"), String.valueOf(e.getMessage()));
    }
    for (Problem p : report.problems()) {
      out.println(p.severity() + " " + p.code() + " " + p.describe(locale));
    }
    long errors = report.problems().stream().filter(Problem::isError).count();
    String both = register + " + " + answers;
    out.println(report.isComplete()
        ? "OK " + both + " (" + report.records() + (report.records() == 1 ? " assessment" : " assessments") + ", "
            + tableEdition().id() + warnings(report) + ")"
        : "INVALID " + both + " (" + errors + (errors == 1 ? " error" : " errors") + warnings(report) + ")");
    return report.isComplete();
  }

  /** The edition of answers tables: chosen, or the current one, said once. */
  private IidEdition tableEdition() {
    if (tableEdition == null) {
      String id = edition != null ? edition : ScoringInput.currentEdition(spec.commandLine().getErr());
      tableEdition = IidEdition.bundled(id);
    }
    return tableEdition;
  }

  private static String warnings(ReadReport report) {
    long n = report.problems().stream().filter(p -> !p.isError()).count();
    return n == 0 ? "" : ", " + n + (n == 1 ? " warning" : " warnings");
  }

  /** Checks one file; an unreadable file is a problem of its own, never a stack trace. */
  ReadReport check(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      TableOptions.refuseLegacy(file);
      Optional<TableFormat> table = TableFormat.of(file);
      if (table.isPresent()) {
        InovasiTables tables = tableOptions.tables();
        if (kind == null && tableOptions.sheet == null && tables.isTemplateWorkbook(file)) {
          return tables.readAssessments(file, tableEdition(), false,
              io.github.inovasi.model.reference.RegionDirectory.kemendagri(), a -> {});
        }
        TableKind tableKind = kind == null ? tables.detect(file).orElse(TableKind.REGISTER) : Formats.tableKind(kind);
        if (tableKind == TableKind.ANSWERS) {
          return tables.validateAnswers(file, tableEdition());
        }
        return tables.validate(file, tableKind);
      }
      if ("edition".equalsIgnoreCase(kind) || (kind == null && hasFormat(file, "inovasi-iid-edition"))) {
        return checked(file, IidEdition::read);
      }
      if ("rubric".equalsIgnoreCase(kind) || (kind == null && hasFormat(file, "inovasi-rubric"))) {
        return checked(file, Rubric::read);
      }
      if ("kipp-year".equalsIgnoreCase(kind) || (kind == null && hasFormat(file, "inovasi-kipp-year"))) {
        return checked(file, KippYear::read);
      }
      InovasiJson json = InovasiJson.create();
      ReadReport report = kind == null ? json.validate(file) : json.stream(file, Formats.jsonKind(kind), r -> {});
      return report.isComplete() ? againstEdition(json, file, report) : report;
    } catch (NoSuchFileException e) {
      return unreadable(file, "FILE_NOT_FOUND", Label.of("Berkas tidak ditemukan", "File not found"), e.getMessage());
    } catch (IOException e) {
      return unreadable(file, "UNREADABLE", Label.of("Berkas tidak terbaca", "File cannot be read"), String.valueOf(e.getMessage()));
    } catch (InovasiException e) {
      return unreadable(file, "UNSUPPORTED_FILE", Label.of("Berkas tidak didukung", "Unsupported file"), e.getMessage());
    }
  }

  /** Checks the indicator codes of valid JSON assessments against their edition. */
  private ReadReport againstEdition(InovasiJson json, Path file, ReadReport report) throws IOException {
    Optional<JsonKind<?>> detected = json.detect(file);
    if (detected.isEmpty() || (detected.get() != JsonKind.ASSESSMENT && detected.get() != JsonKind.ASSESSMENTS)) {
      return report;
    }
    @SuppressWarnings("unchecked")
    JsonKind<io.github.inovasi.model.Assessment> k = (JsonKind<io.github.inovasi.model.Assessment>) detected.get();
    List<Problem> found = new java.util.ArrayList<>();
    json.stream(file, k, a -> {
      String id = edition != null ? edition : a.editionId();
      if (IidEdition.bundledIds().contains(id)) {
        found.addAll(EditionCheck.of(IidEdition.bundled(id)).check(a, file.toString(), Problem.Severity.ERROR));
      }
    });
    return found.isEmpty() ? report
        : ReadReport.builder().from(report).addAllProblems(found).build();
  }

  /** An IID edition, rubric or KIPP year file names its format near its start. */
  private static boolean hasFormat(Path file, String format) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      return head.matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"" + format + "\".*");
    }
  }

  /** Checks an edition, rubric or KIPP year file with the scoring module's own reader. */
  private static ReadReport checked(Path file, java.util.function.Consumer<Path> reader) {
    try {
      reader.accept(file);
      return ReadReport.builder().source(file.toString()).records(1).build();
    } catch (InvalidInputException e) {
      return ReadReport.builder().source(file.toString()).records(0).addAllProblems(e.problems()).build();
    }
  }

  private static ReadReport unreadable(Path file, String code, Label message, String found) {
    return ReadReport.builder()
        .source(file.toString())
        .records(0)
        .addProblems(
            Problem.builder()
                .code(code)
                .location(Location.builder().source(file.toString()).build())
                .message(message)
                .found(found)
                .build())
        .build();
  }
}
