package io.github.inovasi.scoring.composite.internal;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.StepContext;
import io.github.inovasi.scoring.composite.StepOutput;
import io.github.inovasi.scoring.composite.StepReport;
import io.github.inovasi.scoring.composite.WeightsReport;

/**
 * The data sets and reports written by the first steps of a recipe, and the name of the last
 * one: what the next step needs. Immutable, so analysis runs that share their first steps share
 * one state (this package is not exported).
 */
public final class RecipeState {
  private final CompositeData data;
  /** The framework in force: the data's, with the weights a {@link WeightsReport} derived. */
  private final Framework framework;
  private final ImmutableMap<String, DataSet> sets;
  private final ImmutableMap<String, StepReport> reports;
  private final String last;

  private RecipeState(CompositeData data, Framework framework,
      ImmutableMap<String, DataSet> sets, ImmutableMap<String, StepReport> reports, String last) {
    this.data = data;
    this.framework = framework;
    this.sets = sets;
    this.reports = reports;
    this.last = last;
  }

  /**
   * Returns the state before the first step: the raw indicator columns.
   *
   * @param data the data
   * @return the state
   */
  public static RecipeState start(CompositeData data) {
    DataSet raw = data.raw().selectColumns(data.framework().indicators());
    return new RecipeState(data, data.framework(), ImmutableMap.of(Recipe.RAW, raw),
        ImmutableMap.of(),
        Recipe.RAW);
  }

  /**
   * Runs one more step.
   *
   * @param step the step
   * @return the state after it
   */
  public RecipeState then(Step step) {
    StepContext context = StepContext.of(data, framework, sets);
    DataSet in = context.dataSet(step.input().orElse(last));
    StepOutput out = step.apply(context, in);
    ImmutableMap<String, StepReport> r = out.report().isEmpty() ? reports
        : ImmutableMap.<String, StepReport>builder().putAll(reports)
            .put(step.output(), out.report().get()).buildOrThrow();
    Framework next = out.report().orElse(null) instanceof WeightsReport w
        ? framework.withWeights(w.weights()) : framework;
    return new RecipeState(data, next,
        ImmutableMap.<String, DataSet>builder().putAll(sets).put(step.output(), out.data())
            .buildOrThrow(),
        r, step.output());
  }

  /**
   * Returns the data set written last.
   *
   * @return the data set
   */
  public DataSet lastDataSet() {
    return sets.get(last);
  }

  /**
   * Returns the number of cells written last, to weigh what a cache keeps.
   *
   * @return units times columns
   */
  public int lastCells() {
    DataSet d = lastDataSet();
    return d.units().size() * Math.max(1, d.columns().size());
  }

  /**
   * Returns every data set written, in order.
   *
   * @return data sets by name
   */
  public ImmutableMap<String, DataSet> dataSets() {
    return sets;
  }

  /**
   * Returns the reports written.
   *
   * @return reports by the name of the data set their step wrote
   */
  public ImmutableMap<String, StepReport> reports() {
    return reports;
  }
}
