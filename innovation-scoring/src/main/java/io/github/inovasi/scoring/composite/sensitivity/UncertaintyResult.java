package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.scoring.composite.CompositeResult;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rank statistics of an uncertainty analysis: per unit the nominal rank and the mean,
 * median, 5 % and 95 % ranks over the runs (quantiles as R's default, type 7), plus every run.
 *
 * @param column the column studied
 * @param units one row per unit, in the nominal result's order
 * @param runs every run, failed ones with their reason
 */
public record UncertaintyResult(String column, ImmutableList<UnitRanks> units,
    ImmutableList<SensitivityAnalysis.Run> runs) {
  /**
   * Checks the parts.
   *
   * @param column the column studied
   * @param units one row per unit
   * @param runs every run
   */
  public UncertaintyResult {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(runs, "runs");
  }

  static UncertaintyResult of(CompositeResult base, String column,
      List<SensitivityAnalysis.Run> runs) {
    List<String> codes = base.scores().units();
    double[] nominal = base.ranks().column(column);
    ImmutableList.Builder<UnitRanks> out = ImmutableList.builder();
    double[][] byRun = runs.stream().map(SensitivityAnalysis.Run::ranks).toArray(double[][]::new);
    for (int u = 0; u < codes.size(); u++) {
      final int unit = u;
      double[] r = Arrays.stream(byRun).mapToDouble(run -> run[unit])
          .filter(v -> !Double.isNaN(v)).sorted().toArray();
      out.add(new UnitRanks(codes.get(u), nominal[u],
          r.length == 0 ? Double.NaN : Arrays.stream(r).average().orElse(Double.NaN),
          quantile(r, 0.5), quantile(r, 0.05), quantile(r, 0.95)));
    }
    return new UncertaintyResult(column, out.build(), ImmutableList.copyOf(runs));
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
   * Returns the runs that failed.
   *
   * @return the failed runs, empty when every run succeeded
   */
  public List<SensitivityAnalysis.Run> failures() {
    return runs.stream().filter(r -> r.failure().isPresent()).toList();
  }

  /**
   * One unit's ranks over the runs.
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
