package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;

/**
 * The data sets and reports written by the first steps of a recipe, and the name of the last
 * one: what the next step needs. Immutable, so analysis runs that share their first steps share
 * one state.
 */
final class RecipeState {
  private final CompositeData data;
  private final ImmutableMap<String, DataSet> sets;
  private final ImmutableMap<String, StepReport> reports;
  private final String last;

  private RecipeState(CompositeData data, ImmutableMap<String, DataSet> sets,
      ImmutableMap<String, StepReport> reports, String last) {
    this.data = data;
    this.sets = sets;
    this.reports = reports;
    this.last = last;
  }

  /** The state before the first step: the raw indicator columns. */
  static RecipeState start(CompositeData data) {
    DataSet raw = data.raw().selectColumns(data.framework().indicators());
    return new RecipeState(data, ImmutableMap.of(Recipe.RAW, raw), ImmutableMap.of(),
        Recipe.RAW);
  }

  /** Runs one more step. */
  RecipeState then(Step step) {
    StepContext context = new StepContext(data, data.framework(), sets);
    DataSet in = context.dataSet(step.input().orElse(last));
    StepOutput out = step.apply(context, in);
    ImmutableMap<String, StepReport> r = out.report().isEmpty() ? reports
        : ImmutableMap.<String, StepReport>builder().putAll(reports)
            .put(step.output(), out.report().get()).buildOrThrow();
    return new RecipeState(data,
        ImmutableMap.<String, DataSet>builder().putAll(sets).put(step.output(), out.data())
            .buildOrThrow(),
        r, step.output());
  }

  /** The data set written last. */
  DataSet lastDataSet() {
    return sets.get(last);
  }

  /** The number of cells written last, to weigh what a cache keeps. */
  int lastCells() {
    DataSet d = lastDataSet();
    return d.units().size() * Math.max(1, d.columns().size());
  }

  CompositeResult result(Recipe recipe) {
    return new CompositeResult(data, recipe, sets, reports);
  }
}
