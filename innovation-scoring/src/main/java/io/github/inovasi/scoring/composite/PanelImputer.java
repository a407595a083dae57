package io.github.inovasi.scoring.composite;

/**
 * How {@link Panel#impute(PanelImputer)} fills a unit's missing value of one indicator from the
 * same unit's values in other years (COINr's {@code impute_panel}). Years are spaced by their
 * numbers, so 2021 between 2020 and 2023 is a third of the way. An imputed value is always
 * between the smallest and largest value the unit has for that indicator, and {@link #LATEST}
 * and {@link #CONSTANT} only copy a value the unit has.
 */
public enum PanelImputer {
  /** The latest earlier year's value (carried forward); years before the first stay missing. */
  LATEST,
  /** As {@link #LATEST}, and years before the first value take that first value. */
  CONSTANT,
  /** Linear in the year between the nearest earlier and later values; the ends stay missing. */
  LINEAR,
  /** As {@link #LINEAR}, and the ends take the nearest value (COINr's linear-constant). */
  LINEAR_CONSTANT;

  /**
   * Imputes one unit's series.
   *
   * @param years the years, strictly increasing
   * @param values the values in those years, {@code NaN} for missing (not modified)
   * @return the imputed copy; observed values unchanged
   */
  double[] impute(int[] years, double[] values) {
    double[] y = values.clone();
    int n = y.length;
    int[] previous = new int[n];
    int[] next = new int[n];
    int last = -1;
    for (int t = 0; t < n; t++) {
      previous[t] = last;
      if (!Double.isNaN(values[t])) {
        last = t;
      }
    }
    last = -1;
    for (int t = n - 1; t >= 0; t--) {
      next[t] = last;
      if (!Double.isNaN(values[t])) {
        last = t;
      }
    }
    for (int t = 0; t < n; t++) {
      if (!Double.isNaN(values[t])) {
        continue;
      }
      int p = previous[t];
      int q = next[t];
      y[t] = switch (this) {
        case LATEST -> p >= 0 ? values[p] : Double.NaN;
        case CONSTANT -> p >= 0 ? values[p] : q >= 0 ? values[q] : Double.NaN;
        case LINEAR -> p >= 0 && q >= 0 ? between(years, values, p, q, t) : Double.NaN;
        case LINEAR_CONSTANT -> p >= 0 && q >= 0 ? between(years, values, p, q, t)
            : p >= 0 ? values[p] : q >= 0 ? values[q] : Double.NaN;
      };
    }
    return y;
  }

  private static double between(int[] years, double[] x, int p, int q, int t) {
    double share = (double) (years[t] - years[p]) / (years[q] - years[p]);
    double v = x[p] + (x[q] - x[p]) * share;
    // rounding never takes the value outside its two neighbours
    double lo = Math.min(x[p], x[q]);
    double hi = Math.max(x[p], x[q]);
    return Math.max(lo, Math.min(hi, v));
  }
}
