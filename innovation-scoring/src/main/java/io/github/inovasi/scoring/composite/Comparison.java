package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Two results compared on one column, unit by unit: scores, ranks and their differences
 * (second minus first). Units present in only one result have missing values for the other.
 *
 * <pre>{@code
 * Comparison c = nominal.compare(geometric, "Index");
 * c.meanAbsoluteRankChange();
 * }</pre>
 *
 * @param column the compared column
 * @param units one row per unit, in the first result's order then any new units
 */
public record Comparison(String column, ImmutableList<UnitChange> units) {
  /**
   * Checks the parts.
   *
   * @param column the compared column
   * @param units one row per unit
   */
  public Comparison {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(units, "units");
  }

  static Comparison of(CompositeResult first, CompositeResult second, String column) {
    ImmutableList.Builder<UnitChange> out = ImmutableList.builder();
    DataSet s1 = first.scores();
    DataSet s2 = second.scores();
    LinkedHashSet<String> all = new LinkedHashSet<>(s1.units());
    all.addAll(s2.units());
    for (String u : all) {
      out.add(new UnitChange(u, get(s1, u, column), get(s2, u, column),
          get(first.ranks(), u, column), get(second.ranks(), u, column)));
    }
    return new Comparison(column, out.build());
  }

  private static double get(DataSet d, String unit, String column) {
    return d.hasUnit(unit) && d.hasColumn(column) ? d.get(unit, column) : Double.NaN;
  }

  /**
   * Returns the mean absolute rank change over the units ranked in both results.
   *
   * @return the mean, empty when no unit is ranked in both
   */
  public OptionalDouble meanAbsoluteRankChange() {
    return units.stream().mapToDouble(UnitChange::rankChange).filter(d -> !Double.isNaN(d))
        .map(Math::abs).average();
  }

  /**
   * One unit in both results.
   *
   * @param unit the unit code
   * @param score the first score ({@code NaN} when missing)
   * @param otherScore the second score
   * @param rank the first rank
   * @param otherRank the second rank
   */
  public record UnitChange(String unit, double score, double otherScore, double rank,
      double otherRank) {
    /**
     * Returns the score difference, second minus first.
     *
     * @return the difference, {@code NaN} when either is missing
     */
    public double scoreChange() {
      return otherScore - score;
    }

    /**
     * Returns the rank difference, second minus first (positive: the unit fell).
     *
     * @return the difference, {@code NaN} when either is missing
     */
    public double rankChange() {
      return otherRank - rank;
    }
  }
}
