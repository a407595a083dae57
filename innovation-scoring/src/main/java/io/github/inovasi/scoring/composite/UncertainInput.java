package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;

/**
 * One uncertain choice in building an index, for {@link SensitivityAnalysis}: given a sample
 * u in [0, 1), it changes the nominal recipe. A discrete input has alternatives chosen by equal
 * bins of u (COINr's discrete distribution); a continuous one maps u onto a range.
 *
 * <pre>{@code
 * UncertainInput winmax = UncertainInput.discrete("winmax", IntStream.rangeClosed(1, 5)
 *     .mapToObj(w -> Treat.builder().treatment(Winsorisation.builder().winmax(w).build()).build())
 *     .toList());
 * UncertainInput mean = UncertainInput.discrete("aggregation", List.of(
 *     Aggregate.builder().build(), Aggregate.builder().aggregator(Aggregators.geometric()).build()));
 * }</pre>
 */
public interface UncertainInput {
  /**
   * Returns the input's name, e.g. {@code "winmax"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the recipe for one sample.
   *
   * @param nominal the nominal recipe
   * @param u the sample, in [0, 1)
   * @return the changed recipe
   */
  Recipe apply(Recipe nominal, double u);

  /**
   * Returns a discrete input: each alternative replaces the recipe's step that writes the same
   * data set; alternative {@code floor(u·k)} of k is used.
   *
   * @param name the input's name
   * @param alternatives the alternative steps, at least one
   * @return the input
   * @throws InvalidValueException when there is no alternative
   */
  static UncertainInput discrete(String name, List<? extends Step> alternatives) {
    ImmutableList<Step> steps = ImmutableList.copyOf(alternatives);
    InvalidValueException.check(!steps.isEmpty(), "UncertainInput.alternatives",
        "needs at least one alternative for %s", name);
    return named(name, (nominal, u) ->
        nominal.with(steps.get(Math.min(steps.size() - 1, (int) Math.floor(u * steps.size())))));
  }

  /**
   * Returns a continuous input: u is mapped to {@code lower + u·(upper − lower)} and the step
   * built from that value replaces the recipe's step that writes the same data set.
   *
   * @param name the input's name
   * @param lower the lower bound
   * @param upper the upper bound, above {@code lower}
   * @param step builds the step for a value
   * @return the input
   * @throws InvalidValueException unless lower &lt; upper
   */
  static UncertainInput continuous(String name, double lower, double upper,
      DoubleFunction<? extends Step> step) {
    InvalidValueException.check(lower < upper, "UncertainInput.range",
        "needs lower < upper for %s, was %s and %s", name, lower, upper);
    return named(name, (nominal, u) -> nominal.with(step.apply(lower + u * (upper - lower))));
  }

  private static UncertainInput named(String name, BiFunction<Recipe, Double, Recipe> change) {
    return new UncertainInput() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Recipe apply(Recipe nominal, double u) {
        return change.apply(nominal, u);
      }
    };
  }
}
