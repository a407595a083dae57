package io.github.inovasi.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.ExplanationLine;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of rubric scoring, over generated rubrics and panels. */
final class RubricProperties {
  static final Provenance P = Provenance.of(ProvenanceStatus.EXAMPLE, "generated");

  /** A rubric, a panel's scores of several entries, and one score to raise. */
  record Panel(Rubric rubric, List<JudgedEntry> entries, int entry, String judge, String criterion, int raise) {}

  @Provide
  Arbitrary<Rubric> rubrics() {
    Arbitrary<JudgeCombination> how = Arbitraries.of(
        JudgeCombination.of(JudgeCombination.Method.MEAN, P),
        JudgeCombination.of(JudgeCombination.Method.MEDIAN, P),
        JudgeCombination.of(JudgeCombination.Method.DROP_HIGHEST_AND_LOWEST, P),
        JudgeCombination.trimmedMean(1, P));
    Arbitrary<List<Integer>> weights = Arbitraries.integers().between(1, 50).list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<Scale> scales = Arbitraries.of(
        Scale.range(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ONE),
        Scale.range(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE),
        Scale.levels(List.of(ScaleLevel.of(BigDecimal.ONE, Label.of("a", "a")),
            ScaleLevel.of(new BigDecimal("2.5"), Label.of("b", "b")), ScaleLevel.of(BigDecimal.TEN, Label.of("c", "c")))));
    return Combinators.combine(how, weights, scales, Arbitraries.of(Aggregation.Method.values()),
        Arbitraries.integers().between(0, 4), Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN))
        .as((h, w, s, agg, digits, mode) -> {
          Rubric.Builder b = Rubric.builder().id("generated").title(Label.of("g", "g"))
              .unit(ScoredUnit.INNOVATION).provenance(P).scale(s).scaleProvenance(P).judges(h)
              .aggregation(new Aggregation(agg, P)).roundingScale(digits).roundingMode(mode).roundingProvenance(P);
          for (int i = 0; i < w.size(); i++) {
            b.addCriteria(Criterion.builder().code("c" + i).name(Label.of("c" + i, "c" + i))
                .weight(BigDecimal.valueOf(w.get(i))).provenance(P).build());
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<Panel> panels() {
    return rubrics().flatMap(r -> Combinators.combine(
        Arbitraries.integers().between(3, 6), Arbitraries.integers().between(1, 5), Arbitraries.longs())
        .as((judges, entries, seed) -> panel(r, judges, entries, new Random(seed))));
  }

  static Panel panel(Rubric r, int judges, int entries, Random random) {
    Scale s = r.scale().orElseThrow();
    List<BigDecimal> allowed = allowed(s);
    List<JudgedEntry> out = new ArrayList<>();
    for (int e = 0; e < entries; e++) {
      JudgedEntry.Builder b = JudgedEntry.builder().subject(Subject.of(ScoredUnit.INNOVATION, "e" + e, "E" + e));
      for (int j = 0; j < judges; j++) {
        for (Criterion c : r.criteria()) {
          b.addScores(new JudgeScore("J" + j, c.code(), allowed.get(random.nextInt(allowed.size()))));
        }
      }
      out.add(b.build());
    }
    return new Panel(r, out, random.nextInt(entries), "J" + random.nextInt(judges),
        r.criteria().get(random.nextInt(r.criteria().size())).code(), 1 + random.nextInt(3));
  }

  static List<BigDecimal> allowed(Scale s) {
    if (!s.levels().isEmpty()) {
      return s.levels().stream().map(ScaleLevel::points).collect(Collectors.toList());
    }
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal v = s.minimum(); v.compareTo(s.maximum()) <= 0; v = v.add(s.step().orElseThrow())) {
      out.add(v);
    }
    return out;
  }

  @Property(tries = 300)
  void raisingOneJudgesScore_neverLowersTheEntrysScoreOrRank(@ForAll("panels") Panel p) {
    RubricPolicy policy = RubricPolicy.of(p.rubric());
    JudgedEntry before = p.entries().get(p.entry());
    List<BigDecimal> allowed = allowed(p.rubric().scale().orElseThrow());
    int at = allowed.indexOf(before.score(p.judge(), p.criterion()).orElseThrow());
    BigDecimal higher = allowed.get(Math.min(allowed.size() - 1, at + p.raise()));
    List<JudgedEntry> after = new ArrayList<>(p.entries());
    after.set(p.entry(), before.withScore(p.judge(), p.criterion(), higher));

    List<RubricScore> old = p.entries().stream().map(policy::score).collect(Collectors.toList());
    List<RubricScore> now = after.stream().map(policy::score).collect(Collectors.toList());

    String id = before.subject().id();
    assertThat(now.get(p.entry()).index()).isGreaterThanOrEqualTo(old.get(p.entry()).index());
    assertThat(now.get(p.entry()).explanation().earned())
        .isGreaterThanOrEqualTo(old.get(p.entry()).explanation().earned());
    assertThat(Rankings.rank(now).entry(id).map(Ranking.Entry::rank).orElseThrow())
        .isLessThanOrEqualTo(Rankings.rank(old).entry(id).map(Ranking.Entry::rank).orElseThrow());
  }

  @Property(tries = 300)
  void explanation_addsUpExactlyToTheScore(@ForAll("panels") Panel p) {
    Rubric r = p.rubric();
    for (JudgedEntry e : p.entries()) {
      RubricScore s = RubricPolicy.of(r).score(e);
      Explanation x = s.explanation();
      BigDecimal earned = x.lines().stream().map(ExplanationLine::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal all = x.lines().stream().map(l -> l.earned().add(l.lost())).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(earned).isEqualByComparingTo(x.earned());
      assertThat(all).isEqualByComparingTo(x.maximum());
      assertThat(x.earnedByCriterion().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(x.earned());
      assertThat(x.earnedByJudge().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(x.earned());
      // The published score is the exact score rounded once; the explanation is it at 4 decimals.
      BigDecimal unit = BigDecimal.ONE.movePointLeft(r.roundingScale());
      assertThat(s.index().subtract(x.earned()).abs()).isLessThanOrEqualTo(unit.add(new BigDecimal("0.0001")));
      assertThat(s.index().scale()).isEqualTo(r.roundingScale());
      assertThat(r.grades()).contains(s.grade());
    }
  }

  @Property(tries = 200)
  void judgeOrder_doesNotMatter(@ForAll("panels") Panel p, @ForAll long seed) {
    RubricPolicy policy = RubricPolicy.of(p.rubric());
    for (JudgedEntry e : p.entries()) {
      List<JudgeScore> shuffled = new ArrayList<>(e.scores());
      Collections.shuffle(shuffled, new Random(seed));
      JudgedEntry reordered = JudgedEntry.builder().subject(e.subject()).scores(shuffled).build();
      assertThat(policy.score(reordered)).isEqualTo(policy.score(e));
      // Judges listed under other names, in reverse: the same score.
      JudgedEntry renamed = JudgedEntry.builder().subject(e.subject()).scores(e.scores().stream()
          .map(s -> new JudgeScore("Z" + (99 - Integer.parseInt(s.judge().substring(1))), s.criterion(), s.value()))
          .collect(Collectors.toList())).build();
      assertThat(policy.score(renamed).index()).isEqualTo(policy.score(e).index());
      assertThat(policy.score(renamed).combined()).isEqualTo(policy.score(e).combined());
    }
  }

  @Property(tries = 200)
  void rubric_roundTripsThroughItsJson(@ForAll("rubrics") Rubric r) {
    String json = r.toJson();
    assertThat(Rubric.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "generated"))
        .isEqualTo(r);
  }
}
