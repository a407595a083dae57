package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import java.util.Arrays;
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
 * @param firstOrderInterval the 5 % and 95 % bootstrap quantiles of S_i per input ({@code NaN}
 *     without bootstrap)
 * @param totalInterval the 5 % and 95 % bootstrap quantiles of ST_i per input
 * @param ranks the rank statistics over the A and B runs
 * @param failures the failed runs (all designs), empty when every run succeeded
 */
public record SensitivityResult(ImmutableList<String> inputs, double[] firstOrder,
    double[] total, double variance, double[][] firstOrderInterval, double[][] totalInterval,
    UncertaintyResult ranks,
    ImmutableList<SensitivityAnalysis.Run> failures) {
  /**
   * Checks and copies the parts.
   *
   * @param inputs the input names
   * @param firstOrder S_i per input
   * @param total ST_i per input
   * @param variance V
   * @param firstOrderInterval the bootstrap interval of S_i per input
   * @param totalInterval the bootstrap interval of ST_i per input
   * @param ranks the rank statistics
   * @param failures the failed runs
   */
  public SensitivityResult {
    Objects.requireNonNull(inputs, "inputs");
    firstOrder = firstOrder.clone();
    total = total.clone();
    firstOrderInterval = deepCopy(firstOrderInterval);
    totalInterval = deepCopy(totalInterval);
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

  private static double[][] deepCopy(double[][] x) {
    return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
  }

  /**
   * Returns the bootstrap interval of every input's S_i.
   *
   * @return a copy: per input, the 5 % and 95 % quantiles
   */
  @Override
  public double[][] firstOrderInterval() {
    return deepCopy(firstOrderInterval);
  }

  /**
   * Returns the bootstrap interval of every input's ST_i.
   *
   * @return a copy: per input, the 5 % and 95 % quantiles
   */
  @Override
  public double[][] totalInterval() {
    return deepCopy(totalInterval);
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
