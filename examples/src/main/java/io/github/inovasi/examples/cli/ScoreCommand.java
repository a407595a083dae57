package io.github.inovasi.examples.cli;

import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.iid.IidFigures;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.LossReason;
import io.github.inovasi.scoring.iid.ScoreBasis;
import io.github.inovasi.io.table.InovasiTables;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi score}: the IID of each assessment, with its figures. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the Indeks Inovasi Daerah (IID) of assessments: SPD, SID average over MAX(k, n),"
          + " count score, IID and predicate (predikat).",
      "Input: JSON documents of kind assessment or assessments (docs/json-format.md); with"
          + " --policy or --rubric also judged entries files (docs/rubrics.md)."
    },
    footer = {"", "Examples:", "  inovasi score docs/samples/rote-ndao-2026.json",
        "  inovasi score national.json --json",
        "  inovasi score blitar-2023.json --edition iid-2023 --assume --spd-from iid-2026",
        "  inovasi score --rubric lomba-2026.json entries.json",
        "  inovasi score --policy iga-2023-presentation --assume presentations.json"})
public final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment documents (JSON), or an innovation register and its answers table"
      + " (.csv or .xlsx) side by side.")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @Mixin PolicyRun.Options policy;

  @Option(names = "--verified", description = "Score the verifier's levels instead of the claimed ones.")
  boolean verified;

  @Option(names = "--json", description = "Write JSON instead of a table.")
  boolean json;

  @Mixin ResultOutput resultOutput;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (policy.active()) {
      ScoringPolicy p = policy.resolve(edition.assume);
      return PolicyRun.printScores(out, spec.commandLine().getErr(), p, PolicyRun.score(p, files), json);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    Set<String> tentative = new TreeSet<>();
    // A set: the same warning about an edition (an unknown window) is printed once, not per region.
    Set<Problem> problems = new LinkedHashSet<>();
    List<String> withoutEvidence = new ArrayList<>();
    List<IidScore> breakdowns = new ArrayList<>();
    boolean keep = resultOutput.check(files);
    // Streamed one assessment at a time; nothing is printed until every file has been read.
    ScoringInput.forEach(files, edition, spec.commandLine().getErr(), a -> {
      IidScore s = IidScorer.of(edition.resolve(a))
          .score(a, verified ? ScoreBasis.VERIFIED : ScoreBasis.CLAIMED);
      IidFigures f = s.figures();
      if (json) {
        rows.add(row(s));
      } else {
        lines.add(String.format("%-34s %-9s %7s  %-19s %6s %10s %6s %4d %4d %d/6%s",
            truncate(a.region().toString(), 34), s.policyId(), f.index().toPlainString(),
            s.rating().label().indonesian(), f.spd().toPlainString(),
            f.sidAverage().setScale(2, RoundingMode.HALF_UP).toPlainString(), f.countScore().toPlainString(),
            f.innovations(), f.divisor(), f.basicServiceAffairsCovered(), f.gateOpen() ? "" : " (gate closed)"));
      }
      problems.addAll(s.problems());
      long zero = answersWithoutEvidence(s);
      if (zero > 0) {
        withoutEvidence.add(String.format("  note: %d answer%s of %s scored 0 for want of evidence (bukti dukung);"
            + " inovasi explain lists them", zero, zero == 1 ? "" : "s", a.region().name()));
      }
      if (keep) {
        breakdowns.add(s);
      }
      if (!s.tentativeRules().isEmpty()) {
        tentative.add(s.policyId());
      }
    });
    if (json) {
      ScoringInput.printJson(out, rows);
    } else {
      out.printf("%-34s %-9s %7s  %-19s %6s %10s %6s %4s %4s %s%n",
          "Region", "Edition", "IID", "Predicate", "SPD", "SID avg", "Count", "n", "k", "Affairs");
      lines.forEach(out::println);
      tentative.forEach(id -> spec.commandLine().getErr().println(
          "  note: " + id + " rests on provisional rules (inovasi editions " + id + ")"));
    }
    out.flush();
    withoutEvidence.forEach(spec.commandLine().getErr()::println);
    ScoringInput.printProblems(spec.commandLine().getErr(), List.copyOf(problems));
    if (keep) {
      resultOutput.write(files, breakdowns, InovasiTables::breakdownWriter, spec.commandLine().getErr());
    }
    return 0;
  }

  static Map<String, Object> row(IidScore s) {
    IidFigures f = s.figures();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("region", s.region().code().toString());
    row.put("name", s.region().name());
    row.put("edition", s.policyId());
    row.put("basis", s.basis().name());
    row.put("iid", f.index());
    row.put("predicate", s.rating().label().indonesian());
    row.put("rating", s.rating().name());
    row.put("spd", f.spd());
    row.put("sidSum", f.sidSum());
    row.put("innovations", f.innovations());
    row.put("divisor", f.divisor());
    row.put("sidAverage", f.sidAverage());
    row.put("basicServiceAffairsCovered", f.basicServiceAffairsCovered());
    row.put("gateOpen", f.gateOpen());
    row.put("countScore", f.countScore());
    row.put("total", f.total());
    row.put("maximum", f.maxima().total());
    row.put("answersWithoutEvidence", answersWithoutEvidence(s));
    row.put("tentativeRules", s.tentativeRules());
    return row;
  }

  /** Answers with a level but no evidence, which the guideline scores 0 (reference §4.2). */
  static long answersWithoutEvidence(IidScore s) {
    return s.indicatorScores().stream()
        .filter(x -> x.shortfall().filter(r -> r == LossReason.NO_EVIDENCE).isPresent()).count();
  }

  static String truncate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
