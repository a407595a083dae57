package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.inovasi.scoring.composite.CompositeResult;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rank statistics of an uncertainty analysis: per unit the nominal rank and the mean,
 * median, 5 % and 95 % ranks over the usable runs (quantiles as R's default, type 7), plus every
 * run, failed ones with their parameters and reason. Built only by {@link SensitivityAnalysis};
 * immutable, compared by value.
 */
public final class UncertaintyResult {
  private final String column;
  private final ImmutableList<UnitRanks> units;
  private final ImmutableList<SensitivityAnalysis.Run> runs;

  private UncertaintyResult(String column, ImmutableList<UnitRanks> units,
      ImmutableList<SensitivityAnalysis.Run> runs) {
    this.column = column;
    this.units = units;
    this.runs = runs;
  }

  static UncertaintyResult of(CompositeResult base, String column,
      List<SensitivityAnalysis.Run> runs) {
    List<String> codes = base.scores().units();
    double[] nominal = base.ranks().column(column);
    ImmutableList.Builder<UnitRanks> out = ImmutableList.builder();
    double[][] byRun = runs.stream().filter(r -> r.failure().isEmpty())
        .map(r -> r.ranks().toArray()).toArray(double[][]::new);
    for (int u = 0; u < codes.size(); u++) {
      final int unit = u;
      double[] r = Arrays.stream(byRun).mapToDouble(run -> run[unit])
          .filter(v -> !Double.isNaN(v)).sorted().toArray();
      out.add(new UnitRanks(codes.get(u), nominal[u],
          r.length == 0 ? Double.NaN : Arrays.stream(r).average().orElse(Double.NaN),
          quantile(r, 0.5), quantile(r, 0.05), quantile(r, 0.95)));
    }
    return new UncertaintyResult(Objects.requireNonNull(column, "column"), out.build(),
        ImmutableList.copyOf(runs));
  }

  static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * Returns the column studied.
   *
   * @return the column, e.g. {@code "Index"}
   */
  public String column() {
    return column;
  }

  /**
   * Returns each unit's rank statistics, in the nominal result's unit order.
   *
   * @return one row per unit
   */
  public ImmutableList<UnitRanks> units() {
    return units;
  }

  /**
   * Returns every run, in run order.
   *
   * @return the runs, failed ones included
   */
  public ImmutableList<SensitivityAnalysis.Run> runs() {
    return runs;
  }

  /**
   * Returns the runs that failed.
   *
   * @return the failed runs, empty when every run succeeded
   */
  public ImmutableList<SensitivityAnalysis.Run> failures() {
    return runs.stream().filter(r -> r.failure().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of runs the statistics are computed from.
   *
   * @return the runs that did not fail
   */
  public int usableRuns() {
    return (int) runs.stream().filter(r -> r.failure().isEmpty()).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UncertaintyResult other && column.equals(other.column)
        && units.equals(other.units) && runs.equals(other.runs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(column, units, runs);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this).add("column", column)
        .add("usableRuns", usableRuns() + " of " + runs.size()).add("units", units).toString();
  }

  /**
   * One unit's ranks over the usable runs ({@code NaN} where the unit has no rank, as a missing
   * value in a {@code DataSet}).
   *
   * @param unit the unit code
   * @param nominal the nominal rank
   * @param mean the mean rank
   * @param median the median rank
   * @param q5 the 5 % quantile
   * @param q95 the 95 % quantile
   */
  public record UnitRanks(String unit, double nominal, double mean, double median, double q5,
      double q95) {}
}
