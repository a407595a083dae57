package io.github.inovasi.examples.cli;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.ExplanationLine;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.RankingCategory;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.iid.IidPolicy;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import io.github.inovasi.scoring.rubric.JudgedEntries;
import io.github.inovasi.scoring.rubric.JudgedEntry;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricPolicy;
import io.github.inovasi.scoring.rubric.RubricScore;
import io.github.inovasi.scoring.rubric.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * Scoring, ranking and explaining through the policy registry: any policy by id ({@code
 * --policy}, bundled or from a provider jar on the class path) or a rubric file ({@code
 * --rubric}), on assessments or on judged entries files.
 */
final class PolicyRun {
  private PolicyRun() {}

  /** Options choosing a policy from the registry. */
  static final class Options {
    @Option(names = "--policy", paramLabel = "ID",
        description = "A policy of the registry (inovasi policies): a bundled rubric, or one a"
            + " provider jar on the class path adds.")
    String policy;

    @Option(names = "--rubric", paramLabel = "FILE",
        description = "A rubric file (format inovasi-rubric, docs/rubrics.md) to score judged entries with.")
    Path rubric;

    @Option(names = "--scale", paramLabel = "MIN-MAX[/STEP]",
        description = "The scale judges score every criterion on, where the rubric's is not published"
            + " (iga-2023-presentation): e.g. 0-100, or 1-5/1 for whole points; marked as supplied by you.")
    String scale;

    boolean active() {
      return policy != null || rubric != null;
    }

    /** The policy, from the registry; a rubric file joins it (its id must be new). */
    ScoringPolicy resolve(boolean assume) {
      if (policy != null && rubric != null) {
        throw new InovasiException("Pilih --policy atau --rubric, bukan keduanya / Give --policy or --rubric, not both");
      }
      ScoringPolicies registry = ScoringPolicies.standard();
      ScoringPolicy p;
      if (rubric != null) {
        RubricPolicy own = RubricPolicy.of(Rubric.read(rubric));
        p = registry.plus(own).of(own.id());
      } else {
        p = registry.of(policy);
      }
      if (scale != null) {
        if (!(p instanceof RubricPolicy)) {
          throw new InovasiException("--scale hanya untuk rubrik; " + p.id() + " bukan rubrik / --scale is for"
              + " rubrics only; " + p.id() + " is not a rubric");
        }
        return RubricPolicy.of(((RubricPolicy) p).rubric().withScale(parseScale(scale), Provenance.builder()
            .status(ProvenanceStatus.PROVISIONAL).addSources("supplied by the user")
            .note("Supplied by the user (--scale " + scale + "): the scale the judges used").build()));
      }
      if (assume && p instanceof RubricPolicy) {
        return RubricPolicy.of(((RubricPolicy) p).rubric().withAssumptions());
      }
      if (assume && p instanceof IidPolicy) {
        return IidPolicy.of(((IidPolicy) p).edition().withAssumptions());
      }
      return p;
    }
  }

  /** A range scale written {@code MIN-MAX} or {@code MIN-MAX/STEP}, e.g. {@code 1-5/1}. */
  static Scale parseScale(String text) {
    String[] range = text.strip().split("/", 2);
    String[] ends = range[0].split("-", 2);
    try {
      if (ends.length == 2) {
        return Scale.range(new BigDecimal(ends[0].strip()), new BigDecimal(ends[1].strip()),
            range.length == 2 ? new BigDecimal(range[1].strip()) : null);
      }
    } catch (NumberFormatException e) {
      // reported below with the expected form
    }
    throw new InovasiException("Skala '" + text + "' tidak terbaca; tulis MIN-MAX atau MIN-MAX/LANGKAH, mis. 1-5/1"
        + " / Cannot read the scale '" + text + "'; write MIN-MAX or MIN-MAX/STEP, e.g. 1-5/1");
  }

  /** Scores every file: judged entries files entry by entry, others assessment by assessment. */
  static List<ScoreResult> score(ScoringPolicy policy, List<Path> files) {
    List<ScoreResult> out = new ArrayList<>();
    for (Path file : files) {
      if (isEntries(file)) {
        for (JudgedEntry e : JudgedEntries.read(file)) {
          out.add(policy.score(e));
        }
      } else {
        ScoringInput.forEach(List.of(file), a -> out.add(policy.score(a)));
      }
    }
    return out;
  }

  private static boolean isEntries(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JudgedEntries.looksLike(new String(in.readNBytes(200), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InovasiException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static int printScores(PrintWriter out, PrintWriter err, ScoringPolicy policy, List<ScoreResult> results,
      boolean json) {
    if (json) {
      ScoringInput.printJson(out, results.stream().map(PolicyRun::row).collect(Collectors.toList()));
    } else {
      out.printf("%-14s %-36s %-24s %9s  %s%n", "Id", "Name", "Policy", "Score", "Grade");
      for (ScoreResult r : results) {
        out.printf("%-14s %-36s %-24s %9s  %s%n", r.subject().id(), ScoreCommand.truncate(r.subject().name(), 36),
            r.policyId(), r.index().toPlainString(), r.grade().label().indonesian());
      }
    }
    notes(err, results);
    return 0;
  }

  static int printRanking(PrintWriter out, PrintWriter err, List<ScoreResult> results, RankingCategory category,
      int top, boolean json) {
    Ranking ranking = Rankings.rank(results, category);
    List<Ranking.Entry> shown = ranking.entries().stream().limit(top > 0 ? top : Long.MAX_VALUE)
        .collect(Collectors.toList());
    if (json) {
      ScoringInput.printJson(out, shown.stream().map(e -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", e.rank());
        m.putAll(row(e.result()));
        return m;
      }).collect(Collectors.toList()));
    } else {
      out.println(category.label().indonesian() + " / " + category.label().english()
          + " (" + ranking.entries().size() + ")");
      out.printf("  %4s  %-14s %-36s %9s  %s%n", "Rank", "Id", "Name", "Score", "Grade");
      shown.forEach(e -> out.printf("  %4d  %-14s %-36s %9s  %s%n", e.rank(), e.result().subject().id(),
          ScoreCommand.truncate(e.result().subject().name(), 36), e.result().index().toPlainString(),
          e.result().grade().label().indonesian()));
    }
    notes(err, results);
    return 0;
  }

  static int printExplanations(PrintWriter out, PrintWriter err, List<ScoreResult> results, int top, boolean json) {
    List<Object> docs = new ArrayList<>();
    for (ScoreResult r : results) {
      Explanation x = r.explanation();
      if (json) {
        Map<String, Object> m = row(r);
        m.put("earned", x.earned());
        m.put("lost", x.lost());
        m.put("maximum", x.maximum());
        m.put("earnedByCriterion", x.earnedByCriterion());
        m.put("lostByCriterion", x.lostByCriterion());
        m.put("earnedByJudge", x.earnedByJudge());
        m.put("lines", x.lines().stream().map(PolicyRun::line).collect(Collectors.toList()));
        docs.add(m);
        continue;
      }
      out.printf("%s %s — %s%n", r.subject().id(), r.subject().name(), r.policyId());
      out.printf("Score %s  %s  (earned %s of %s, lost %s)%n", r.index().toPlainString(), r.grade().label(),
          x.earned().toPlainString(), x.maximum().toPlainString(), x.lost().toPlainString());
      out.println("By criterion (earned / lost):");
      x.earnedByCriterion().forEach((c, e) -> out.printf("  %-30s %10s %10s%n", c, e.toPlainString(),
          x.lostByCriterion().get(c).toPlainString()));
      if (!x.earnedByJudge().isEmpty()) {
        out.println("By judge (earned):");
        x.earnedByJudge().forEach((j, e) -> out.printf("  %-30s %10s%n", j, e.toPlainString()));
      }
      out.println("Largest losses:");
      for (ExplanationLine l : x.largestLosses(top)) {
        out.printf("  -%s  %s%s%s %s%n", l.lost().toPlainString(), l.criterion(),
            l.item().map(i -> " of " + i).orElse(""), l.judge().map(j -> " by " + j).orElse(""),
            l.label().english());
      }
      out.println();
    }
    if (json) {
      ScoringInput.printJson(out, docs.size() == 1 ? docs.get(0) : docs);
    }
    notes(err, results);
    return 0;
  }

  private static Map<String, Object> row(ScoreResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.subject().id());
    m.put("name", r.subject().name());
    m.put("unit", r.subject().unit().code());
    m.put("policy", r.policyId());
    m.put("score", r.index());
    m.put("grade", r.grade().code());
    m.put("gradeLabel", r.grade().label().indonesian());
    if (r instanceof RubricScore) {
      m.put("combined", ((RubricScore) r).combined());
      m.put("tentativeRules", ((RubricScore) r).tentativeRules());
    }
    return m;
  }

  private static Map<String, Object> line(ExplanationLine l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("criterion", l.criterion());
    l.group().ifPresent(g -> m.put("group", g));
    l.item().ifPresent(i -> m.put("item", i));
    l.judge().ifPresent(j -> m.put("judge", j));
    m.put("earned", l.earned());
    m.put("lost", l.lost());
    return m;
  }

  private static void notes(PrintWriter err, List<ScoreResult> results) {
    TreeSet<String> notes = new TreeSet<>();
    for (ScoreResult r : results) {
      if (r instanceof RubricScore) {
        notes.addAll(((RubricScore) r).tentativeRules());
      }
    }
    notes.forEach(n -> err.println("  note: " + n));
  }
}
