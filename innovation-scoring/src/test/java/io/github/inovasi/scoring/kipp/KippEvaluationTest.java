package io.github.inovasi.scoring.kipp;

import static io.github.inovasi.scoring.kipp.KippFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.Ranking;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicies;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import io.github.inovasi.scoring.rubric.Criterion;
import io.github.inovasi.scoring.rubric.JudgeCombination;
import io.github.inovasi.scoring.rubric.Rubric;
import io.github.inovasi.scoring.rubric.RubricScore;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class KippEvaluationTest {
  static EvaluatorScore score(String id, String evaluator, int... values) {
    Map<KippCriterion, BigDecimal> m = new EnumMap<>(KippCriterion.class);
    for (KippCriterion c : KippCriterion.values()) {
      m.put(c, BigDecimal.valueOf(values[c.ordinal()]));
    }
    return EvaluatorScore.of(id, evaluator, m);
  }

  private static final List<KippProposal> PROPOSALS = List.of(proposal("a").build(), proposal("b").build(),
      proposal("c").build());

  @Test
  void standard_isTheBundledRubric_equalWeightsDeclaredProvisionalEverywhere() {
    Rubric r = KippEvaluation.standard().rubric();
    assertThat(r.id()).isEqualTo(KippEvaluation.RUBRIC_ID);
    assertThat(r.unit()).isEqualTo(ScoredUnit.PROPOSAL);
    assertThat(r.provenance().status()).isEqualTo(ProvenanceStatus.PROVISIONAL);
    assertThat(r.criteria()).extracting(Criterion::weight).containsOnly(BigDecimal.ONE);
    assertThat(r.criteria()).extracting(c -> c.provenance().status()).containsOnly(ProvenanceStatus.PROVISIONAL);
    assertThat(r.criteria()).extracting(c -> KippCriterion.ofCode(c.code())).containsExactly(KippCriterion.values());
    assertThat(r.tentativeRules()).isNotEmpty();
    assertThat(ScoringPolicies.standard().of(KippEvaluation.RUBRIC_ID).unit()).isEqualTo(ScoredUnit.PROPOSAL);
  }

  @Test
  void score_isTheMeanOverCriteriaAndEvaluators_roundedOnce() {
    EvaluationResult r = KippEvaluation.standard().evaluate(PROPOSALS, List.of(
        score("a", "e1", 90, 80, 85, 70, 75), score("a", "e2", 81, 80, 80, 80, 80),
        score("b", "e1", 70, 70, 70, 70, 71)));
    // a: (400 + 401) / 10 = 80.10; b: 351 / 5 = 70.20
    assertThat(r.evaluations()).extracting(e -> e.proposal().id(), ProposalEvaluation::score, ProposalEvaluation::rank)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", new BigDecimal("80.10"), 1),
            org.assertj.core.groups.Tuple.tuple("b", new BigDecimal("70.20"), 2));
    assertThat(r.evaluations().get(0).byEvaluator()).containsEntry("e1", new BigDecimal("80.00"))
        .containsEntry("e2", new BigDecimal("80.20"));
    assertThat(r.notEvaluated()).extracting(KippProposal::id).containsExactly("c");
    RubricScore a = r.evaluations().get(0).result();
    assertThat(a.explanation().earned().add(a.explanation().lost())).isEqualByComparingTo("100");
    assertThat(a.explanation().earnedByJudge()).containsEntry("e1", new BigDecimal("40.0000"))
        .containsEntry("e2", new BigDecimal("40.1000"));
    assertThat(r.ranking().entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2);
  }

  @Test
  void userWeights_changeTheScore() {
    Map<KippCriterion, BigDecimal> w = new EnumMap<>(KippCriterion.class);
    for (KippCriterion c : KippCriterion.values()) {
      w.put(c, c == KippCriterion.NOVELTY ? new BigDecimal("3") : BigDecimal.ONE);
    }
    EvaluationResult r = KippEvaluation.standard().withWeights(w).evaluate(PROPOSALS,
        List.of(score("a", "e1", 100, 50, 50, 50, 50)));
    assertThat(r.evaluations().get(0).score()).isEqualByComparingTo("71.43"); // 500 / 7
    assertThat(r.rubric().id()).isEqualTo("kipp-evaluation-own-weights");
    assertThat(r.rubric().criteria()).flatExtracting(c -> c.provenance().sources()).containsOnly("supplied by the user");
  }

  @Test
  void withWeights_missingOrNotPositive_isRefused() {
    Map<KippCriterion, BigDecimal> w = new EnumMap<>(KippCriterion.class);
    w.put(KippCriterion.NOVELTY, BigDecimal.ONE);
    assertThatThrownBy(() -> KippEvaluation.standard().withWeights(w)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EFEKTIF");
  }

  @Test
  void ownRubric_combinesEvaluatorsItsWay() {
    Rubric dropExtremes = Rubric.builder().from(KippEvaluation.standard().rubric())
        .judges(JudgeCombination.of(JudgeCombination.Method.DROP_HIGHEST_AND_LOWEST,
            Provenance.of(ProvenanceStatus.PROVISIONAL, "the bureau's rule")))
        .build();
    EvaluationResult r = KippEvaluation.of(dropExtremes).evaluate(PROPOSALS, List.of(
        score("a", "e1", 10, 10, 10, 10, 10), score("a", "e2", 60, 60, 60, 60, 60),
        score("a", "e3", 100, 100, 100, 100, 100)));
    assertThat(r.evaluations().get(0).score()).isEqualByComparingTo("60.00");
    assertThat(r.evaluations().get(0).byEvaluator()).containsEntry("e1", new BigDecimal("10.00"));
  }

  @Test
  void aRubricThatIsNotForKipp_isRefusedWithEveryProblemLocated() {
    assertThatThrownBy(() -> KippEvaluation.of(Rubric.bundled("iga-2023-presentation")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::code, p -> p.location().path())
            .contains(org.assertj.core.groups.Tuple.tuple(KippEvaluation.RUBRIC_UNIT, "/unit"),
                org.assertj.core.groups.Tuple.tuple(KippEvaluation.RUBRIC_CRITERION, "/criteria/0/code"),
                org.assertj.core.groups.Tuple.tuple(KippEvaluation.RUBRIC_MISSING_CRITERION, "/criteria")));
  }

  @Test
  void equalScores_shareARank() {
    EvaluationResult r = KippEvaluation.standard().evaluate(PROPOSALS, List.of(
        score("a", "e1", 80, 80, 80, 80, 80), score("b", "e1", 80, 80, 80, 80, 80), score("c", "e1", 1, 1, 1, 1, 1)));
    assertThat(r.evaluations()).extracting(ProposalEvaluation::rank).containsExactly(1, 1, 3);
  }

  @Test
  void scoresForAnUnknownProposal_orTwiceByOneEvaluator_areLocatedProblems() {
    assertThatThrownBy(() -> KippEvaluation.standard().evaluate(PROPOSALS, List.of(
        score("a", "e1", 1, 1, 1, 1, 1), score("zz", "e1", 1, 1, 1, 1, 1), score("a", "e1", 2, 2, 2, 2, 2))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::code, p -> p.location().path())
            .containsExactly(org.assertj.core.groups.Tuple.tuple(KippEvaluation.SCORE_FOR_UNKNOWN_PROPOSAL, "scores[1]"),
                org.assertj.core.groups.Tuple.tuple(KippEvaluation.DUPLICATE_SCORE, "scores[2]")));
  }

  @Test
  void aScoreOutsideZeroToHundred_isRefused() {
    assertThatThrownBy(() -> score("a", "e1", 101, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KEBARUAN must be from 0 to 100");
  }
}
