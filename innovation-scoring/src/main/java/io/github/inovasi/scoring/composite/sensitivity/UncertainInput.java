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
import java.util.function.DoubleUnaryOperator;
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
   * Describes the choice a sample makes, so that a run can be reported with its parameters
   * (e.g. {@code "alternative 2 of 2: geometric"} or {@code "0.8125"}).
   *
   * @param u the sample, in [0, 1)
   * @return the choice, readable
   */
  default String describe(double u) {
    return "u = " + u;
  }

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
    return choice(name, steps.stream().map(Object::toString).toList(),
        steps.stream().<UnaryOperator<Recipe>>map(step -> recipe -> recipe.with(step)).toList());
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
    DoubleUnaryOperator value = u -> lower + u * (upper - lower);
    return of(name, (nominal, u) -> nominal.with(step.apply(value.applyAsDouble(u))),
        u -> String.valueOf(value.applyAsDouble(u)));
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
    return choice(name, java.util.Collections.nCopies(alternatives.size(), ""), alternatives);
  }

  /**
   * Returns a discrete input whose alternatives have labels, which name the choice when a run
   * is reported (e.g. the JSON of an alternative step).
   *
   * @param name the input's name
   * @param labels one label per alternative
   * @param alternatives the changes, at least one; alternative {@code floor(u·k)} of k is used
   * @return the input
   * @throws InvalidValueException when there is no alternative or the labels do not match
   */
  static UncertainInput choice(String name, List<String> labels,
      List<UnaryOperator<Recipe>> alternatives) {
    ImmutableList<UnaryOperator<Recipe>> changes = ImmutableList.copyOf(alternatives);
    ImmutableList<String> names = ImmutableList.copyOf(labels);
    InvalidValueException.check(!changes.isEmpty(), "UncertainInput.alternatives",
        "needs at least one alternative for %s", name);
    InvalidValueException.check(names.size() == changes.size(), "UncertainInput.labels",
        "needs one label per alternative for %s, had %s for %s", name, names.size(),
        changes.size());
    return of(name, (nominal, u) -> changes.get(bin(u, changes.size())).apply(nominal), u -> {
      int k = bin(u, changes.size());
      String label = names.get(k);
      return "alternative " + (k + 1) + " of " + changes.size()
          + (label.isEmpty() ? "" : ": " + label);
    });
  }

  /** The alternative of k that u in [0, 1) chooses (COINr's equal bins). */
  private static int bin(double u, int k) {
    return Math.min(k - 1, (int) Math.floor(u * k));
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

  private static UncertainInput of(String name, BiFunction<Recipe, Double, Recipe> change,
      DoubleFunction<String> description) {
    return new UncertainInput() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Recipe apply(Recipe nominal, double u) {
        return change.apply(nominal, u);
      }

      @Override
      public String describe(double u) {
        return description.apply(u);
      }
    };
  }
}
