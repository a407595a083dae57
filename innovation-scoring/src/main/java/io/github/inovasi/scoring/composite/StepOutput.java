package io.github.inovasi.scoring.composite;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one {@link Step}: the data set it wrote and, for steps that report, what it
 * did (which units were screened out, which cells were imputed, which points were treated).
 *
 * @param data the data set written
 * @param report the step's report, if it has one
 */
public record StepOutput(DataSet data, Optional<StepReport> report) {
  /**
   * Checks the parts.
   *
   * @param data the data set written
   * @param report the step's report, if it has one
   */
  public StepOutput {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns an output without a report.
   *
   * @param data the data set written
   * @return the output
   */
  public static StepOutput of(DataSet data) {
    return new StepOutput(data, Optional.empty());
  }

  /**
   * Returns an output with a report.
   *
   * @param data the data set written
   * @param report the report
   * @return the output
   */
  public static StepOutput of(DataSet data, StepReport report) {
    return new StepOutput(data, Optional.of(report));
  }
}
