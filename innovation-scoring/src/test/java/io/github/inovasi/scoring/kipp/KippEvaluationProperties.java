package io.github.inovasi.scoring.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.model.KippProposal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** An evaluator raising a score never lowers the proposal's score or rank, whatever the weights. */
final class KippEvaluationProperties {
  private static final List<KippProposal> PROPOSALS = List.of(KippFixtures.proposal("p0").build(),
      KippFixtures.proposal("p1").build(), KippFixtures.proposal("p2").build(), KippFixtures.proposal("p3").build());

  @Provide
  Arbitrary<List<EvaluatorScore>> scores() {
    return Arbitraries.integers().between(0, 100).list().ofSize(5).list().ofSize(8).map(rows -> {
      List<EvaluatorScore> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Map<KippCriterion, BigDecimal> m = new EnumMap<>(KippCriterion.class);
        for (KippCriterion c : KippCriterion.values()) {
          m.put(c, BigDecimal.valueOf(rows.get(i).get(c.ordinal()) / 5 * 5)); // coarse, so scores tie
        }
        out.add(EvaluatorScore.of("p" + (i % 4), "e" + (i / 4), m));
      }
      return out;
    });
  }

  @Provide
  Arbitrary<KippEvaluation> evaluations() {
    return Arbitraries.integers().between(1, 5).list().ofSize(5).map(ws -> {
      Map<KippCriterion, BigDecimal> m = new EnumMap<>(KippCriterion.class);
      for (KippCriterion c : KippCriterion.values()) {
        m.put(c, BigDecimal.valueOf(ws.get(c.ordinal())));
      }
      return KippEvaluation.standard().withWeights(m);
    });
  }

  @Property(tries = 300)
  void raisingAScore_neverLowersTheRank(@ForAll("scores") List<EvaluatorScore> scores, @ForAll("evaluations") KippEvaluation evaluation,
      @ForAll @IntRange(min = 0, max = 7) int row, @ForAll @IntRange(min = 0, max = 4) int criterion,
      @ForAll @IntRange(min = 1, max = 30) int raise) {
    EvaluatorScore old = scores.get(row);
    KippCriterion c = KippCriterion.values()[criterion];
    Map<KippCriterion, BigDecimal> m = new EnumMap<>(old.scores());
    m.put(c, m.get(c).add(BigDecimal.valueOf(raise)).min(BigDecimal.valueOf(100)));
    List<EvaluatorScore> raised = new ArrayList<>(scores);
    raised.set(row, EvaluatorScore.of(old.proposalId(), old.evaluator(), m));
    ProposalEvaluation before = find(evaluation.evaluate(PROPOSALS, scores), old.proposalId());
    ProposalEvaluation after = find(evaluation.evaluate(PROPOSALS, raised), old.proposalId());
    assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
    assertThat(after.rank()).isLessThanOrEqualTo(before.rank());
  }

  private static ProposalEvaluation find(EvaluationResult r, String id) {
    return r.evaluations().stream().filter(e -> e.proposal().id().equals(id)).findFirst().orElseThrow();
  }
}
