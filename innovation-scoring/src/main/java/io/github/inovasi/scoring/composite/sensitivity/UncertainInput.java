package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Aggregators;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Winsorisation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

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

  /**
   * Returns a discrete input whose alternatives change the recipe in any way, e.g. the method
   * of the aggregation step while another input changes its weights.
   *
   * @param name the input's name
   * @param alternatives the changes, at least one; alternative {@code floor(u·k)} of k is used
   * @return the input
   * @throws InvalidValueException when there is no alternative
   */
  static UncertainInput alternatives(String name, List<UnaryOperator<Recipe>> alternatives) {
    ImmutableList<UnaryOperator<Recipe>> changes = ImmutableList.copyOf(alternatives);
    InvalidValueException.check(!changes.isEmpty(), "UncertainInput.alternatives",
        "needs at least one alternative for %s", name);
    return named(name, (nominal, u) -> changes.get(
        Math.min(changes.size() - 1, (int) Math.floor(u * changes.size()))).apply(nominal));
  }

  /**
   * Returns noisy weights (COINr's {@code get_noisy_weights}): {@code replications} copies of
   * the framework's weights in which each weight w of a listed level becomes w + (2u − 1)·f·w,
   * u uniform on [0, 1) from the seed and f the level's noise factor. A sample picks one copy
   * and sets it as the weights of the recipe's aggregation step writing {@code output} (its
   * method is kept, so another input may vary it).
   *
   * @param name the input's name
   * @param output the aggregation step's output, usually {@code "Aggregated"}
   * @param framework the framework whose weights are perturbed
   * @param noise the noise factor by level, e.g. {@code {2: 0.25, 3: 0.25}}
   * @param replications how many noisy copies, at least one
   * @param seed the seed
   * @return the input
   * @throws InvalidValueException when a noise factor is not in [0, 1] or no copy is asked
   */
  static UncertainInput noisyWeights(String name, String output, Framework framework,
      Map<Integer, Double> noise, int replications, long seed) {
    InvalidValueException.check(replications >= 1, "UncertainInput.replications",
        "must be at least 1, was %s", replications);
    noise.forEach((level, f) -> InvalidValueException.check(f >= 0 && f <= 1,
        "UncertainInput.noise", "factor must be in [0, 1], was %s for level %s", f, level));
    SplittableRandom random = new SplittableRandom(seed);
    List<UnaryOperator<Recipe>> copies = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (Element e : framework.elements()) {
        Double f = noise.get(e.level());
        double w = e.weight();
        weights.put(e.code(), f == null ? w : w + (random.nextDouble() * 2 - 1) * f * w);
      }
      copies.add(recipe -> {
        Step step = recipe.step(output);
        InvalidValueException.check(step instanceof Aggregate, "UncertainInput.noisyWeights",
            "step %s is not an Aggregate step", output);
        return recipe.with(((Aggregate) step).withWeights(weights));
      });
    }
    return alternatives(name, copies);
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
