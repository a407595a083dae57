package io.github.inovasi.scoring.composite;

import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Normalise} brings one indicator to a common scale. {@link Normalise} multiplies
 * the values by the indicator's direction first, so a normaliser always sees "higher is
 * better"; the stock ones are in {@link Normalisers}.
 *
 * <pre>{@code
 * Normaliser share = (x, c) -> { double max = ...; return Arrays.stream(x).map(v -> v / max).toArray(); };
 * }</pre>
 */
@FunctionalInterface
public interface Normaliser {
  /**
   * Normalises one indicator.
   *
   * @param values the values times the direction, {@code NaN} for missing; not to be modified
   * @param context the indicator (its direction and target) and the unit codes
   * @return the normalised values, same length; missing stays missing
   */
  double[] normalise(double[] values, Context context);

  /**
   * The indicator being normalised and its units.
   *
   * @param indicator the indicator, with its direction and target
   * @param units the unit codes, one per value
   */
  record Context(Element indicator, List<String> units) {
    /**
     * Checks the parts.
     *
     * @param indicator the indicator
     * @param units the unit codes
     */
    public Context {
      Objects.requireNonNull(indicator, "indicator");
      units = Stats.immutable(units);
    }
  }
}
