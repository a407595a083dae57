package io.github.inovasi.scoring.kipp;

import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Label;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One proposal in a {@link SelectionResult}: its score, whether it had replication priority,
 * its rank among the competing proposals, what was decided and why.
 *
 * <p>Immutable and thread-safe; built only by {@link KippSelection}.
 */
public final class SelectionLine {
  private final KippProposal proposal;
  private final BigDecimal score;
  private final boolean priority;
  private final int rank;
  private final SelectionOutcome outcome;
  private final Label reason;

  SelectionLine(KippProposal proposal, BigDecimal score, boolean priority, int rank, SelectionOutcome outcome,
      Label reason) {
    this.proposal = proposal;
    this.score = score;
    this.priority = priority;
    this.rank = rank;
    this.outcome = outcome;
    this.reason = reason;
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
   * Returns the evaluation score.
   *
   * @return the score
   */
  public BigDecimal score() {
    return score;
  }

  /**
   * Returns whether the proposal had the replication group's priority (a replication proposal
   * at or above the year's passing grade).
   *
   * @return true with priority
   */
  public boolean priority() {
    return priority;
  }

  /**
   * Returns the rank among the competing proposals: priority first, then score; equal
   * proposals share a rank (1, 2, 2, 4).
   *
   * @return the rank, empty for a proposal that does not compete
   */
  public OptionalInt rank() {
    return rank == 0 ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /**
   * Returns what was decided.
   *
   * @return the outcome
   */
  public SelectionOutcome outcome() {
    return outcome;
  }

  /**
   * Returns why, in Indonesian and English.
   *
   * @return the reason
   */
  public Label reason() {
    return reason;
  }

  /** Returns {@code "id score OUTCOME"}. */
  @Override
  public String toString() {
    return proposal.id() + " " + score.toPlainString() + " " + outcome;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelectionLine l && l.proposal.equals(proposal) && l.score.equals(score)
        && l.priority == priority && l.rank == rank && l.outcome == outcome && l.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, score, priority, rank, outcome, reason);
  }
}
