package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A unit's best and worst indicators (kekuatan dan kelemahan), by its rank among the units.
 *
 * @param unit the unit code
 * @param strengths the best-ranked indicators, best first
 * @param weaknesses the worst-ranked indicators, worst first
 */
public record StrengthsAndWeaknesses(
    String unit, ImmutableList<Entry> strengths, ImmutableList<Entry> weaknesses) {
  /**
   * Checks the parts.
   *
   * @param unit the unit code
   * @param strengths the best indicators
   * @param weaknesses the worst indicators
   */
  public StrengthsAndWeaknesses {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(strengths, "strengths");
    Objects.requireNonNull(weaknesses, "weaknesses");
  }

  /**
   * One indicator of the unit.
   *
   * @param indicator the indicator code
   * @param rank the unit's rank on it (1 = best)
   * @param score the unit's score on it
   */
  public record Entry(String indicator, int rank, double score) {}
}
