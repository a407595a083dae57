package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.IntMath;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.ExplanationLine;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.internal.Apportionment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exact arithmetic of a rubric. Each criterion's combined score is the mean of the judges
 * the combination keeps ({@code S / m}); the entry's score is {@code Σ w·S/m} (weighted sum) or
 * that over {@code Σ w} (weighted mean). With {@code L} the least common multiple of the
 * {@code m}s, every judge's share is a numerator over one denominator {@code L·W}, so the score
 * is rounded once from the exact fraction and the explanation's lines are apportioned to add up
 * exactly.
 */
final class RubricMath {
  /** Decimals of explanation amounts, as the IID breakdown. */
  static final int SCALE = 4;
  /** Decimals of shown components. */
  static final int SHOWN = 6;

  private RubricMath() {}

  record Range(BigDecimal minimum, BigDecimal maximum) {}

  /** The lowest and highest score, rounded as the rubric publishes. */
  static Range range(Rubric r) {
    BigDecimal lo = BigDecimal.ZERO;
    BigDecimal hi = BigDecimal.ZERO;
    for (Criterion c : r.criteria()) {
      Scale s = r.scaleOf(c).orElseThrow();
      lo = lo.add(c.weight().multiply(s.minimum()));
      hi = hi.add(c.weight().multiply(s.maximum()));
    }
    BigDecimal w = weightDivisor(r);
    return new Range(lo.divide(w, r.roundingScale(), r.roundingMode()),
        hi.divide(w, r.roundingScale(), r.roundingMode()));
  }

  private static BigDecimal weightDivisor(Rubric r) {
    return r.aggregation().method() == Aggregation.Method.WEIGHTED_MEAN
        ? r.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
        : BigDecimal.ONE;
  }

  static RubricScore score(Rubric r, JudgedEntry entry) {
    if (!r.missing().isEmpty()) {
      throw new IncompleteRubricException(r);
    }
    check(r, entry);
    List<String> judges = entry.judges().asList();
    // Per criterion: judges by score then id, and how many the combination keeps.
    Map<String, List<String>> kept = new LinkedHashMap<>();
    int lcm = 1;
    for (Criterion c : r.criteria()) {
      List<String> order = new ArrayList<>(judges);
      order.sort(Comparator.comparing((String j) -> entry.score(j, c.code()).orElseThrow())
          .thenComparing(j -> j));
      List<String> keep = keep(r.judges(), order);
      kept.put(c.code(), keep);
      lcm = lcm / IntMath.gcd(lcm, keep.size()) * keep.size();
    }
    BigDecimal w = weightDivisor(r);
    BigDecimal denominator = w.multiply(BigDecimal.valueOf(lcm));
    List<BigDecimal> earned = new ArrayList<>();
    List<BigDecimal> lost = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Criterion> lineCriteria = new ArrayList<>();
    List<String> lineJudges = new ArrayList<>();
    BigDecimal earnedSum = BigDecimal.ZERO;
    BigDecimal maxSum = BigDecimal.ZERO;
    ImmutableList.Builder<ScoreComponent> components = ImmutableList.builder();
    ImmutableMap.Builder<String, BigDecimal> combined = ImmutableMap.builder();
    for (Criterion c : r.criteria()) {
      Scale s = r.scaleOf(c).orElseThrow();
      List<String> keep = kept.get(c.code());
      BigDecimal share = BigDecimal.valueOf(lcm / keep.size());
      BigDecimal sum = BigDecimal.ZERO;
      for (String j : judges) {
        boolean counts = keep.contains(j);
        BigDecimal v = entry.score(j, c.code()).orElseThrow();
        BigDecimal e = counts ? c.weight().multiply(v).multiply(share) : BigDecimal.ZERO;
        BigDecimal l = counts ? c.weight().multiply(s.maximum().subtract(v)).multiply(share)
            : BigDecimal.ZERO;
        earned.add(e);
        lost.add(l);
        keys.add(c.code() + "\u0000" + j);
        lineCriteria.add(c);
        lineJudges.add(j);
        earnedSum = earnedSum.add(e);
        maxSum = maxSum.add(e).add(l);
        if (counts) {
          sum = sum.add(v);
        }
      }
      BigDecimal m = BigDecimal.valueOf(keep.size());
      combined.put(c.code(), sum.divide(m, SHOWN, RoundingMode.HALF_UP));
      components.add(new ScoreComponent(c.code(), c.name(),
          c.weight().multiply(sum).divide(m.multiply(w), SHOWN, RoundingMode.HALF_UP),
          c.weight().multiply(s.maximum()).divide(w, SHOWN, RoundingMode.HALF_UP)));
    }
    BigDecimal earnedTarget = earnedSum.divide(denominator, SCALE, RoundingMode.HALF_UP);
    BigDecimal maximum = maxSum.divide(denominator, SCALE, RoundingMode.HALF_UP);
    List<BigDecimal> e = Apportionment.apportion(earned, keys, denominator, earnedTarget, SCALE);
    List<BigDecimal> l = Apportionment.apportion(lost, keys, denominator,
        maximum.subtract(earnedTarget), SCALE);
    ImmutableList.Builder<ExplanationLine> lines = ImmutableList.builder();
    for (int i = 0; i < keys.size(); i++) {
      Criterion c = lineCriteria.get(i);
      boolean counts = kept.get(c.code()).contains(lineJudges.get(i));
      lines.add(new ExplanationLine(c.code(), c.name(), Optional.empty(), Optional.empty(),
          Optional.of(lineJudges.get(i)), e.get(i), l.get(i), counts ? ImmutableList.of()
              : ImmutableList.of(Label.of("Tidak dihitung oleh " + r.judges().method().label().indonesian(),
                  "Not counted by the " + r.judges().method().label().english()))));
    }
    BigDecimal index = earnedSum.divide(denominator, r.roundingScale(), r.roundingMode());
    return new RubricScore(r.id(), entry.subject(), index, r.grade(index), components.build(),
        Explanation.of(lines.build(), maximum), combined.build(), r.tentativeRules());
  }

  /** The judges a combination keeps, from judges sorted by score. */
  private static List<String> keep(JudgeCombination how, List<String> sorted) {
    int n = sorted.size();
    switch (how.method()) {
      case MEDIAN:
        return n % 2 == 1 ? sorted.subList(n / 2, n / 2 + 1) : sorted.subList(n / 2 - 1, n / 2 + 1);
      case TRIMMED_MEAN:
      case DROP_HIGHEST_AND_LOWEST:
        return sorted.subList(how.trim(), n - how.trim());
      default:
        return sorted;
    }
  }

  /** Every problem of an entry under a rubric, located by JSON pointer into the entry. */
  private static void check(Rubric r, JudgedEntry entry) {
    List<Problem> problems = new ArrayList<>();
    String source = entry.subject().id();
    Map<String, Criterion> byCode = new LinkedHashMap<>();
    r.criteria().forEach(c -> byCode.put(c.code(), c));
    for (int i = 0; i < entry.scores().size(); i++) {
      JudgeScore s = entry.scores().get(i);
      Criterion c = byCode.get(s.criterion());
      if (c == null) {
        problems.add(problem(source, "/scores/" + i + "/criterion", "UNKNOWN_CRITERION",
            "Kriteria tidak dikenal: " + s.criterion(), "Unknown criterion: " + s.criterion(),
            "one of " + byCode.keySet(), s.criterion()));
      } else {
        Scale scale = r.scaleOf(c).orElseThrow();
        if (!scale.accepts(s.value())) {
          problems.add(problem(source, "/scores/" + i + "/value", "OFF_SCALE",
              "Nilai juri " + s.judge() + " untuk " + c.code() + " di luar skala",
              "Judge " + s.judge() + "'s score of " + c.code() + " is not on the scale",
              scale.describe(), s.value().toPlainString()));
        }
      }
    }
    for (String judge : entry.judges()) {
      for (Criterion c : r.criteria()) {
        if (entry.score(judge, c.code()).isEmpty()) {
          problems.add(problem(source, "/scores", "MISSING_SCORE",
              "Juri " + judge + " belum menilai kriteria " + c.code(),
              "Judge " + judge + " has not scored criterion " + c.code(),
              judge + " × " + c.code(), "none"));
        }
      }
    }
    int n = entry.judges().size();
    if (n < r.judges().minimumJudges()) {
      problems.add(problem(source, "/scores", "TOO_FEW_JUDGES",
          "Terlalu sedikit juri untuk " + r.judges().method().label().indonesian(),
          "Too few judges for the " + r.judges().method().label().english(),
          "at least " + r.judges().minimumJudges(), String.valueOf(n)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Entry " + source + " cannot be scored by " + r.id() + ": "
          + problems.size() + " problem(s)", problems);
    }
  }

  private static Problem problem(String source, String pointer, String code, String id, String en,
      String expected, String found) {
    return Problem.builder().code(code)
        .location(Location.builder().source(source).path(pointer).build())
        .message(Label.of(id, en)).expected(expected).found(found).build();
  }
}
