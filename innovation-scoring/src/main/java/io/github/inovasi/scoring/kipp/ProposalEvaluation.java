package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.scoring.rubric.RubricScore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One proposal's evaluation: its {@link RubricScore} under the evaluation's rubric (score,
 * components and an explanation per criterion and evaluator), each evaluator's own score, and
 * the proposal's rank among the evaluated proposals.
 *
 * <p>Immutable and thread-safe; built only by {@link KippEvaluation}, so its parts agree.
 */
public final class ProposalEvaluation {
  private final KippProposal proposal;
  private final RubricScore result;
  private final ImmutableMap<String, BigDecimal> byEvaluator;
  private final int rank;

  ProposalEvaluation(KippProposal proposal, RubricScore result, Map<String, BigDecimal> byEvaluator, int rank) {
    this.proposal = proposal;
    this.result = result;
    this.byEvaluator = ImmutableMap.copyOf(byEvaluator);
    this.rank = rank;
  }

  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  public KippProposal proposal() {
    return proposal;
  }

  /**
   * Returns the rubric's result: score, components, combined criterion scores, and an
   * explanation whose lines (one per criterion and evaluator) add up to the score exactly.
   *
   * @return the result
   */
  public RubricScore result() {
    return result;
  }

  /**
   * Returns each evaluator's own score: the rubric applied to that evaluator's scores alone,
   * rounded as the rubric says, in input order.
   *
   * @return the scores by evaluator
   */
  public ImmutableMap<String, BigDecimal> byEvaluator() {
    return byEvaluator;
  }

  /**
   * Returns the proposal's score: the rubric's score over all its evaluators, computed exactly
   * and rounded once (the default rubric: the mean over criteria and evaluators, two decimals,
   * half up).
   *
   * @return the score
   */
  public BigDecimal score() {
    return result.index();
  }

  /**
   * Returns the rank by score among the evaluated proposals; equal scores share a rank.
   *
   * @return the rank, from 1
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the proposal with its score, for {@link KippSelection}.
   *
   * @return the scored proposal
   */
  public ScoredProposal toScored() {
    return ScoredProposal.of(proposal, score());
  }

  /** Returns {@code "id score (rank n)"}. */
  @Override
  public String toString() {
    return proposal.id() + " " + score().toPlainString() + " (rank " + rank + ")";
  }
}
