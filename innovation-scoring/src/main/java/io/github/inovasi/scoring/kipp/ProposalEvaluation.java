package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.KippProposal;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One proposal's evaluation: each evaluator's weighted score and the proposal's score, the
 * mean over its evaluators, with its rank among the evaluated proposals.
 *
 * <p>Immutable and thread-safe; built only by {@link KippEvaluation}.
 */
public final class ProposalEvaluation {
  private final KippProposal proposal;
  private final ImmutableMap<String, BigDecimal> byEvaluator;
  private final BigDecimal score;
  private final int rank;

  ProposalEvaluation(KippProposal proposal, Map<String, BigDecimal> byEvaluator, BigDecimal score, int rank) {
    this.proposal = proposal;
    this.byEvaluator = ImmutableMap.copyOf(byEvaluator);
    this.score = score;
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
   * Returns each evaluator's weighted score, rounded half-up to two decimals, in input order.
   *
   * @return the scores by evaluator
   */
  public ImmutableMap<String, BigDecimal> byEvaluator() {
    return byEvaluator;
  }

  /**
   * Returns the proposal's score: the weighted mean over criteria and evaluators, computed
   * exactly and rounded half-up to two decimals once.
   *
   * @return the score, 0 to 100
   */
  public BigDecimal score() {
    return score;
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
    return ScoredProposal.of(proposal, score);
  }

  /** Returns {@code "id score (rank n)"}. */
  @Override
  public String toString() {
    return proposal.id() + " " + score.toPlainString() + " (rank " + rank + ")";
  }
}
