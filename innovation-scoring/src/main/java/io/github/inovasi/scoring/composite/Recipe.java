package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.RecipeState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The whole construction of a composite index as an immutable value (resep indeks): an ordered
 * list of {@link Step}s, each reading a named data set and writing another, starting from
 * {@code "Raw"}. Run it on {@link CompositeData}; change one parameter with {@link #with(Step)}
 * and run again; compare the two {@link CompositeResult}s.
 *
 * <pre>{@code
 * Recipe asem = Recipe.of(
 *     Denominate.builder().build(),
 *     Impute.builder().imputer(Imputers.groupMean()).groupColumn("EurAsia_group").build(),
 *     Screen.builder().availabilityThreshold(0.9).build(),
 *     Treat.builder().build(),
 *     Normalise.builder().build(),
 *     Aggregate.builder().build());
 * CompositeResult result = asem.run(data);
 * CompositeResult geometric = asem.with(Aggregate.builder().aggregator(Aggregators.geometric())
 *     .build()).run(data);
 * }</pre>
 *
 * <p>Immutable and thread-safe (when its steps are).
 */
@Value.Immutable
@InovasiStyle
public abstract class Recipe {
  Recipe() {}

  /** The name of the data set a recipe starts from. */
  public static final String RAW = "Raw";

  /**
   * Returns the steps, in order.
   *
   * @return the steps
   */
  public abstract ImmutableList<Step> steps();

  /**
   * Creates a recipe.
   *
   * @param steps the steps, in order
   * @return the recipe
   * @throws InvalidValueException if two steps write the same data set or a step reads one
   *     that is not written before it
   */
  public static Recipe of(Step... steps) {
    return builder().addSteps(steps).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the step that writes a data set.
   *
   * @param output the data set name, e.g. {@code "Treated"}
   * @return the step
   * @throws InvalidValueException if no step writes it
   */
  public Step step(String output) {
    return steps().stream().filter(s -> s.output().equals(output)).findFirst()
        .orElseThrow(() -> new InvalidValueException("Recipe.step", "no step writes '" + output
            + "'; steps write " + steps().stream().map(Step::output).toList()));
  }

  /**
   * Returns this recipe with the step writing the same data set replaced.
   *
   * @param replacement the new step
   * @return the changed recipe
   * @throws InvalidValueException if no step writes {@code replacement.output()}
   */
  public Recipe with(Step replacement) {
    step(replacement.output());
    List<Step> out = new ArrayList<>();
    for (Step s : steps()) {
      out.add(s.output().equals(replacement.output()) ? replacement : s);
    }
    return builder().addAllSteps(out).build();
  }

  /**
   * Runs every step on the data.
   *
   * @param data the framework, units and raw data
   * @return every data set written, the reports and the scores and ranks
   */
  public CompositeResult run(CompositeData data) {
    RecipeState state = RecipeState.start(data);
    for (Step step : steps()) {
      state = state.then(step);
    }
    return new CompositeResult(data, this, state.dataSets(), state.reports());
  }

  @Value.Check
  void check() {
    Set<String> written = new HashSet<>();
    written.add(RAW);
    for (Step s : steps()) {
      s.input().ifPresent(i -> InvalidValueException.check(written.contains(i), "Recipe.steps",
          "step %s reads '%s', which no earlier step writes (have %s)", s.output(), i, written));
      InvalidValueException.check(written.add(s.output()), "Recipe.steps",
          "two steps write the same data set '%s'", s.output());
    }
  }

  /** Returns {@code "Recipe[Denominated -> Imputed -> ...]"}. */
  @Override
  public String toString() {
    return "Recipe[" + String.join(" -> ", steps().stream().map(Step::output).toList()) + "]";
  }

  /** Builds {@link Recipe}s. */
  public static final class Builder extends ImmutableRecipe.Builder {
    Builder() {}
  }
}
