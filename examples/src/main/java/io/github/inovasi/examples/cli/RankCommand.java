package io.github.inovasi.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.YearOverYear;
import io.github.inovasi.scoring.iid.IidScorer;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi rank}: rankings by award category, and a region's change between two years. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Rank regions by IID the way the Innovative Government Award groups them: national,"
          + " provinsi, kabupaten, kota, tertinggal, perbatasan, regional-I..IV. Ties share a"
          + " rank (1, 1, 3).",
      "With --previous and --region, explain how the region's score, rank and predicate changed."
    },
    footer = {"", "Examples:", "  inovasi rank national-2026.json --category kota",
        "  inovasi rank national-2026.json --previous national-2025.json --region 35.72",
        "  inovasi rank --rubric lomba-2026.json entries.json"})
public final class RankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment documents (JSON), or an innovation register and its answers table"
      + " (.csv or .xlsx) side by side.")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @Mixin PolicyRun.Options policy;

  @Option(names = "--category", paramLabel = "ID", defaultValue = "national",
      description = "Category: national, provinsi, kabupaten, kota, tertinggal, perbatasan,"
          + " regional-I..regional-IV, or all (default ${DEFAULT-VALUE}).")
  String category;

  @Option(names = "--previous", paramLabel = "FILE", description = "Last year's assessments, to compare.")
  List<Path> previous;

  @Option(names = "--region", paramLabel = "CODE", description = "Region to compare between the years, e.g. 35.72.")
  String region;

  @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Show only the first N of each ranking (0: all).")
  int top;

  @Option(names = "--json", description = "Write JSON instead of tables.")
  boolean json;

  @Mixin ResultOutput resultOutput;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (policy.active()) {
      ScoringPolicy p = policy.resolve(edition.assume);
      RankingCategory c = category.equals("national") || category.equals("all") ? RankingCategory.all()
          : RankingCategory.awardCategories().stream().filter(x -> x.id().equalsIgnoreCase(category))
              .findFirst().orElse(RankingCategory.all());
      return PolicyRun.printRanking(out, spec.commandLine().getErr(), PolicyRun.score(p, files), c, top, json);
    }
    List<RankingCategory> categories = new ArrayList<>();
    for (RankingCategory c : RankingCategory.awardCategories()) {
      if (category.equals("all") || c.id().equalsIgnoreCase(category)) {
        categories.add(c);
      }
    }
    if (categories.isEmpty()) {
      spec.commandLine().getErr().println("Unknown category '" + category + "'; available: all, "
          + RankingCategory.awardCategories().stream().map(RankingCategory::id).collect(Collectors.joining(", ")));
      return 2;
    }
    boolean keep = resultOutput.check(files);
    List<ScoreResult> current = score(files);
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Ranking> rankings = new ArrayList<>();
    for (RankingCategory c : categories) {
      Ranking r = Rankings.rank(current, c);
      rankings.add(r);
      if (json) {
        doc.put(c.id(), r.entries().stream().limit(top > 0 ? top : Long.MAX_VALUE).map(RankCommand::row)
            .collect(Collectors.toList()));
      } else {
        print(out, r);
      }
    }
    if (previous != null && region != null) {
      List<ScoreResult> before = score(previous);
      RegionCode code = RegionCode.parse(region);
      for (RankingCategory c : categories) {
        Ranking after = Rankings.rank(current, c);
        Ranking earlier = Rankings.rank(before, c);
        if (after.entry(code).isPresent() && earlier.entry(code).isPresent()) {
          YearOverYear y = Rankings.compare(earlier, after, code);
          if (json) {
            doc.put("change-" + c.id(), y.explanation().stream().map(Label::english).collect(Collectors.toList()));
          } else {
            out.println("Change in " + c.label().english() + ":");
            y.explanation().forEach(l -> out.println("  " + l.english()));
            out.println();
          }
        }
      }
    }
    if (json) {
      ScoringInput.printJson(out, doc);
    }
    if (keep) {
      resultOutput.write(files, rankings, io.github.inovasi.io.table.InovasiTables::rankingWriter, spec.commandLine().getErr());
    }
    return 0;
  }

  /** Scores the files one assessment at a time, keeping only what a ranking needs. */
  private List<ScoreResult> score(List<Path> paths) {
    List<ScoreResult> out = new ArrayList<>();
    ScoringInput.forEach(paths, edition, spec.commandLine().getErr(), a -> out.add(Ranked.of(IidScorer.of(edition.resolve(a)).score(a))));
    return out;
  }

  /** A score without its breakdown, so a national ranking fits in little memory. */
  private record Ranked(String policyId, Subject subject, BigDecimal index, Grade grade,
      ImmutableList<ScoreComponent> components, BigDecimal maximum) implements ScoreResult {
    static Ranked of(ScoreResult r) {
      return new Ranked(r.policyId(), r.subject(), r.index(), r.grade(), r.components(),
          r.explanation().maximum());
    }

    @Override
    public Explanation explanation() {
      return Explanation.total("index", Label.of("Skor", "Score"), index, maximum);
    }
  }

  private void print(PrintWriter out, Ranking r) {
    out.println(r.category().label().indonesian() + " / " + r.category().label().english()
        + " (" + r.entries().size() + " regions)");
    out.printf("  %4s  %-8s %-36s %7s  %s%n", "Rank", "Code", "Region", "IID", "Predicate");
    r.entries().stream().limit(top > 0 ? top : Long.MAX_VALUE).forEach(e -> out.printf("  %4d  %-8s %-36s %7s  %s%n",
        e.rank(), e.result().region().code(), ScoreCommand.truncate(e.result().region().name(), 36),
        e.result().index().toPlainString(), e.result().grade().label().indonesian()));
    out.println();
  }

  private static Map<String, Object> row(Ranking.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", e.rank());
    m.put("region", e.result().region().code().toString());
    m.put("name", e.result().region().name());
    m.put("iid", e.result().index());
    m.put("rating", e.result().grade().code());
    return m;
  }
}
