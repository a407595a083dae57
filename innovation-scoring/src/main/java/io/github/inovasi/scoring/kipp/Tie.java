package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.KippGroup;
import io.github.inovasi.model.KippProposal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Proposals tied at the cut: equal in priority and score, more of them than the places left.
 * The library never breaks a tie; the organiser decides (for instance by the panel's
 * interview) and runs selection again with the decided scores.
 *
 * <p>Immutable and thread-safe; built only by {@link KippSelection}.
 */
public final class Tie {
  private final ImmutableList<KippProposal> proposals;
  private final BigDecimal score;
  private final int places;
  private final Optional<KippGroup> group;

  Tie(List<KippProposal> proposals, BigDecimal score, int places, Optional<KippGroup> group) {
    this.proposals = ImmutableList.copyOf(proposals);
    this.score = score;
    this.places = places;
    this.group = group;
  }

  /**
   * Returns the tied proposals, in input order.
   *
   * @return at least two proposals
   */
  public ImmutableList<KippProposal> proposals() {
    return proposals;
  }

  /**
   * Returns the score they share.
   *
   * @return the score
   */
  public BigDecimal score() {
    return score;
  }

  /**
   * Returns the number of places they compete for, fewer than the tied proposals.
   *
   * @return the places left
   */
  public int places() {
    return places;
  }

  /**
   * Returns the group whose places are contested, when the cut is a group quota.
   *
   * @return the group, empty when the cut is the tier's total
   */
  public Optional<KippGroup> group() {
    return group;
  }

  /** Returns {@code "3 tied at 81.50 for 2 places"}. */
  @Override
  public String toString() {
    return proposals.size() + " tied at " + score.toPlainString() + " for " + places + " places"
        + group.map(g -> " of " + g.code()).orElse("");
  }
}
