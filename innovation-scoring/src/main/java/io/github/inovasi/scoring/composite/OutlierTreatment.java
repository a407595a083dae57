package io.github.inovasi.scoring.composite;

import java.util.List;

/**
 * How {@link Treat} deals with outliers in one indicator. The stock treatment is
 * {@link Winsorisation} (COINr's rule); {@link #none()} leaves an indicator as it is.
 */
@FunctionalInterface
public interface OutlierTreatment {
  /**
   * Treats one indicator.
   *
   * @param indicator the indicator code
   * @param units the unit codes, one per value
   * @param values the values, {@code NaN} for missing; not to be modified
   * @return the treated values and what was done
   */
  IndicatorTreatment treat(String indicator, List<String> units, double[] values);

  /**
   * Returns a treatment that changes nothing (and still reports skewness and kurtosis).
   *
   * @return the no-op treatment
   */
  static OutlierTreatment none() {
    return IndicatorTreatment.NONE;
  }
}
