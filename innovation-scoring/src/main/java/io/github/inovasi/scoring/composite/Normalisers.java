package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.function.DoubleUnaryOperator;

/**
 * The stock {@link Normaliser}s, COINr's {@code n_*} functions. Each sees values already
 * multiplied by the indicator's direction; targets and goalposts are turned the same way, so
 * for a direction of −1 distance to target is (max − x)/(max − target) and goalposts give
 * (x − u)/(l − u), as in COINr.
 *
 * <pre>{@code
 * Normalise.builder().normaliser(Normalisers.minMax(0, 100))
 *     .putOverride("Tariff", Normalisers.rank()).build();
 * }</pre>
 */
public final class Normalisers {
  private Normalisers() {}

  /**
   * Returns min-max: (x − min)/(max − min)·(u − l) + l.
   *
   * @param lower l
   * @param upper u
   * @return the normaliser
   * @throws InvalidValueException unless lower &lt; upper
   */
  public static Normaliser minMax(double lower, double upper) {
    InvalidValueException.check(lower < upper, "Normalisers.minMax", "needs lower < upper, was"
        + " %s and %s", lower, upper);
    return named("minMax(" + lower + ", " + upper + ")", (x, c) -> {
      double min = Stats.min(x);
      double max = Stats.max(x);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double v = x[i];
        y[i] = Double.isNaN(v) ? Double.NaN : (v - min) / (max - min) * (upper - lower) + lower;
      }
      return y;
    });
  }

  /**
   * Returns the z-score: (x − mean)/sd·s + m, with the sample standard deviation.
   *
   * @param mean m
   * @param sd s
   * @return the normaliser
   */
  public static Normaliser zScore(double mean, double sd) {
    return named("zScore(" + mean + ", " + sd + ")", (x, c) -> {
      double m = Stats.mean(x);
      double s = Stats.sd(x);
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double v = x[i];
        y[i] = Double.isNaN(v) ? Double.NaN : (v - m) / s * sd + mean;
      }
      return y;
    });
  }

  /**
   * Returns scaling: (x − l)/(u − l)·f.
   *
   * @param lower l
   * @param upper u
   * @param factor f
   * @return the normaliser
   */
  public static Normaliser scaled(double lower, double upper, double factor) {
    return named("scaled(" + lower + ", " + upper + ", " + factor + ")",
        (x, c) -> map(x, v -> (v - lower) / (upper - lower) * factor));
  }

  /**
   * Returns the rank, lowest value 1, ties sharing the lowest rank.
   *
   * @return the normaliser
   */
  public static Normaliser rank() {
    return named("rank()", (x, c) -> Stats.rank(x, false));
  }

  /**
   * Returns the percentile rank (rank − 1)/(n − 1), n the number of values present.
   *
   * @return the normaliser
   */
  public static Normaliser percentileRank() {
    return named("percentileRank()", (x, c) -> {
      int n = Stats.countPresent(x);
      return map(Stats.rank(x, false), r -> n < 2 ? Double.NaN : (r - 1) / (n - 1));
    });
  }

  /**
   * Returns the Borda score: rank − 1.
   *
   * @return the normaliser
   */
  public static Normaliser borda() {
    return named("borda()", (x, c) -> map(Stats.rank(x, false), r -> r - 1));
  }

  /**
   * Returns the fraction of the maximum: x / max.
   *
   * @return the normaliser
   */
  public static Normaliser fractionOfMax() {
    return named("fractionOfMax()", (x, c) -> {
      double max = Stats.max(x);
      return map(x, v -> v / max);
    });
  }

  /**
   * Returns distance to the maximum: 1 − (max − x)/(max − min).
   *
   * @return the normaliser
   */
  public static Normaliser distanceToMax() {
    return named("distanceToMax()", (x, c) -> {
      double min = Stats.min(x);
      double max = Stats.max(x);
      return map(x, v -> 1 - (max - v) / (max - min));
    });
  }

  /**
   * Returns distance to a reference unit: 1 − (x_ref − x)/(x_ref − min).
   *
   * @param unit the reference unit's code
   * @param capAtOne whether values above the reference's become 1
   * @return the normaliser
   */
  public static Normaliser distanceToReference(String unit, boolean capAtOne) {
    return named("distanceToReference(" + unit + ", " + capAtOne + ")", (x, c) -> {
      int i = c.units().indexOf(unit);
      InvalidValueException.check(i >= 0, "Normalisers.distanceToReference",
          "reference unit %s is not among the units", unit);
      double ref = x[i];
      InvalidValueException.check(!Double.isNaN(ref), "Normalisers.distanceToReference",
          "reference unit %s has no value for %s", unit, c.indicator().code());
      double min = Stats.min(x);
      return map(x, v -> cap(1 - (ref - v) / (ref - min), capAtOne));
    });
  }

  /**
   * Returns distance to the indicator's {@link Element#target()}: (x − min)/(target − min).
   *
   * @param capAtOne whether values beyond the target become 1
   * @return the normaliser
   */
  public static Normaliser distanceToTarget(boolean capAtOne) {
    return named("distanceToTarget(" + capAtOne + ")", (x, c) -> {
      InvalidValueException.check(c.indicator().target().isPresent(),
          "Normalisers.distanceToTarget", "indicator %s has no target", c.indicator().code());
      double target = c.indicator().target().getAsDouble() * c.indicator().direction();
      double min = Stats.min(x);
      return map(x, v -> cap((v - min) / (target - min), capAtOne));
    });
  }

  /**
   * Returns goalposts: ((x − l)/(u − l)), clipped to [0, 1] when asked, times a scale; for a
   * direction of −1, (x − u)/(l − u).
   *
   * @param lower l, in the indicator's own units
   * @param upper u, in the indicator's own units
   * @param scale a
   * @param clip whether to clip to [0, 1]
   * @return the normaliser
   */
  public static Normaliser goalposts(double lower, double upper, double scale, boolean clip) {
    InvalidValueException.check(lower != upper, "Normalisers.goalposts",
        "needs distinct goalposts, was %s and %s", lower, upper);
    return named("goalposts(" + lower + ", " + upper + ", " + scale + ", " + clip + ")",
        (x, c) -> {
      int d = c.indicator().direction();
      double l = d > 0 ? lower : -upper;
      double u = d > 0 ? upper : -lower;
      return map(x, v -> {
        double z = (v - l) / (u - l);
        if (clip) {
          z = Math.max(0, Math.min(1, z));
        }
        return z * scale;
      });
    });
  }

  private static double cap(double v, boolean capAtOne) {
    return capAtOne && v > 1 ? 1 : v;
  }

  private static double[] map(double[] x, DoubleUnaryOperator f) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Double.isNaN(x[i]) ? Double.NaN : f.applyAsDouble(x[i]);
    }
    return y;
  }

  private static Normaliser named(String description, Normaliser method) {
    return new Named(description, method);
  }

  private static final class Named extends Described implements Normaliser {
    private final Normaliser method;

    Named(String description, Normaliser method) {
      super(description);
      this.method = method;
    }

    @Override
    public double[] normalise(double[] values, Context context) {
      return method.normalise(values, context);
    }
  }
}
