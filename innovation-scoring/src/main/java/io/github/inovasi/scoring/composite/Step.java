package io.github.inovasi.scoring.composite;

import java.util.Optional;

/**
 * One step of a {@link Recipe}: reads a named data set and writes another (COINr's building
 * functions {@code Denominate}, {@code Impute}, {@code Screen}, {@code Treat},
 * {@code Normalise}, {@code Aggregate}). The built-in steps are {@link Denominate},
 * {@link Impute}, {@link Screen}, {@link Treat}, {@link Normalise} and {@link Aggregate}; a
 * researcher may implement this interface for a step of their own.
 *
 * <pre>{@code
 * Step cap = new Step() {
 *   public String output() { return "Capped"; }
 *   public Optional<String> input() { return Optional.empty(); }
 *   public StepOutput apply(StepContext context, DataSet in) { ... }
 * };
 * }</pre>
 *
 * <p>Implementations must be immutable and must not change their input.
 */
public interface Step {
  /**
   * Returns the name of the data set this step writes, e.g. {@code "Treated"}. Names are unique
   * within a recipe.
   *
   * @return the output name
   */
  String output();

  /**
   * Returns the name of the data set this step reads.
   *
   * @return the input name; empty for the previous step's output ({@code "Raw"} for the first)
   */
  Optional<String> input();

  /**
   * Runs the step.
   *
   * @param context the framework, units and every data set written so far
   * @param in the input data set
   * @return the data set written and what the step reports
   * @throws io.github.inovasi.model.InovasiException when the step cannot be applied to this
   *     input (the message says which value and why)
   */
  StepOutput apply(StepContext context, DataSet in);
}
