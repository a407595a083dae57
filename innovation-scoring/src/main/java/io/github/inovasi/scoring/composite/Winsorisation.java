package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * COINr's outlier treatment: an indicator fails when its adjusted skewness |G| ≥ 2 and its
 * excess kurtosis K ≥ 3.5 (it passes when either is below). A failing indicator is winsorised
 * one round at a time: when G ≥ 0 every value equal to the maximum takes the next highest
 * value, otherwise every value equal to the minimum takes the next lowest; the test and the
 * direction are decided again after each round, until it passes or {@link #winmax()} points
 * were treated. If it still fails, the log transform ln(x − min + 0.01·(max − min)) is applied
 * to the original values (not the winsorised ones, unless {@link #combine()}).
 *
 * <pre>{@code
 * Winsorisation coinr = Winsorisation.coinr();
 * Winsorisation three = Winsorisation.builder().winmax(3).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Winsorisation implements OutlierTreatment, WithWinsorisation {
  Winsorisation() {}

  /**
   * Returns the most points to winsorise; empty for no limit.
   *
   * @return the limit, 5 by default
   */
  @Value.Default
  public OptionalInt winmax() {
    return OptionalInt.of(5);
  }

  /**
   * Returns the absolute skewness at or above which an indicator may fail.
   *
   * @return the threshold, 2 by default
   */
  @Value.Default
  public double skewThreshold() {
    return 2;
  }

  /**
   * Returns the kurtosis at or above which an indicator may fail.
   *
   * @return the threshold, 3.5 by default
   */
  @Value.Default
  public double kurtosisThreshold() {
    return 3.5;
  }

  /**
   * Returns whether to winsorise up to {@link #winmax()} points even when passing.
   *
   * @return false by default
   */
  @Value.Default
  public boolean force() {
    return false;
  }

  /**
   * Returns whether to log-transform when winsorisation is not enough.
   *
   * @return true by default
   */
  @Value.Default
  public boolean logFallback() {
    return true;
  }

  /**
   * Returns whether the log transform applies to the winsorised values instead of the
   * original ones.
   *
   * @return false by default (COINr's {@code combine_treat})
   */
  @Value.Default
  public boolean combine() {
    return false;
  }

  /**
   * Returns COINr's defaults: winmax 5, skewness 2, kurtosis 3.5, log fallback.
   *
   * @return the default treatment
   */
  public static Winsorisation coinr() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tests skewness and kurtosis.
   *
   * @param values the values
   * @return true when passing: |skew| below its threshold or kurtosis below its threshold, or
   *     when there are too few values to tell
   */
  public final boolean passes(double[] values) {
    return passes(Stats.Shape.of(values));
  }

  private boolean passes(Stats.Shape shape) {
    double s = shape.skew();
    double k = shape.kurtosis();
    if (Double.isNaN(s) || Double.isNaN(k)) {
      return true;
    }
    return Math.abs(s) < skewThreshold() || k < kurtosisThreshold();
  }

  @Override
  public IndicatorTreatment treat(String indicator, List<String> units, double[] original) {
    // skewness and kurtosis are computed once per state of the values, not once per question
    Stats.Shape shape = Stats.Shape.of(original);
    IndicatorTreatment.Builder out = IndicatorTreatment.builder().indicator(indicator)
        .skewBefore(shape.skew()).kurtosisBefore(shape.kurtosis());
    boolean pass = passes(shape);
    out.passedBefore(pass);
    double[] x = original.clone();
    int[] high = new int[0];
    int[] low = new int[0];
    if (!pass || force()) {
      int nwin = 0;
      while ((!pass || force()) && belowLimit(nwin)) {
        double s = shape.skew();
        if (Double.isNaN(s)) {
          break;
        }
        boolean atHigh = s >= 0;
        double end = atHigh ? Stats.max(x) : Stats.min(x);
        double next = nextValue(x, end, atHigh);
        if (Double.isNaN(next)) {
          break;
        }
        int[] ends = ends(x, end);
        for (int i : ends) {
          x[i] = next;
        }
        if (atHigh) {
          high = ends;
        } else {
          low = ends;
        }
        nwin = high.length + low.length;
        shape = Stats.Shape.of(x);
        pass = passes(shape);
      }
      out.pointsWinsorised(nwin)
          .skewAfterWinsorisation(shape.skew()).kurtosisAfterWinsorisation(shape.kurtosis());
    }
    out.winsorisedHigh(codes(units, high)).winsorisedLow(codes(units, low));
    double[] result = x;
    if (!pass && logFallback()) {
      result = log(combine() ? x : original);
      out.logTransformed(true);
      shape = Stats.Shape.of(result);
      pass = passes(shape);
    }
    return out.values(result).skewAfter(shape.skew()).kurtosisAfter(shape.kurtosis())
        .passedAfter(pass).build();
  }

  private boolean belowLimit(int nwin) {
    return winmax().isEmpty() || nwin < winmax().getAsInt();
  }

  /** The positions holding the end value. */
  private static int[] ends(double[] x, double end) {
    int n = 0;
    for (double v : x) {
      if (v == end) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == end) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** The value next to the end value: the most extreme of the others. */
  private static double nextValue(double[] x, double end, boolean atHigh) {
    double next = Double.NaN;
    for (double v : x) {
      if (Double.isNaN(v) || v == end) {
        continue;
      }
      if (Double.isNaN(next) || (atHigh ? v > next : v < next)) {
        next = v;
      }
    }
    return next;
  }

  private static double[] log(double[] x) {
    double min = Stats.min(x);
    double max = Stats.max(x);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.log(x[i] - min + 0.01 * (max - min));
    }
    return y;
  }

  private static ImmutableList<String> codes(List<String> units, int[] idx) {
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(idx.length);
    for (int i : idx) {
      out.add(units.get(i));
    }
    return out.build();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(winmax().orElse(1) >= 1, "Winsorisation.winmax",
        "must be at least 1, was %s", winmax());
    InvalidValueException.check(skewThreshold() > 0 && kurtosisThreshold() > 0,
        "Winsorisation.thresholds", "must be positive, were %s and %s", skewThreshold(),
        kurtosisThreshold());
  }

  /** Builds {@link Winsorisation}s. */
  public static final class Builder extends ImmutableWinsorisation.Builder {
    Builder() {}
  }
}
