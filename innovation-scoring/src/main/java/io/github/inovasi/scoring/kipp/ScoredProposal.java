package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.KippProposal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A proposal with its evaluation score, the input of {@link KippSelection}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param proposal the proposal
 * @param score its evaluation score (for instance {@link ProposalEvaluation#score()})
 */
public record ScoredProposal(KippProposal proposal, BigDecimal score) {

  /**
   * Checks the parts.
   *
   * @param proposal the proposal
   * @param score its score
   * @throws NullPointerException if a part is null
   */
  public ScoredProposal {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(score, "score");
  }

  /**
   * Creates a scored proposal.
   *
   * @param proposal the proposal
   * @param score its score
   * @return the pair
   */
  public static ScoredProposal of(KippProposal proposal, BigDecimal score) {
    return new ScoredProposal(proposal, score);
  }
}
