package io.github.inovasi.examples.cli;

import io.github.inovasi.model.Agency;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Stage;
import io.github.inovasi.scoring.kipp.AgencyCount;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.kipp.AgencyCoverage;
import io.github.inovasi.scoring.kipp.AgencyRanking;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inovasi coverage}: "one agency, one innovation" of a region over one or more years. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "One agency, one innovation (satu OPD satu inovasi): per year, the agencies with an innovation at a"
          + " stage that counts, the share covered, the agencies without one, innovations and innovators"
          + " per agency, and the trend.",
      "Input: one region's assessments (JSON, kind assessment or assessments), one per year."
    },
    footer = {"", "Examples:", "  inovasi coverage docs/samples/rote-ndao-2026.json --lang id",
        "  inovasi coverage docs/samples/rote-ndao-2026.json --rank-by iid-2026"})
public final class CoverageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessments of one region, any years.")
  List<Path> files;

  @Option(names = "--stage", paramLabel = "STAGE", split = ",",
      description = "Stages that count: ${COMPLETION-CANDIDATES}. Default: IMPLEMENTATION (penerapan),"
          + " the library's provisional choice; no source says which stage counts.")
  Set<Stage> stages;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of the output: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--json", description = "Write JSON instead of a table.")
  boolean json;

  @Option(names = "--rank-by", paramLabel = "POLICY",
      description = "Also rank the agencies that have an innovation by a policy that scores assessments"
          + " (e.g. iid-2026): each on the region's assessment with only its own innovations.")
  String rankBy;

  @Override
  public Integer call() {
    Locale l = Locale.forLanguageTag(language);
    Set<Stage> counted = stages == null || stages.isEmpty() ? AgencyCoverage.DEFAULT_STAGES : EnumSet.copyOf(stages);
    List<AgencyCoverage> years = new ArrayList<>();
    Map<AgencyCoverage, AgencyRanking> ranked = new java.util.IdentityHashMap<>();
    ScoringPolicy policy = rankBy == null ? null : ScoringPolicies.standard().of(rankBy);
    ScoringInput.forEach(files, a -> {
      AgencyCoverage c = AgencyCoverage.of(a, counted);
      years.add(c);
      if (policy != null) {
        ranked.put(c, AgencyRanking.of(a, policy));
      }
    });
    years.sort(Comparator.comparing((AgencyCoverage c) -> c.region().code().toString())
        .thenComparing(AgencyCoverage::editionId));
    if (years.stream().map(c -> c.region().code()).distinct().count() > 1) {
      throw new io.github.inovasi.model.InovasiException(
          "coverage compares one region's years; the files hold several regions");
    }
    List<Optional<BigDecimal>> trend = AgencyCoverage.trend(years);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> docs = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        AgencyCoverage c = years.get(i);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", c.region().code().toString());
        m.put("edition", c.editionId());
        m.put("stages", c.stages().stream().map(Stage::code).toList());
        m.put("agencies", c.agencies().size());
        m.put("covered", c.covered());
        m.put("share", c.share().orElse(null));
        m.put("change", i == 0 ? null : trend.get(i - 1).orElse(null));
        m.put("uncovered", c.uncovered().stream().map(Agency::name).toList());
        m.put("perAgency", c.agencies().stream().map(a -> Map.of("id", a.agency().id(), "name", a.agency().name(),
            "innovations", a.innovations(), "innovators", a.innovators())).toList());
        m.put("unattributed", c.unattributed());
        if (ranked.containsKey(c)) {
          AgencyRanking r = ranked.get(c);
          m.put("rankedBy", r.policyId());
          m.put("ranking", r.ranking().entries().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", e.rank());
            row.put("id", e.result().subject().id());
            row.put("name", e.result().subject().name());
            row.put("score", e.result().index());
            row.put("grade", e.result().grade().code());
            return row;
          }).toList());
        }
        docs.add(m);
      }
      ScoringInput.printJson(out, docs);
      return 0;
    }
    boolean defaulted = stages == null || stages.isEmpty();
    for (int i = 0; i < years.size(); i++) {
      AgencyCoverage c = years.get(i);
      out.println(c.region() + " " + c.editionId() + ": " + c.covered() + "/" + c.agencies().size()
          + t(l, " perangkat daerah punya inovasi", " agencies have an innovation")
          + c.share().map(s -> " (" + s.movePointRight(2).stripTrailingZeros().toPlainString() + "%)").orElse("")
          + (i == 0 ? "" : trend.get(i - 1).map(d -> t(l, ", perubahan ", ", change ")
              + d.movePointRight(2).stripTrailingZeros().toPlainString() + t(l, " poin persen", " percentage points"))
              .orElse("")));
      TextTable table = new TextTable(t(l, "perangkat daerah", "agency"), t(l, "inovasi", "innovations"),
          t(l, "inovator", "innovators"));
      for (AgencyCount a : c.agencies()) {
        table.row(a.agency().name(), a.innovations(), a.innovators());
      }
      table.print(out, "  ");
      if (!c.uncovered().isEmpty()) {
        out.println(t(l, "  Tanpa inovasi: ", "  Without an innovation: ")
            + String.join(", ", c.uncovered().stream().map(Agency::name).toList()));
      }
      if (!c.unattributed().isEmpty()) {
        out.println(t(l, "  Inovasi tanpa perangkat daerah yang terdaftar: ",
            "  Innovations without a listed agency: ") + c.unattributed());
      }
      if (ranked.containsKey(c)) {
        AgencyRanking r = ranked.get(c);
        out.println(t(l, "  Peringkat perangkat daerah menurut ", "  Agencies ranked by ") + r.policyId() + ":");
        TextTable ranking = new TextTable(t(l, "peringkat", "rank"), t(l, "perangkat daerah", "agency"),
            t(l, "nilai", "score"), t(l, "predikat", "grade"));
        for (Ranking.Entry e : r.ranking().entries()) {
          ranking.row(e.rank(), e.result().subject().name(), e.result().index().toPlainString(),
              e.result().grade().label().in(l));
        }
        ranking.print(out, "  ");
      }
    }
    out.println(t(l, "Tahap yang dihitung: ", "Stages counted: ")
        + counted.stream().map(s -> s.label().in(l)).toList()
        + (defaulted ? " — " + AgencyCoverage.DEFAULT_STAGES_NOTE.in(l) : ""));
    return 0;
  }

  private static String t(Locale l, String indonesian, String english) {
    return Label.of(indonesian, english).in(l);
  }
}
