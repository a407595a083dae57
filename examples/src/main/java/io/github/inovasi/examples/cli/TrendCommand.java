package io.github.inovasi.examples.cli;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.RegionCode;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.iid.IidScore;
import io.github.inovasi.scoring.iid.IidScorer;
import io.github.inovasi.scoring.iid.IidSeries;
import io.github.inovasi.scoring.iid.NationalAverages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi trend}: a region's IID over several years, with its rank and the national average. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Follow regions' IID over several years: IID, components, predicate and rank per year, the"
          + " change of each component, and each innovation followed across the years by its id"
          + " (new, reported again, renewed, dropped).",
      "The rank is among the regions of each year in the files (give every region's file for a"
          + " national rank). The national average is shown where one was published (2024: 46.01,"
          + " 2025: 49.43); for other years it is unknown, and said so."
    },
    footer = {"", "Examples:", "  inovasi trend pati-2024.json pati-2025.json pati-2026.json",
        "  inovasi trend national-2024.json national-2025.json national-2026.json --region 33.18 --lang id"})
public final class TrendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment documents (JSON) of any years and regions.")
  List<Path> files;

  @Mixin ScoringInput.EditionOptions edition;

  @Option(names = "--region", paramLabel = "CODE", description = "Only this region, e.g. 33.18.")
  String region;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of the output: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Locale l = Locale.forLanguageTag(language);
    PrintWriter out = spec.commandLine().getOut();
    Map<Integer, List<IidScore>> byYear = new TreeMap<>();
    Map<String, List<Assessment>> byRegion = new TreeMap<>();
    for (Assessment a : ScoringInput.read(files, edition, spec.commandLine().getErr())) {
      var e = edition.resolve(a);
      byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(IidScorer.of(e).score(a));
      byRegion.computeIfAbsent(a.region().code().toString(), c -> new ArrayList<>()).add(a);
    }
    Map<Integer, Ranking> ranks = new TreeMap<>();
    byYear.forEach((y, scores) -> ranks.put(y, Rankings.rank(scores, RankingCategory.all())));
    NationalAverages averages = NationalAverages.bundled();
    if (region != null && !byRegion.containsKey(RegionCode.parse(region).toString())) {
      throw new io.github.inovasi.model.InovasiException("Wilayah " + region + " tidak ada di berkas"
          + " / Region " + region + " is not in the files");
    }
    List<Object> docs = new ArrayList<>();
    for (Map.Entry<String, List<Assessment>> r : byRegion.entrySet()) {
      if (region != null && !r.getKey().equals(RegionCode.parse(region).toString())) {
        continue;
      }
      IidSeries series = IidSeries.of(r.getValue(), edition::resolve);
      if (json) {
        docs.add(document(series, ranks, averages));
      } else {
        print(out, l, series, ranks, averages);
      }
    }
    if (json) {
      ScoringInput.printJson(out, docs.size() == 1 ? docs.get(0) : docs);
    }
    return 0;
  }

  private static Optional<Ranking.Entry> entry(Map<Integer, Ranking> ranks, IidSeries s, int year) {
    return ranks.get(year).entry(s.region().code());
  }

  private static void print(PrintWriter out, Locale l, IidSeries s, Map<Integer, Ranking> ranks, NationalAverages n) {
    out.println(s.region().name() + " (" + s.region().code() + ")");
    TextTable table = new TextTable(t(l, "tahun", "year"), "IID", "SPD", "SID", t(l, "jumlah", "count"),
        t(l, "predikat", "predicate"), t(l, "peringkat", "rank"), t(l, "rata-rata nasional", "national average"));
    Integer previousRank = null;
    for (IidSeries.Year y : s.years()) {
      List<ScoreComponent> c = y.score().components();
      Optional<Ranking.Entry> e = entry(ranks, s, y.year());
      String rank = e.map(x -> x.rank() + "/" + ranks.get(y.year()).entries().size()).orElse("-");
      if (e.isPresent() && previousRank != null) {
        int move = previousRank - e.get().rank();
        rank += move == 0 ? " (=)" : move > 0 ? " (↑" + move + ")" : " (↓" + -move + ")";
      }
      previousRank = e.map(Ranking.Entry::rank).orElse(null);
      table.row(y.year(), y.score().index().toPlainString(), points(c, 0), points(c, 1), points(c, 2),
          y.score().rating().label().in(l), rank,
          n.forYear(y.year()).map(a -> a.index().toPlainString()).orElse(t(l, "tidak diketahui", "unknown")));
    }
    table.print(out, "  ");
    for (IidSeries.Change c : s.changes()) {
      out.printf("  %d→%d %-5s %s → %s (%s%s)%n", c.fromYear(), c.toYear(), c.code(), c.previous().toPlainString(),
          c.current().toPlainString(), c.change().signum() >= 0 ? "+" : "", c.change().toPlainString());
    }
    out.println(t(l, "  Inovasi per tahun:", "  Innovations per year:"));
    for (IidSeries.InnovationTrack track : s.innovations()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < track.statuses().size(); i++) {
        cells.add(status(l, track.statuses().get(i)) + (track.counted().get(i) ? "" : t(l, " (tidak dihitung)", " (not counted)")));
      }
      out.println("    " + track.innovationId() + ": " + String.join(", ", cells));
    }
    out.println(t(l, "  Peringkat di antara wilayah dalam berkas pada tahun yang sama.",
        "  Rank among the regions in the files for the same year."));
    out.println();
  }

  private static String points(List<ScoreComponent> c, int i) {
    return i < c.size() ? c.get(i).points().toPlainString() : "-";
  }

  private static String status(Locale l, IidSeries.Status s) {
    return switch (s) {
      case NEW -> t(l, "baru", "new");
      case REPORTED_AGAIN -> t(l, "dilaporkan lagi", "reported again");
      case RENEWED -> t(l, "diperbarui", "renewed");
      case DROPPED -> t(l, "tidak dilaporkan lagi", "dropped");
      case ABSENT -> "-";
    };
  }

  private static Map<String, Object> document(IidSeries s, Map<Integer, Ranking> ranks, NationalAverages n) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("region", s.region().code().toString());
    doc.put("name", s.region().name());
    List<Object> years = new ArrayList<>();
    for (IidSeries.Year y : s.years()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", y.year());
      m.put("edition", y.score().policyId());
      m.put("iid", y.score().index());
      Map<String, Object> components = new LinkedHashMap<>();
      y.score().components().forEach(c -> components.put(c.code(), c.points()));
      m.put("components", components);
      m.put("rating", y.score().rating().name());
      entry(ranks, s, y.year()).ifPresent(e -> {
        m.put("rank", e.rank());
        m.put("of", ranks.get(y.year()).entries().size());
      });
      Optional<NationalAverages.Average> a = n.forYear(y.year());
      m.put("nationalAverage", a.map(NationalAverages.Average::index).orElse(null));
      m.put("nationalAverageKnown", a.isPresent());
      years.add(m);
    }
    doc.put("years", years);
    doc.put("changes", s.changes().stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", c.fromYear());
      m.put("to", c.toYear());
      m.put("code", c.code());
      m.put("previous", c.previous());
      m.put("current", c.current());
      m.put("change", c.change());
      return m;
    }).toList());
    doc.put("innovations", s.innovations().stream().map(x -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", x.innovationId());
      m.put("statuses", x.statuses().stream().map(Enum::name).toList());
      m.put("counted", x.counted());
      return m;
    }).toList());
    return doc;
  }

  private static String t(Locale l, String indonesian, String english) {
    return Label.of(indonesian, english).in(l);
  }
}
