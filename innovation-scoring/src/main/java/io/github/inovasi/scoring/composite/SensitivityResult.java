package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import java.util.Objects;

/**
 * The outcome of a sensitivity analysis: per input its first-order and total sensitivity
 * indices of the mean absolute rank change, the output variance, the rank statistics over the
 * A and B runs, and every failed run.
 *
 * @param inputs the input names, in order
 * @param firstOrder S_i per input
 * @param total ST_i per input
 * @param variance V, the output variance over the A and B runs
 * @param ranks the rank statistics over the A and B runs
 * @param failures the failed runs (all designs), empty when every run succeeded
 */
public record SensitivityResult(ImmutableList<String> inputs, double[] firstOrder,
    double[] total, double variance, UncertaintyResult ranks,
    ImmutableList<SensitivityAnalysis.Run> failures) {
  /**
   * Checks and copies the parts.
   *
   * @param inputs the input names
   * @param firstOrder S_i per input
   * @param total ST_i per input
   * @param variance V
   * @param ranks the rank statistics
   * @param failures the failed runs
   */
  public SensitivityResult {
    Objects.requireNonNull(inputs, "inputs");
    firstOrder = firstOrder.clone();
    total = total.clone();
    Objects.requireNonNull(ranks, "ranks");
    Objects.requireNonNull(failures, "failures");
  }

  /**
   * Returns the first-order index of every input, in input order.
   *
   * @return a copy of S_i
   */
  @Override
  public double[] firstOrder() {
    return firstOrder.clone();
  }

  /**
   * Returns the total index of every input, in input order.
   *
   * @return a copy of ST_i
   */
  @Override
  public double[] total() {
    return total.clone();
  }

  private int position(String input) {
    int i = inputs.indexOf(input);
    InvalidValueException.check(i >= 0, "SensitivityResult.input", "no input '%s' in %s", input,
        inputs);
    return i;
  }

  /**
   * Returns the first-order index of an input.
   *
   * @param input the input's name
   * @return S_i
   * @throws InvalidValueException if there is no such input
   */
  public double firstOrder(String input) {
    return firstOrder[position(input)];
  }

  /**
   * Returns the total index of an input.
   *
   * @param input the input's name
   * @return ST_i
   * @throws InvalidValueException if there is no such input
   */
  public double total(String input) {
    return total[position(input)];
  }
}
