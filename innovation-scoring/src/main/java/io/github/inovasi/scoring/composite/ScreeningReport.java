package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Screen} found: each unit's data availability and share of non-zero values, and
 * whether it was kept.
 *
 * @param units one row per unit screened, in input order
 */
public record ScreeningReport(ImmutableList<UnitScreening> units) implements StepReport {
  /**
   * Checks the parts.
   *
   * @param units one row per unit screened
   */
  public ScreeningReport {
    Objects.requireNonNull(units, "units");
  }

  /**
   * Returns the codes of the units removed.
   *
   * @return the removed unit codes
   */
  public List<String> removed() {
    return units.stream().filter(u -> !u.kept()).map(UnitScreening::unit).toList();
  }

  /**
   * One unit's screening.
   *
   * @param unit the unit code
   * @param availability the share of indicators present
   * @param nonZeroShare the share of present values that are not zero
   * @param kept whether the unit stays
   */
  public record UnitScreening(String unit, double availability, double nonZeroShare,
      boolean kept) {}
}
