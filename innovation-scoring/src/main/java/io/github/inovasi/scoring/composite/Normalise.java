package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Brings indicators to a common scale (normalisasi): each indicator's values are multiplied by
 * its direction, then given to its {@link Normaliser} (min-max to [0, 100] by default), with
 * per-indicator overrides.
 *
 * <pre>{@code
 * Normalise norm = Normalise.builder().normaliser(Normalisers.minMax(0, 100)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Normalise implements Step, WithNormalise {
  Normalise() {}

  @Override
  @Value.Default
  public String output() {
    return "Normalised";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the normaliser for indicators without an override.
   *
   * @return the normaliser, min-max to [0, 100] by default
   */
  @Value.Default
  public Normaliser normaliser() {
    return Normalisers.minMax(0, 100);
  }

  /**
   * Returns normalisers for particular indicators.
   *
   * @return normalisers by indicator code
   */
  public abstract ImmutableMap<String, Normaliser> overrides();

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
    for (int j = 0; j < in.columns().size(); j++) {
      String c = in.columns().get(j);
      Element e = context.framework().find(c).orElseGet(() -> Element.builder().code(c).level(1)
          .build());
      double[] x = in.columnView(j).clone();
      int direction = e.direction();
      for (int i = 0; i < x.length; i++) {
        x[i] *= direction;
      }
      double[] y = overrides().getOrDefault(c, normaliser())
          .normalise(x, new Normaliser.Context(e, in.units()));
      InvalidValueException.check(y.length == x.length, "Normaliser.normalise",
          "must return %s values for %s, returned %s", x.length, c, y.length);
      cols.put(c, y);
    }
    return StepOutput.of(in.withColumns(cols));
  }

  /** Builds {@link Normalise} steps. */
  public static final class Builder extends ImmutableNormalise.Builder {
    Builder() {}
  }
}
