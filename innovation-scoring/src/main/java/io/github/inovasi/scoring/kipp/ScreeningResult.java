package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.inovasi.model.KippProposal;
import java.util.List;
import java.util.Set;

/**
 * The administrative screening of a set of proposals: one {@link ProposalScreening} per
 * proposal in input order, and the checks the user chose to leave out because the year's rule
 * is unknown.
 *
 * <p>Immutable and thread-safe; built only by {@link KippScreening}.
 */
public final class ScreeningResult {
  private final KippYear year;
  private final ImmutableList<ProposalScreening> proposals;
  private final ImmutableSet<KippElement> skipped;

  ScreeningResult(KippYear year, List<ProposalScreening> proposals, Set<KippElement> skipped) {
    this.year = year;
    this.proposals = ImmutableList.copyOf(proposals);
    this.skipped = ImmutableSet.copyOf(skipped);
  }

  /**
   * Returns the year's rules screened against.
   *
   * @return the year
   */
  public KippYear year() {
    return year;
  }

  /**
   * Returns the screening of every proposal, in input order.
   *
   * @return the screenings
   */
  public ImmutableList<ProposalScreening> proposals() {
    return proposals;
  }

  /**
   * Returns the rules that were not checked, at the user's request.
   *
   * @return the skipped elements, possibly empty
   */
  public ImmutableSet<KippElement> skipped() {
    return skipped;
  }

  /**
   * Returns the proposals that pass, in input order.
   *
   * @return the passing proposals
   */
  public ImmutableList<KippProposal> passed() {
    return proposals.stream().filter(ProposalScreening::passed).map(ProposalScreening::proposal)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the screenings of the rejected proposals, in input order.
   *
   * @return the rejections with their reasons
   */
  public ImmutableList<ProposalScreening> rejected() {
    return proposals.stream().filter(p -> !p.passed()).collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code "KIPP 2021 screening: 8 passed, 3 rejected"}. */
  @Override
  public String toString() {
    return year + " screening: " + passed().size() + " passed, " + rejected().size() + " rejected";
  }
}
