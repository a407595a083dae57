package io.github.inovasi.scoring.composite.sensitivity;

import java.util.Objects;

/**
 * The sensitivity of the output to one uncertain input.
 *
 * @param input the input's name
 * @param firstOrder S_i: the share of the output variance due to the input alone
 * @param total ST_i: the share due to the input with all its interactions
 */
public record InputSensitivity(String input, SensitivityIndex firstOrder,
    SensitivityIndex total) {
  /**
   * Checks the parts.
   *
   * @param input the input's name
   * @param firstOrder S_i
   * @param total ST_i
   */
  public InputSensitivity {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(firstOrder, "firstOrder");
    Objects.requireNonNull(total, "total");
  }

  @Override
  public String toString() {
    return input + ": S1 " + firstOrder + ", ST " + total;
  }
}
