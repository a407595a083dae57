package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Treat} did to every indicator.
 *
 * @param indicators one entry per indicator, in column order
 */
public record TreatmentReport(ImmutableList<IndicatorTreatment> indicators)
    implements StepReport {
  /**
   * Checks the parts.
   *
   * @param indicators one entry per indicator
   */
  public TreatmentReport {
    Objects.requireNonNull(indicators, "indicators");
  }

  /**
   * Returns one indicator's treatment.
   *
   * @param code the indicator code
   * @return its treatment
   * @throws InvalidValueException if the indicator was not treated
   */
  public IndicatorTreatment indicator(String code) {
    return indicators.stream().filter(t -> t.indicator().equals(code)).findFirst()
        .orElseThrow(() -> new InvalidValueException("TreatmentReport.indicator",
            "no indicator '" + code + "'"));
  }

  /**
   * Returns the indicators whose values changed.
   *
   * @return the treated indicators
   */
  public List<IndicatorTreatment> treated() {
    return indicators.stream().filter(IndicatorTreatment::isTreated).toList();
  }
}
