package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidValueException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One unit's development in one indicator or aggregate over a {@link Panel}'s years: its first
 * and last value present, the change between them and the compound annual growth rate.
 *
 * @param unit the unit code
 * @param column the indicator or aggregate code
 * @param firstYear the first year with a value
 * @param first the value then
 * @param lastYear the last year with a value (equal to {@code firstYear} when only one)
 * @param last the value then
 */
public record Trend(String unit, String column, int firstYear, double first, int lastYear,
    double last) {
  /**
   * Checks the parts.
   *
   * @param unit the unit code
   * @param column the column code
   * @param firstYear the first year
   * @param first the first value
   * @param lastYear the last year
   * @param last the last value
   * @throws InvalidValueException if the years are out of order or a value is not finite
   */
  public Trend {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    InvalidValueException.check(firstYear <= lastYear, "Trend.years",
        "the first year %s must not be after the last %s", firstYear, lastYear);
    InvalidValueException.check(Double.isFinite(first) && Double.isFinite(last),
        "Trend.values", "must be finite, were %s and %s", first, last);
  }

  /**
   * Returns the change from the first to the last value.
   *
   * @return last minus first; empty when there is only one year
   */
  public OptionalDouble change() {
    return lastYear > firstYear ? OptionalDouble.of(last - first) : OptionalDouble.empty();
  }

  /**
   * Returns the compound annual growth rate, (last / first)^(1 / years) − 1.
   *
   * @return the rate (0.05 for 5 % a year); empty when there is only one year or a value is
   *     not positive (growth of a value ≤ 0 has no meaning)
   */
  public OptionalDouble compoundAnnualGrowth() {
    if (lastYear == firstYear || !(first > 0) || !(last > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.pow(last / first, 1.0 / (lastYear - firstYear)) - 1);
  }
}
