package io.github.inovasi.scoring.composite;

import java.util.List;

/**
 * How {@link Impute} fills missing values in one vector (a column, a row, or a unit's time
 * series): returns a copy with some or all {@code NaN}s replaced and every observed value
 * unchanged. The stock imputers are in {@link Imputers}.
 *
 * <pre>{@code
 * Imputer zero = (values, groups) -> Arrays.stream(values).map(v -> Double.isNaN(v) ? 0 : v).toArray();
 * }</pre>
 */
@FunctionalInterface
public interface Imputer {
  /**
   * Fills missing values.
   *
   * @param values the vector, {@code NaN} for missing; not to be modified
   * @param groups each value's group (same length), or empty when no group applies
   * @return the imputed copy, same length
   */
  double[] impute(double[] values, List<String> groups);

  /**
   * Returns whether this imputer needs groups (a group column).
   *
   * @return false unless overridden
   */
  default boolean needsGroups() {
    return false;
  }
}
