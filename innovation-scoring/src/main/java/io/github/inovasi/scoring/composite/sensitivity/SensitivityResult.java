package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a sensitivity analysis of the mean absolute rank change: per input its
 * first-order and total indices with bootstrap intervals (estimates outside [0, 1] flagged),
 * the output variance, how many of the N blocks (rows of A, B and every A_B(i)) were complete and
 * used, the rank statistics over the A and B runs, and every failed run with its parameters.
 * Built only by {@link SensitivityAnalysis}, which refuses an analysis with too few complete
 * blocks; immutable, compared by value.
 */
public final class SensitivityResult {
  private final String target;
  private final ImmutableList<InputSensitivity> inputs;
  private final double variance;
  private final int blocks;
  private final int usableBlocks;
  private final UncertaintyResult ranks;
  private final ImmutableList<SensitivityAnalysis.Run> failures;

  SensitivityResult(String target, ImmutableList<InputSensitivity> inputs, double variance,
      int blocks, int usableBlocks, UncertaintyResult ranks,
      ImmutableList<SensitivityAnalysis.Run> failures) {
    this.target = Objects.requireNonNull(target, "target");
    this.inputs = Objects.requireNonNull(inputs, "inputs");
    InvalidValueException.check(!inputs.isEmpty(), "SensitivityResult.inputs",
        "needs at least one input");
    InvalidValueException.check(Double.isFinite(variance) && variance > 0,
        "SensitivityResult.variance", "must be finite and > 0, was %s", variance);
    InvalidValueException.check(usableBlocks >= 2 && usableBlocks <= blocks,
        "SensitivityResult.usableBlocks", "must be in [2, %s], was %s", blocks, usableBlocks);
    this.variance = variance;
    this.blocks = blocks;
    this.usableBlocks = usableBlocks;
    this.ranks = Objects.requireNonNull(ranks, "ranks");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /**
   * Returns the column whose ranks were studied.
   *
   * @return the target, e.g. {@code "Index"}
   */
  public String target() {
    return target;
  }

  /**
   * Returns the indices of every input, in input order.
   *
   * @return one entry per input
   */
  public ImmutableList<InputSensitivity> inputs() {
    return inputs;
  }

  /**
   * Returns the names of the inputs, in order.
   *
   * @return the names
   */
  public ImmutableList<String> inputNames() {
    return inputs.stream().map(InputSensitivity::input).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the indices of one input.
   *
   * @param input the input's name
   * @return its indices
   * @throws InvalidValueException if there is no such input
   */
  public InputSensitivity input(String input) {
    return inputs.stream().filter(i -> i.input().equals(input)).findFirst()
        .orElseThrow(() -> new InvalidValueException("SensitivityResult.input",
            String.format(Locale.ROOT, "no input '%s' in %s", input, inputNames())));
  }

  /**
   * Returns the first-order index of an input.
   *
   * @param input the input's name
   * @return S_i
   * @throws InvalidValueException if there is no such input
   */
  public SensitivityIndex firstOrder(String input) {
    return input(input).firstOrder();
  }

  /**
   * Returns the total index of an input.
   *
   * @param input the input's name
   * @return ST_i
   * @throws InvalidValueException if there is no such input
   */
  public SensitivityIndex total(String input) {
    return input(input).total();
  }

  /**
   * Returns V, the variance of the output over the A and B runs of the complete blocks.
   *
   * @return V, positive
   */
  public double variance() {
    return variance;
  }

  /**
   * Returns N, the blocks of the design (each a row of A, of B and of every A_B(i)).
   *
   * @return N
   */
  public int blocks() {
    return blocks;
  }

  /**
   * Returns the blocks whose runs all succeeded: the estimators use these only.
   *
   * @return the complete blocks, at least half of N
   */
  public int usableBlocks() {
    return usableBlocks;
  }

  /**
   * Returns the number of runs the indices are computed from: the complete blocks times
   * (d + 2).
   *
   * @return the usable runs
   */
  public int usableRuns() {
    return usableBlocks * (inputs.size() + 2);
  }

  /**
   * Returns the rank statistics over the A and B runs.
   *
   * @return the rank statistics
   */
  public UncertaintyResult ranks() {
    return ranks;
  }

  /**
   * Returns the runs that failed, in every design, with their parameters and reason.
   *
   * @return the failed runs, empty when every run succeeded
   */
  public ImmutableList<SensitivityAnalysis.Run> failures() {
    return failures;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SensitivityResult other && target.equals(other.target)
        && inputs.equals(other.inputs)
        && Double.doubleToLongBits(variance) == Double.doubleToLongBits(other.variance)
        && blocks == other.blocks && usableBlocks == other.usableBlocks
        && ranks.equals(other.ranks) && failures.equals(other.failures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, inputs, variance, blocks, usableBlocks, ranks, failures);
  }

  /**
   * Returns a readable summary: the indices per input, the usable runs and the failures.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SensitivityResult of the ranks of ").append(target)
        .append(": ").append(usableBlocks).append(" of ").append(blocks)
        .append(" blocks complete (").append(usableRuns()).append(" usable runs), ")
        .append(failures.size()).append(" failed run(s)");
    for (InputSensitivity i : inputs) {
      out.append("\n  ").append(i);
    }
    return out.toString();
  }
}
