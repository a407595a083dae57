package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.KippProposal;
import io.github.inovasi.model.Problem;
import java.util.List;

/**
 * The administrative screening of one proposal: the proposal, its position in the input and
 * every reason found, each a {@link Problem} located in the proposal ({@code
 * proposals[3].sections.signifikansi}). A proposal passes when no reason is an error.
 *
 * <p>Immutable and thread-safe; built only by {@link KippScreening}.
 */
public final class ProposalScreening {
  private final KippProposal proposal;
  private final int index;
  private final ImmutableList<Problem> reasons;

  ProposalScreening(KippProposal proposal, int index, List<Problem> reasons) {
    this.proposal = proposal;
    this.index = index;
    this.reasons = ImmutableList.copyOf(reasons);
  }

  /**
   * Returns the proposal screened.
   *
   * @return the proposal
   */
  public KippProposal proposal() {
    return proposal;
  }

  /**
   * Returns the proposal's zero-based position in the input.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns every reason found, errors (rejections) and warnings.
   *
   * @return the reasons, in the order the rules run
   */
  public ImmutableList<Problem> reasons() {
    return reasons;
  }

  /**
   * Returns whether the proposal passes the administrative screening.
   *
   * @return true when no reason is an error
   */
  public boolean passed() {
    return reasons.stream().noneMatch(Problem::isError);
  }

  /** Returns {@code "id passed"} or {@code "id rejected: CODE, CODE"}. */
  @Override
  public String toString() {
    return proposal.id() + (passed() ? " passed" : " rejected: "
        + reasons.stream().filter(Problem::isError).map(Problem::code).distinct().toList());
  }
}
