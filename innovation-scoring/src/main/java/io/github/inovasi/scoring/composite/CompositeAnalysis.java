package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Analysis of a composite index (analisis indeks komposit): remove-one-element analysis,
 * indicator statistics, correlations and Cronbach's alpha, as COINr computes them.
 *
 * <pre>{@code
 * Map<String, Double> impact = CompositeAnalysis.removeOneElement(result, 2, "Index");
 * impact.get("Social"); // 3.960784: mean absolute rank change of the Index without Social
 * }</pre>
 */
public final class CompositeAnalysis {
  private CompositeAnalysis() {}

  /**
   * Removes each element of a level in turn (its weight set to zero in the recipe's last
   * {@link Aggregate} step), runs the recipe again and measures the mean absolute change of the
   * units' ranks on one column (COINr's {@code remove_elements}).
   *
   * @param result the nominal result
   * @param level the level whose elements are removed in turn (1 for indicators)
   * @param column the column whose ranks are compared, e.g. {@code "Index"}
   * @return the mean absolute rank change by removed element, in framework order
   * @throws InvalidValueException if the recipe does not end with an {@link Aggregate} step or
   *     the level is not below the top
   */
  public static ImmutableMap<String, Double> removeOneElement(CompositeResult result, int level,
      String column) {
    Framework f = result.data().framework();
    InvalidValueException.check(level >= 1 && level < f.maxLevel(), "removeOneElement.level",
        "must be between 1 and %s, was %s", f.maxLevel() - 1, level);
    Recipe recipe = result.recipe();
    Step last = recipe.steps().get(recipe.steps().size() - 1);
    InvalidValueException.check(last instanceof Aggregate, "removeOneElement.recipe",
        "the recipe must end with an Aggregate step, ends with %s", last.output());
    Aggregate agg = (Aggregate) last;
    Map<String, Double> out = new LinkedHashMap<>();
    for (String code : f.codes(level)) {
      Map<String, Double> weights = new HashMap<>(agg.weights());
      weights.put(code, 0.0);
      CompositeResult without = recipe.with(agg.withWeights(weights)).run(result.data());
      out.put(code, result.compare(without, column).meanAbsoluteRankChange().orElse(Double.NaN));
    }
    return ImmutableMap.copyOf(out);
  }
}
