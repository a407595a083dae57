package io.github.inovasi.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.Rankings;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.ScoringPolicy;
import io.github.inovasi.scoring.Subject;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RubricScoringTest {
  static final String[] LOMBA = {"kebaruan", "efektif", "bermanfaat", "dapat-direplikasi", "berkelanjutan"};
  static final Provenance EXAMPLE = Provenance.of(ProvenanceStatus.EXAMPLE, "test");

  /** An entry whose judges' scores are given per judge, in the criteria's order. */
  static JudgedEntry entry(String id, String[] criteria, String... perJudge) {
    JudgedEntry.Builder b = JudgedEntry.builder().subject(Subject.of(ScoredUnit.INNOVATION, id, "Inovasi " + id));
    for (int j = 0; j < perJudge.length; j++) {
      String[] values = perJudge[j].split(",");
      for (int c = 0; c < criteria.length; c++) {
        b.addScores(JudgeScore.of("J" + (j + 1), criteria[c], values[c]));
      }
    }
    return b.build();
  }

  @Test
  void exampleLomba_threeJudges_scoresAndRanksTheEntries() {
    RubricPolicy policy = RubricPolicy.of(Rubric.bundled("example-lomba-inovasi-opd"));
    List<RubricScore> scores = List.of(
        entry("dukcapil-02", LOMBA, "3,3,4,3,3", "4,3,3,3,2", "3,4,4,2,3"),
        entry("dishub-03", LOMBA, "2,2,3,2,2", "3,2,2,2,3", "2,3,2,1,2"),
        entry("dinkes-01", LOMBA, "5,4,5,3,4", "4,4,5,4,4", "5,5,4,3,3"))
        .stream().map(policy::score).collect(Collectors.toList());

    // dinkes-01: (5·14 + 4·13 + 5·14 + 3·10 + 3·11) / 3 = 255 / 3 = 85
    assertThat(scores).extracting(s -> s.index().toPlainString()).containsExactly("64.33", "44.67", "85.00");
    assertThat(scores).extracting(s -> s.grade().code()).containsExactly("baik", "perlu-pembinaan", "terbaik");
    Ranking ranking = Rankings.rank(scores);
    assertThat(ranking.entries()).extracting(e -> e.result().subject().id())
        .containsExactly("dinkes-01", "dukcapil-02", "dishub-03");
    assertThat(ranking.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2, 3);
    RubricScore best = scores.get(2);
    assertThat(best.combined().get("kebaruan")).isEqualByComparingTo("4.666667");
    assertThat(best.explanation().earned()).isEqualByComparingTo("85.0000");
    assertThat(best.explanation().maximum()).isEqualByComparingTo("100.0000");
    assertThat(best.explanation().lines()).hasSize(15);
    // J1 gave 5·5 + 4·4 + 5·5 + 3·3 + 3·4 = 87 of the 255 points, one third of it counts.
    assertThat(best.explanation().earnedByJudge().get("J1")).isEqualByComparingTo("29.0000");
    assertThat(best.explanation().lostByCriterion().get("dapat-direplikasi")).isEqualByComparingTo("5.0000");
    assertThat(best.tentativeRules()).isNotEmpty().allMatch(n -> n.contains("example"));
    assertThat(scores.get(0).explanation().earned()).isEqualByComparingTo("64.3333");
  }

  @Test
  void igaPresentation_scaleUnknown_refusesUntilSuppliedOrAssumed() {
    Rubric iga = Rubric.bundled("iga-2023-presentation");
    String[] aspects = iga.criteria().stream().map(Criterion::code).toArray(String[]::new);
    JudgedEntry region = entry("35.72", aspects, "80,70,90,60,85");

    assertThat(iga.criteria()).extracting(c -> c.weight().intValueExact()).containsExactly(30, 25, 20, 15, 10);
    assertThat(iga.criteria()).allMatch(c -> c.provenance().status() == ProvenanceStatus.OFFICIAL);
    assertThat(iga.missing()).containsExactly("scale");
    assertThatThrownBy(() -> RubricPolicy.of(iga).score(region))
        .isInstanceOf(IncompleteRubricException.class)
        .hasMessageContaining("iga-2023-presentation")
        .hasMessageContaining("scale")
        .hasMessageContaining("withAssumptions");

    RubricScore assumed = RubricPolicy.of(iga.withAssumptions()).score(region);
    // (80·30 + 70·25 + 90·20 + 60·15 + 85·10) / 100 = 77
    assertThat(assumed.index()).isEqualByComparingTo("77.00");
    assertThat(assumed.tentativeRules()).anyMatch(n -> n.startsWith("scale: provisional"));

    RubricScore supplied = RubricPolicy.of(iga.withScale(
        Scale.range(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE),
        Provenance.of(ProvenanceStatus.OFFICIAL, "panel sheet"))).score(entry("35.72", aspects, "5,4,3,2,1"));
    // (5·30 + 4·25 + 3·20 + 2·15 + 1·10) / 100 = 3.5
    assertThat(supplied.index()).isEqualByComparingTo("3.50");
  }

  static Rubric oneCriterion(JudgeCombination how) {
    return Rubric.builder().id("t").title(Label.of("t", "t")).unit(ScoredUnit.PROPOSAL).provenance(EXAMPLE)
        .addCriteria(Criterion.builder().code("c").name(Label.of("c", "c")).weight(BigDecimal.ONE)
            .provenance(EXAMPLE).build())
        .scale(Scale.range(BigDecimal.ZERO, BigDecimal.valueOf(100), null)).scaleProvenance(EXAMPLE)
        .judges(how).aggregation(new Aggregation(Aggregation.Method.WEIGHTED_MEAN, EXAMPLE))
        .roundingScale(2).roundingMode(RoundingMode.HALF_UP).roundingProvenance(EXAMPLE).build();
  }

  @Test
  void combinations_keepTheRightJudges() {
    String[] c = {"c"};
    JudgedEntry four = entry("p", c, "10", "20", "40", "100");
    JudgedEntry five = entry("p", c, "10", "20", "40", "60", "100");
    assertThat(RubricPolicy.of(oneCriterion(JudgeCombination.of(JudgeCombination.Method.MEAN, EXAMPLE)))
        .score(four).index()).isEqualByComparingTo("42.50");
    assertThat(RubricPolicy.of(oneCriterion(JudgeCombination.of(JudgeCombination.Method.MEDIAN, EXAMPLE)))
        .score(four).index()).isEqualByComparingTo("30.00");
    assertThat(RubricPolicy.of(oneCriterion(JudgeCombination.of(JudgeCombination.Method.MEDIAN, EXAMPLE)))
        .score(five).index()).isEqualByComparingTo("40.00");
    RubricScore dropped = RubricPolicy.of(oneCriterion(
        JudgeCombination.of(JudgeCombination.Method.DROP_HIGHEST_AND_LOWEST, EXAMPLE))).score(five);
    assertThat(dropped.index()).isEqualByComparingTo("40.00");
    assertThat(dropped.explanation().earnedByJudge()).containsEntry("J1", new BigDecimal("0.0000"))
        .containsEntry("J5", new BigDecimal("0.0000"));
    assertThat(dropped.explanation().lines().get(0).reasons()).isNotEmpty();
    assertThat(RubricPolicy.of(oneCriterion(JudgeCombination.trimmedMean(2, EXAMPLE))).score(five).index())
        .isEqualByComparingTo("40.00");
  }

  @Test
  void entry_offScaleMissingAndUnknown_areLocatedProblems() {
    RubricPolicy policy = RubricPolicy.of(Rubric.bundled("example-lomba-inovasi-opd"));
    JudgedEntry bad = JudgedEntry.builder().subject(Subject.of(ScoredUnit.INNOVATION, "x", "X"))
        .addScores(JudgeScore.of("J1", "kebaruan", "6"), JudgeScore.of("J1", "warna", "3"))
        .build();
    assertThatThrownBy(() -> policy.score(bad)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::code, p -> p.location().path())
            .contains(org.assertj.core.groups.Tuple.tuple("OFF_SCALE", "/scores/0/value"),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_CRITERION", "/scores/1/criterion"),
                org.assertj.core.groups.Tuple.tuple("MISSING_SCORE", "/scores")));
    assertThatThrownBy(() -> RubricPolicy.of(oneCriterion(
        JudgeCombination.of(JudgeCombination.Method.DROP_HIGHEST_AND_LOWEST, EXAMPLE)))
        .score(entry("p", new String[] {"c"}, "1", "2")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::code)
            .containsExactly("TOO_FEW_JUDGES"));
  }

  @Test
  void judgedEntriesFile_readsTheDocsSample_andLocatesProblems() throws java.io.IOException {
    java.nio.file.Path sample = java.nio.file.Path.of("../docs/samples/lomba-inovasi-opd-entries.json");
    List<JudgedEntry> entries = JudgedEntries.read(sample);
    assertThat(entries).extracting(e -> e.subject().id()).containsExactly("dukcapil-02", "dishub-03", "dinkes-01");
    assertThat(RubricPolicy.of(Rubric.bundled("example-lomba-inovasi-opd")).score(entries.get(2)).index())
        .isEqualByComparingTo("85.00");

    String broken = java.nio.file.Files.readString(sample).replaceFirst("\"kebaruan\": 3", "\"kebaruan\": \"3\"")
        .replaceFirst("\"id\": \"dishub-03\",\\s*\"name\": \"([^\"]*)\",\\s*\"unit\": \"innovation\"",
            "\"id\": \"99.99\", \"name\": \"$1\", \"unit\": \"region\"");
    assertThatThrownBy(() -> JudgedEntries.read(new java.io.ByteArrayInputStream(
        broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "entries.json"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::code, p -> p.location().path())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "/entries/0/scores/J1/kebaruan"),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_REGION", "/entries/1/id")));
  }

  @Test
  void registry_listsTheBundledRubricsWithWhatTheyScore() {
    ScoringPolicy lomba = ScoringPolicies.standard().of("example-lomba-inovasi-opd");
    assertThat(lomba.unit()).isEqualTo(ScoredUnit.INNOVATION);
    assertThat(lomba.grades()).extracting(g -> g.code()).containsExactly("perlu-pembinaan", "baik", "terbaik");
    assertThat(ScoringPolicies.standard().of("iga-2023-presentation").unit()).isEqualTo(ScoredUnit.REGION);
    assertThatThrownBy(() -> lomba.score((io.github.inovasi.model.Assessment) null))
        .isInstanceOf(InovasiException.class);
  }
}
