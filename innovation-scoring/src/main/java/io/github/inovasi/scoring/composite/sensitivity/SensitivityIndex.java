package io.github.inovasi.scoring.composite.sensitivity;

import io.github.inovasi.model.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One estimated sensitivity index (first-order S_i or total ST_i) with its bootstrap interval.
 * A true index lies in [0, 1]; an estimate outside it (sampling noise with too small an N, or a
 * model the estimator does not suit) is flagged: {@link #index()} is then empty and
 * {@link #toString()} says so instead of printing it as a result.
 *
 * @param estimate the estimate as computed, finite
 * @param interval the 5 % and 95 % bootstrap quantiles, when a bootstrap was asked
 */
public record SensitivityIndex(double estimate, Optional<Interval> interval) {
  /**
   * Checks the parts.
   *
   * @param estimate the estimate, finite
   * @param interval the bootstrap interval
   * @throws InvalidValueException when the estimate is not finite
   */
  public SensitivityIndex {
    InvalidValueException.check(Double.isFinite(estimate), "SensitivityIndex.estimate",
        "must be finite, was %s", estimate);
    Objects.requireNonNull(interval, "interval");
  }

  /**
   * Returns whether the estimate is a possible index, in [0, 1].
   *
   * @return true when 0 ≤ estimate ≤ 1
   */
  public boolean inRange() {
    return estimate >= 0 && estimate <= 1;
  }

  /**
   * Returns the index, only when the estimate is in [0, 1].
   *
   * @return the index, or empty when the estimate is flagged as impossible
   */
  public OptionalDouble index() {
    return inRange() ? OptionalDouble.of(estimate) : OptionalDouble.empty();
  }

  /**
   * Returns the index with its interval, e.g. {@code 0.412 [0.351, 0.470]}, or the flag
   * {@code outside [0, 1] (1.310): not an index, raise N}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String value = String.format(Locale.ROOT, "%.3f", estimate);
    String bounds = interval.map(i -> " " + i).orElse("");
    return inRange() ? value + bounds
        : "outside [0, 1] (" + value + "): not an index, raise N" + bounds;
  }

  /**
   * A bootstrap interval.
   *
   * @param lower the 5 % quantile
   * @param upper the 95 % quantile, at least {@code lower}
   */
  public record Interval(double lower, double upper) {
    /**
     * Checks the bounds.
     *
     * @param lower the 5 % quantile
     * @param upper the 95 % quantile
     * @throws InvalidValueException unless both are finite and lower ≤ upper
     */
    public Interval {
      InvalidValueException.check(Double.isFinite(lower) && Double.isFinite(upper)
          && lower <= upper, "SensitivityIndex.Interval", "needs finite lower <= upper, was"
          + " %s and %s", lower, upper);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "[%.3f, %.3f]", lower, upper);
    }
  }
}
