package io.github.inovasi.scoring.composite;

import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Aggregate} combines the children of one aggregate (e.g. a pillar's indicators)
 * into one score per unit. Most methods work unit by unit ({@link Aggregators#arithmetic()});
 * Copeland compares units with each other, so an aggregator sees the whole group at once.
 * The stock aggregators are in {@link Aggregators}.
 */
@FunctionalInterface
public interface Aggregator {
  /**
   * Aggregates one group.
   *
   * @param values the children's values, {@code values[unit][child]}, {@code NaN} for missing;
   *     not to be modified
   * @param weights the children's weights (non-negative)
   * @param context the aggregate, its children and the units
   * @return one score per unit, {@code NaN} where it cannot be computed
   * @throws io.github.inovasi.model.InovasiException when the method does not apply to the
   *     values (e.g. a geometric mean of a value ≤ 0), naming the unit and child
   */
  double[] aggregate(double[][] values, double[] weights, Context context);

  /**
   * The group being aggregated.
   *
   * @param aggregate the aggregate's code
   * @param children the children's codes, one per column of the values
   * @param units the unit codes, one per row of the values
   */
  record Context(String aggregate, List<String> children, List<String> units) {
    /**
     * Checks the parts.
     *
     * @param aggregate the aggregate's code
     * @param children the children's codes
     * @param units the unit codes
     */
    public Context {
      Objects.requireNonNull(aggregate, "aggregate");
      children = Stats.immutable(children);
      units = Stats.immutable(units);
    }
  }
}
