package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What {@link Impute} did: every imputed cell (flagged, with its new value) and how many
 * values are still missing.
 *
 * @param imputed the imputed cells, by unit then column
 * @param stillMissing the number of values still missing after imputation
 */
public record ImputationReport(ImmutableList<Cell> imputed, int stillMissing)
    implements StepReport {
  /**
   * Checks the parts.
   *
   * @param imputed the imputed cells
   * @param stillMissing the number still missing
   */
  public ImputationReport {
    Objects.requireNonNull(imputed, "imputed");
  }

  /**
   * Returns whether a cell was imputed.
   *
   * @param unit the unit code
   * @param column the column code
   * @return true when its value was imputed
   */
  public boolean isImputed(String unit, String column) {
    return imputed.stream().anyMatch(c -> c.unit().equals(unit) && c.column().equals(column));
  }

  /**
   * One imputed cell.
   *
   * @param unit the unit code
   * @param column the indicator code
   * @param value the imputed value
   */
  public record Cell(String unit, String column, double value) {}
}
