package io.github.inovasi.examples.cli;

import io.github.inovasi.io.table.InovasiTables;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.kipp.EvaluationResult;
import io.github.inovasi.scoring.kipp.EvaluatorScore;
import io.github.inovasi.scoring.kipp.KippCriterion;
import io.github.inovasi.scoring.kipp.KippElement;
import io.github.inovasi.scoring.kipp.KippEvaluation;
import io.github.inovasi.scoring.kipp.KippScreening;
import io.github.inovasi.scoring.kipp.KippSelection;
import io.github.inovasi.scoring.kipp.KippYear;
import io.github.inovasi.scoring.kipp.ProposalEvaluation;
import io.github.inovasi.scoring.kipp.ProposalScreening;
import io.github.inovasi.scoring.kipp.ScreeningResult;
import io.github.inovasi.scoring.kipp.SelectionLine;
import io.github.inovasi.scoring.kipp.SelectionResult;
import io.github.inovasi.scoring.kipp.Tie;
import io.github.inovasi.scoring.rubric.Criterion;
import io.github.inovasi.scoring.rubric.Rubric;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi kipp}: KemenPAN-RB's KIPP proposals, as the organisation bureau works them. */
@Command(
    name = "kipp",
    mixinStandardHelpOptions = true,
    description = {
      "KemenPAN-RB's Kompetisi Inovasi Pelayanan Publik (KIPP): screen a proposal register,"
          + " evaluate it with evaluator scores, select the finalists of a tier.",
      "Input: a KIPP proposal register (.csv or .xlsx, docs/tables.md)."
    },
    subcommands = {KippCommand.Screen.class, KippCommand.Evaluate.class, KippCommand.Select.class})
public final class KippCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Prints the usage when no subcommand is given. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every KIPP subcommand shares: the register, the language and JSON output. */
  static final class Common {
    @Parameters(index = "0", paramLabel = "FILE", description = "A KIPP proposal register (.csv or .xlsx).")
    Path file;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
        description = "Language of the output: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
    String language;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    Locale locale() {
      return Locale.forLanguageTag(language);
    }

    String t(String indonesian, String english) {
      return Label.of(indonesian, english).in(locale());
    }

    List<KippProposal> proposals() {
      List<KippProposal> out = new ArrayList<>();
      try {
        InovasiTables.create().readKippProposals(file, out::add).requireComplete();
      } catch (IOException e) {
        throw new InovasiException("Tidak dapat membaca / Cannot read " + file + ": " + e.getMessage(), e);
      }
      return out;
    }
  }

  /** Options choosing the year and supplying what its sources do not give. */
  static final class YearOptions {
    @Option(names = "--year", paramLabel = "YEAR", description = "Bundled KIPP year (2020, 2021, 2022, 2023, 2025).")
    Integer year;

    @Option(names = "--year-file", paramLabel = "FILE", description = "A KIPP year file (format inovasi-kipp-year).")
    Path yearFile;

    @Option(names = "--deadline", paramLabel = "DATE", description = "The registration deadline (YYYY-MM-DD); no source gives it.")
    LocalDate deadline;

    @Option(names = "--min-age", paramLabel = "GROUP=YEARS", split = ",",
        description = "Minimum age per group in years, where the year does not give it (UMUM=2,KHUSUS=2).")
    Map<String, Integer> minAge;

    @Option(names = "--quota", paramLabel = "GROUP=N", split = ",",
        description = "Proposals per institution per group, where the year does not give them (UMUM=10,REPLIKASI=5).")
    Map<String, Integer> quota;

    @Option(names = "--passing-grade", paramLabel = "SCORE",
        description = "The replication group's passing grade, where the year does not give it.")
    BigDecimal passingGrade;

    KippYear resolve() {
      if ((year == null) == (yearFile == null)) {
        throw new InovasiException("Berikan tepat satu dari --year atau --year-file / Give exactly one of --year or --year-file");
      }
      KippYear y = yearFile != null ? KippYear.read(yearFile) : KippYear.bundled(year);
      if (deadline != null) {
        y = y.withDeadline(deadline);
      }
      if (minAge != null) {
        Map<KippGroup, Period> ages = new EnumMap<>(KippGroup.class);
        minAge.forEach((g, n) -> ages.put(KippGroup.ofCode(g), Period.ofYears(n)));
        y = y.withMinimumAge(ages);
      }
      if (quota != null) {
        Map<KippGroup, Integer> q = new EnumMap<>(KippGroup.class);
        quota.forEach((g, n) -> q.put(KippGroup.ofCode(g), n));
        y = y.withQuotaPerInstitution(q);
      }
      if (passingGrade != null) {
        y = y.withPassingGrade(passingGrade);
      }
      return y;
    }
  }

  /** Options of evaluation: the scores and the weights. */
  static final class ScoreOptions {
    @Option(names = "--scores", paramLabel = "FILE", required = true,
        description = "Evaluator scores (.csv or .xlsx): one row per proposal and evaluator, a column per criterion.")
    Path scores;

    @Option(names = "--weight", paramLabel = "CRITERION=W", split = ",",
        description = "Your own weights for all five criteria (KEBARUAN=2,EFEKTIF=1,...); default: equal, provisional.")
    Map<String, BigDecimal> weights;

    @Option(names = "--rubric", paramLabel = "FILE",
        description = "Your own rubric file (format inovasi-rubric, unit proposal, the five criteria; docs/kipp.md);"
            + " default: the bundled kipp-evaluation, equal weights, provisional.")
    Path rubric;

    EvaluationResult evaluate(List<KippProposal> proposals) {
      List<EvaluatorScore> rows = new ArrayList<>();
      try {
        InovasiTables.create().readKippScores(scores, rows::add).requireComplete();
      } catch (IOException e) {
        throw new InovasiException("Tidak dapat membaca / Cannot read " + scores + ": " + e.getMessage(), e);
      }
      KippEvaluation evaluation = rubric != null ? KippEvaluation.of(Rubric.read(rubric)) : KippEvaluation.standard();
      if (weights != null) {
        Map<KippCriterion, BigDecimal> w = new EnumMap<>(KippCriterion.class);
        weights.forEach((c, v) -> w.put(KippCriterion.ofCode(c), v));
        evaluation = evaluation.withWeights(w);
      }
      return evaluation.evaluate(proposals, rows);
    }
  }

  /** {@code inovasi kipp screen}. */
  @Command(name = "screen", mixinStandardHelpOptions = true,
      description = "Administrative screening: every reason a proposal would be rejected, located in it.",
      footer = {"", "Example:", "  inovasi kipp screen docs/samples/kipp-proposals-rote-ndao-2022.csv --year 2022"
          + " --deadline 2022-06-30 --min-age UMUM=2,KHUSUS=2 --quota UMUM=2"})
  static final class Screen implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;
    @Mixin YearOptions year;

    @Option(names = "--skip", paramLabel = "ELEMENT", split = ",",
        description = "Leave out the checks of unknown rules: ${COMPLETION-CANDIDATES}; the output says so.")
    List<KippElement> skip;

    @Override
    public Integer call() {
      KippScreening screening = KippScreening.of(year.resolve());
      if (skip != null) {
        screening = screening.skipping(skip.toArray(KippElement[]::new));
      }
      ScreeningResult r = screening.screen(common.proposals());
      PrintWriter out = spec.commandLine().getOut();
      Locale l = common.locale();
      if (common.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("year", r.year().year());
        doc.put("skipped", r.skipped().stream().map(KippElement::code).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProposalScreening p : r.proposals()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", p.proposal().id());
          row.put("passed", p.passed());
          row.put("reasons", p.reasons().stream().map(x -> reason(x, l)).toList());
          rows.add(row);
        }
        doc.put("proposals", rows);
        ScoringInput.printJson(out, doc);
        return 0;
      }
      TextTable table = new TextTable("id", common.t("judul", "title"), common.t("kelompok", "group"),
          common.t("hasil", "result"));
      for (ProposalScreening p : r.proposals()) {
        table.row(p.proposal().id(), ScoreCommand.truncate(p.proposal().title(), 40), p.proposal().group().code(),
            p.passed() ? common.t("lolos", "passed") : common.t("ditolak", "rejected"));
      }
      table.print(out, "");
      out.println();
      out.println(common.t("Lolos: ", "Passed: ") + r.passed().size() + common.t(", ditolak: ", ", rejected: ")
          + r.rejected().size());
      for (ProposalScreening p : r.proposals()) {
        for (Problem x : p.reasons()) {
          out.println("  " + p.proposal().id() + " " + x.code() + " " + x.describe(l));
        }
      }
      if (!r.skipped().isEmpty()) {
        out.println(common.t("Tidak diperiksa (aturan tidak diketahui): ", "Not checked (rules unknown): ")
            + r.skipped().stream().map(KippElement::code).toList());
      }
      return 0;
    }

    private static Map<String, Object> reason(Problem p, Locale l) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", p.code());
      m.put("severity", p.severity().name());
      m.put("path", p.location().path());
      m.put("message", p.message().in(l));
      p.expected().ifPresent(e -> m.put("expected", e));
      p.found().ifPresent(f -> m.put("found", f));
      return m;
    }
  }

  /** {@code inovasi kipp evaluate}. */
  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluation by several evaluators on the five criteria (kebaruan, efektif, bermanfaat,"
          + " dapat direplikasi, berkelanjutan): each proposal's score and rank.",
      footer = {"", "Example:", "  inovasi kipp evaluate docs/samples/kipp-proposals-rote-ndao-2022.csv"
          + " --scores docs/samples/kipp-scores-rote-ndao-2022.csv"})
  static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;
    @Mixin ScoreOptions scores;

    @Override
    public Integer call() {
      EvaluationResult r = scores.evaluate(common.proposals());
      PrintWriter out = spec.commandLine().getOut();
      if (common.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rubric", r.rubric().id());
        doc.put("weights", weights(r.rubric()));
        doc.put("weightsStatus", r.rubric().provenance().status().code());
        doc.put("tentativeRules", r.rubric().tentativeRules());
        doc.put("evaluations", r.evaluations().stream().map(e -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("rank", e.rank());
          m.put("id", e.proposal().id());
          m.put("score", e.score());
          m.put("byEvaluator", e.byEvaluator());
          return m;
        }).toList());
        doc.put("notEvaluated", r.notEvaluated().stream().map(KippProposal::id).toList());
        ScoringInput.printJson(out, doc);
        return 0;
      }
      TextTable table = new TextTable(common.t("peringkat", "rank"), "id", common.t("judul", "title"),
          common.t("nilai", "score"), common.t("penilai", "evaluators"));
      for (ProposalEvaluation e : r.evaluations()) {
        table.row(e.rank(), e.proposal().id(), ScoreCommand.truncate(e.proposal().title(), 40),
            e.score().toPlainString(), e.byEvaluator().size());
      }
      table.print(out, "");
      if (!r.notEvaluated().isEmpty()) {
        out.println(common.t("Belum dinilai: ", "Not evaluated: ")
            + r.notEvaluated().stream().map(KippProposal::id).toList());
      }
      out.println(common.t("Rubrik ", "Rubric ") + r.rubric().id() + ", " + common.t("bobot ", "weights ")
          + weights(r.rubric()) + " (" + r.rubric().provenance().status().code() + ")");
      r.rubric().tentativeRules().forEach(n -> spec.commandLine().getErr().println("  note: " + n));
      return 0;
    }

    private static Map<String, BigDecimal> weights(Rubric rubric) {
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      for (Criterion c : rubric.criteria()) {
        out.put(KippCriterion.ofCode(c.code()).code(), c.weight());
      }
      return out;
    }
  }

  /** {@code inovasi kipp select}. */
  @Command(name = "select", mixinStandardHelpOptions = true,
      description = "Select the finalists of a tier from the evaluated proposals, within its places in total"
          + " and per group; ties at the cut are reported, never broken.",
      footer = {"", "Example:", "  inovasi kipp select docs/samples/kipp-proposals-rote-ndao-2022.csv"
          + " --scores docs/samples/kipp-scores-rote-ndao-2022.csv --year 2025 --tier top-inovasi --places 3"})
  static final class Select implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Common common;
    @Mixin ScoreOptions scores;
    @Mixin YearOptions year;

    @Option(names = "--tier", paramLabel = "ID", required = true, description = "The tier, e.g. top-99.")
    String tier;

    @Option(names = "--places", paramLabel = "N", description = "The tier's places, where the year does not give them.")
    Integer places;

    @Option(names = "--group-places", paramLabel = "GROUP=N", split = ",", description = "Places per group (REPLIKASI=5).")
    Map<String, Integer> groupPlaces;

    @Option(names = "--no-replication-priority",
        description = "Give replication proposals no priority, where the year's passing grade is unknown.")
    boolean noPriority;

    @Override
    public Integer call() {
      EvaluationResult evaluated = scores.evaluate(common.proposals());
      KippSelection selection = KippSelection.of(year.resolve(), tier);
      if (places != null) {
        selection = selection.withPlaces(places);
      }
      if (groupPlaces != null) {
        Map<KippGroup, Integer> g = new EnumMap<>(KippGroup.class);
        groupPlaces.forEach((k, v) -> g.put(KippGroup.ofCode(k), v));
        selection = selection.withGroupPlaces(g);
      }
      if (noPriority) {
        selection = selection.withoutReplicationPriority();
      }
      SelectionResult r = selection.select(evaluated.scored());
      PrintWriter out = spec.commandLine().getOut();
      Locale l = common.locale();
      if (common.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tier", r.tier().id());
        doc.put("lines", r.lines().stream().map(x -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", x.proposal().id());
          m.put("rank", x.rank().isPresent() ? x.rank().getAsInt() : null);
          m.put("score", x.score());
          m.put("priority", x.priority());
          m.put("outcome", x.outcome().name());
          m.put("reason", x.reason().in(l));
          return m;
        }).toList());
        doc.put("ties", r.ties().stream().map(t -> Map.of("proposals",
            t.proposals().stream().map(KippProposal::id).toList(), "score", t.score(), "places", t.places())).toList());
        ScoringInput.printJson(out, doc);
        return 0;
      }
      TextTable table = new TextTable(common.t("peringkat", "rank"), "id", common.t("nilai", "score"),
          common.t("prioritas", "priority"), common.t("hasil", "outcome"));
      for (SelectionLine x : r.lines()) {
        table.row(x.rank().isPresent() ? x.rank().getAsInt() : "-", x.proposal().id(), x.score().toPlainString(),
            x.priority() ? common.t("ya", "yes") : "", x.outcome().label().in(l));
      }
      table.print(out, "");
      for (Tie t : r.ties()) {
        out.println(common.t("Seri di batas: ", "Tied at the cut: ")
            + t.proposals().stream().map(KippProposal::id).toList() + " " + t.score().toPlainString()
            + common.t(" untuk " + t.places() + " tempat; diputuskan penyelenggara",
                " for " + t.places() + " places; for the organiser to decide"));
      }
      return 0;
    }
  }
}
