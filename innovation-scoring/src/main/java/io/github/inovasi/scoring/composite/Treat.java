package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Treats outliers (penanganan pencilan) indicator by indicator with an
 * {@link OutlierTreatment}, by default COINr's {@link Winsorisation}, with per-indicator
 * overrides ({@link OutlierTreatment#none()} to leave one alone). Every indicator's
 * {@link IndicatorTreatment} is in the {@link TreatmentReport}.
 *
 * <pre>{@code
 * Treat asem = Treat.builder().treatment(Winsorisation.builder().winmax(5).build()).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Treat implements Step, WithTreat {
  Treat() {}

  @Override
  @Value.Default
  public String output() {
    return "Treated";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the treatment for indicators without an override.
   *
   * @return the treatment, {@link Winsorisation#coinr()} by default
   */
  @Value.Default
  public OutlierTreatment treatment() {
    return Winsorisation.coinr();
  }

  /**
   * Returns treatments for particular indicators.
   *
   * @return treatments by indicator code
   */
  public abstract ImmutableMap<String, OutlierTreatment> overrides();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public StepOutput apply(StepContext context, DataSet in) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    ImmutableList.Builder<IndicatorTreatment> report = ImmutableList.builder();
    for (String c : in.columns()) {
      IndicatorTreatment t =
          overrides().getOrDefault(c, treatment()).treat(c, in.units(), in.column(c));
      cols.put(c, t.values());
      report.add(t);
    }
    return StepOutput.of(in.withColumns(cols), new TreatmentReport(report.build()));
  }

  /** Builds {@link Treat} steps. */
  public static final class Builder extends ImmutableTreat.Builder {
    Builder() {}
  }
}
