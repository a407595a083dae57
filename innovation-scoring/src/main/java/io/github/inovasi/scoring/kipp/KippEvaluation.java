package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluation of KIPP proposals by several evaluators (Tim Evaluasi) on the five criteria
 * through a {@link KippRubric}. A proposal's score is the weighted mean of its criterion scores
 * over all its evaluators, computed exactly and rounded half-up to two decimals once; so a
 * higher criterion score from any evaluator never lowers the proposal's score or rank.
 *
 * <pre>{@code
 * EvaluationResult r = KippEvaluation.of(KippRubric.equalWeights()).evaluate(proposals, scores);
 * KippSelection.of(year, "top-99").select(r.scored());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KippEvaluation {
  /** Scores name a proposal that is not among those evaluated. */
  public static final String SCORE_FOR_UNKNOWN_PROPOSAL = "KIPP_SCORE_FOR_UNKNOWN_PROPOSAL";
  /** One evaluator scored one proposal twice. */
  public static final String DUPLICATE_SCORE = "KIPP_DUPLICATE_SCORE";

  private final KippRubric rubric;

  private KippEvaluation(KippRubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * Returns an evaluation through a rubric.
   *
   * @param rubric the weights, e.g. {@link KippRubric#equalWeights()}
   * @return the evaluation
   */
  public static KippEvaluation of(KippRubric rubric) {
    return new KippEvaluation(rubric);
  }

  /**
   * Evaluates proposals.
   *
   * @param proposals the proposals, each id once
   * @param scores every evaluator's scores, in any order
   * @return the evaluations by rank and the proposals without scores
   * @throws InvalidInputException with every problem located at {@code scores[i]} if scores
   *     name an unknown proposal or an evaluator scores a proposal twice
   */
  public EvaluationResult evaluate(List<KippProposal> proposals, List<EvaluatorScore> scores) {
    Map<String, KippProposal> byId = new LinkedHashMap<>();
    proposals.forEach(p -> byId.putIfAbsent(p.id(), p));
    Map<String, Map<String, EvaluatorScore>> byProposal = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      EvaluatorScore s = scores.get(i);
      Location at = Location.builder().path("scores[" + i + "]").field("proposalId").build();
      if (!byId.containsKey(s.proposalId())) {
        problems.add(Problem.builder().code(SCORE_FOR_UNKNOWN_PROPOSAL).location(at)
            .message(Label.of("Nilai untuk proposal yang tidak ada: " + s.proposalId(),
                "Scores for a proposal that is not there: " + s.proposalId())).found(s.proposalId()).build());
      } else if (byProposal.computeIfAbsent(s.proposalId(), k -> new LinkedHashMap<>())
          .putIfAbsent(s.evaluator(), s) != null) {
        problems.add(Problem.builder().code(DUPLICATE_SCORE).location(at)
            .message(Label.of("Evaluator " + s.evaluator() + " menilai " + s.proposalId() + " dua kali",
                "Evaluator " + s.evaluator() + " scored " + s.proposalId() + " twice")).found(s.evaluator()).build());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("KIPP scores have " + problems.size() + " problem(s)", problems);
    }
    BigDecimal weightSum = rubric.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ProposalEvaluation> unranked = new ArrayList<>();
    List<KippProposal> missing = new ArrayList<>();
    for (KippProposal p : byId.values()) {
      Map<String, EvaluatorScore> mine = byProposal.get(p.id());
      if (mine == null) {
        missing.add(p);
        continue;
      }
      Map<String, BigDecimal> each = new LinkedHashMap<>();
      BigDecimal total = BigDecimal.ZERO;
      for (EvaluatorScore s : mine.values()) {
        BigDecimal weighted = weighted(s);
        total = total.add(weighted);
        each.put(s.evaluator(), weighted.divide(weightSum, 2, RoundingMode.HALF_UP));
      }
      BigDecimal score = total.divide(weightSum.multiply(BigDecimal.valueOf(mine.size())), 2, RoundingMode.HALF_UP);
      unranked.add(new ProposalEvaluation(p, each, score, 0));
    }
    unranked.sort(Comparator.comparing(ProposalEvaluation::score).reversed());
    List<ProposalEvaluation> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      ProposalEvaluation e = unranked.get(i);
      int rank = i > 0 && e.score().compareTo(unranked.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new ProposalEvaluation(e.proposal(), e.byEvaluator(), e.score(), rank));
    }
    return new EvaluationResult(rubric, ranked, missing);
  }

  private BigDecimal weighted(EvaluatorScore s) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<KippCriterion, BigDecimal> w : rubric.weights().entrySet()) {
      sum = sum.add(w.getValue().multiply(s.scores().get(w.getKey())));
    }
    return sum;
  }

  /** Returns {@code "KIPP evaluation (provisional weights)"}. */
  @Override
  public String toString() {
    return "KIPP evaluation (" + rubric.provenance().status().code() + " weights)";
  }
}
