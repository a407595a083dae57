package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Divides indicators by a denominator column (pembagian dengan penyebut), e.g. trade by GDP:
 * {@code x / (denominator / scaleFactor)}. By default each indicator uses the
 * {@link Element#denominator()} of the framework and a scale factor of 1; indicators without a
 * denominator are copied unchanged. A zero denominator gives a missing value.
 *
 * <pre>{@code
 * Denominate byMeta = Denominate.builder().build();
 * Denominate perCapita = Denominate.builder()
 *     .putDenominator("Flights", "Population").putScaleFactor("Flights", 1000).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Denominate implements Step, WithDenominate {
  Denominate() {}

  @Override
  @Value.Default
  public String output() {
    return "Denominated";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns denominators that replace or add to the framework's, by indicator code.
   *
   * @return denominator column codes by indicator code
   */
  public abstract ImmutableMap<String, String> denominators();

  /**
   * Returns whether the framework's {@link Element#denominator()} is used for indicators not in
   * {@link #denominators()}.
   *
   * @return true by default
   */
  @Value.Default
  public boolean useFramework() {
    return true;
  }

  /**
   * Returns scale factors by indicator code (1 when absent).
   *
   * @return the scale factors
   */
  public abstract ImmutableMap<String, Double> scaleFactors();

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
    DataSet den = context.data().denominators();
    Map<String, double[]> out = new LinkedHashMap<>();
    int[] rows = null;
    for (String code : in.columns()) {
      Optional<String> d = Optional.ofNullable(denominators().get(code));
      if (d.isEmpty() && useFramework()) {
        d = context.framework().find(code).flatMap(Element::denominator);
      }
      if (d.isEmpty()) {
        continue;
      }
      double sf = scaleFactors().getOrDefault(code, 1.0);
      double[] x = in.columnView(in.columnPosition(code));
      double[] dv = den.columnView(den.columnPosition(d.get()));
      if (rows == null) {
        rows = rowsOf(in, den);
      }
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double div = dv[rows[i]] / sf;
        y[i] = div == 0 ? Double.NaN : x[i] / div;
      }
      out.put(code, y);
    }
    return StepOutput.of(in.withColumns(out));
  }

  /** The denominators' row of each unit of the input. */
  private static int[] rowsOf(DataSet in, DataSet den) {
    int[] rows = new int[in.units().size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = den.unitRow(in.units().get(i));
    }
    return rows;
  }

  @Value.Check
  void check() {
    scaleFactors().forEach((k, v) -> InvalidValueException.check(
        Double.isFinite(v) && v != 0, "Denominate.scaleFactors", "must be finite and non-zero,"
            + " was %s for %s", v, k));
  }

  /** Builds {@link Denominate} steps. */
  public static final class Builder extends ImmutableDenominate.Builder {
    Builder() {}
  }
}
