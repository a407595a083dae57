package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.KippProposal;
import java.util.List;

/**
 * The selection of one tier: a line per proposal, ordered by rank, and the ties at the cut.
 *
 * <p>Immutable and thread-safe; built only by {@link KippSelection}.
 */
public final class SelectionResult {
  private final KippTier tier;
  private final ImmutableList<SelectionLine> lines;
  private final ImmutableList<Tie> ties;

  SelectionResult(KippTier tier, List<SelectionLine> lines, List<Tie> ties) {
    this.tier = tier;
    this.lines = ImmutableList.copyOf(lines);
    this.ties = ImmutableList.copyOf(ties);
  }

  /**
   * Returns the tier selected for, with the places used.
   *
   * @return the tier
   */
  public KippTier tier() {
    return tier;
  }

  /**
   * Returns every proposal's line: the competing ones by rank (input order among equals), then
   * those whose group does not compete.
   *
   * @return the lines
   */
  public ImmutableList<SelectionLine> lines() {
    return lines;
  }

  /**
   * Returns the ties at the cut, left for the organiser to break.
   *
   * @return the ties, empty when the cut is clean
   */
  public ImmutableList<Tie> ties() {
    return ties;
  }

  /**
   * Returns the selected proposals, by rank.
   *
   * @return the selected proposals
   */
  public ImmutableList<KippProposal> selected() {
    return lines.stream().filter(l -> l.outcome() == SelectionOutcome.SELECTED).map(SelectionLine::proposal)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code "top-99: 99 selected, 1 tie"}. */
  @Override
  public String toString() {
    return tier.id() + ": " + selected().size() + " selected, " + ties.size() + " ties";
  }
}
