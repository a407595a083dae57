package io.github.inovasi.scoring.composite;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The stock {@link Aggregator}s, COINr's {@code a_*} functions. Row-wise methods drop missing
 * children and renormalise the weights over those present; a unit with no child present gets
 * a missing score.
 *
 * <pre>{@code
 * Aggregate.builder().aggregator(Aggregators.arithmetic())
 *     .putLevelAggregator(4, Aggregators.geometric()).build();
 * }</pre>
 */
public final class Aggregators {
  private Aggregators() {}

  /**
   * One unit's aggregate from its present values and their weights (summing to one): the first
   * {@code m} entries of {@code x} and {@code w}; {@code kept} says which child each came from.
   */
  @FunctionalInterface
  private interface RowMethod {
    double apply(double[] x, double[] w, int m, int unit, Aggregator.Context context, int[] kept);
  }

  /**
   * Returns the weighted arithmetic mean Σwx / Σw.
   *
   * @return the aggregator
   */
  public static Aggregator arithmetic() {
    return named("arithmetic()", rowwise((x, w, m, u, c, k) -> {
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += w[i] * x[i];
      }
      return s;
    }));
  }

  /**
   * Returns the weighted geometric mean exp(Σw·ln x / Σw). Every value must be positive: a
   * value ≤ 0 is reported with its unit and child, with the advice to normalise to a positive
   * range (e.g. min-max to [1, 100]).
   *
   * @return the aggregator
   */
  public static Aggregator geometric() {
    return named("geometric()", rowwise((x, w, m, u, c, k) -> {
      requirePositive(x, m, u, c, k, "geometric");
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += w[i] * Math.log(x[i]);
      }
      return Math.exp(s);
    }));
  }

  /**
   * Returns the weighted harmonic mean Σw / Σ(w/x); every value must be positive.
   *
   * @return the aggregator
   */
  public static Aggregator harmonic() {
    return named("harmonic()", rowwise((x, w, m, u, c, k) -> {
      requirePositive(x, m, u, c, k, "harmonic");
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += w[i] / x[i];
      }
      return 1 / s;
    }));
  }

  /**
   * Returns the weighted generalised (power) mean (Σw·x^p / Σw)^(1/p); values must be positive.
   *
   * @param p the power, not zero (use {@link #geometric()} for the limit p → 0)
   * @return the aggregator
   * @throws InvalidValueException when p is zero or not finite
   */
  public static Aggregator generalised(double p) {
    InvalidValueException.check(p != 0 && Double.isFinite(p), "Aggregators.generalised",
        "p must be finite and non-zero (use the geometric mean for p = 0), was %s", p);
    return named("generalised(" + p + ")", rowwise((x, w, m, u, c, k) -> {
      requirePositive(x, m, u, c, k, "generalised");
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += w[i] * Math.pow(x[i], p);
      }
      return Math.pow(s, 1 / p);
    }));
  }

  /**
   * Returns the weighted median: the smallest value at which the cumulative weight of the
   * sorted values reaches one half, or the mean of it and the next value when it is exactly one
   * half.
   *
   * @return the aggregator
   */
  public static Aggregator weightedMedian() {
    return named("weightedMedian()", rowwise((x, w, m, u, c, k) -> {
      Integer[] order = new Integer[m];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
      double cum = 0;
      for (int r = 0; r < order.length; r++) {
        cum += w[order[r]];
        if (Math.abs(cum - 0.5) < 1e-12 && r + 1 < order.length) {
          return (x[order[r]] + x[order[r + 1]]) / 2;
        }
        if (cum >= 0.5) {
          return x[order[r]];
        }
      }
      return x[order[order.length - 1]];
    }));
  }

  /**
   * Returns the Copeland score: each pair of units is compared with the outranking matrix
   * (see {@link Copeland}) and a unit scores +1 for each unit it outranks, −1 for each that
   * outranks it.
   *
   * @return the aggregator
   */
  public static Aggregator copeland() {
    return named("copeland()",
        (values, weights, context) -> Copeland.of(values, weights).scores());
  }

  private static void requirePositive(double[] x, int m, int unit, Aggregator.Context c,
      int[] kept, String method) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      if (x[i] <= 0) {
        String child = c.children().get(kept[i]);
        problems.add(Problem.builder().code("NOT_POSITIVE")
            .location(Location.builder().path(c.units().get(unit)).field(child).build())
            .message(Label.of("Rata-rata " + method + " butuh nilai > 0",
                "The " + method + " mean needs values > 0; normalise to a positive range,"
                    + " e.g. min-max to [1, 100]"))
            .expected("> 0").found(Double.toString(x[i])).build());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Cannot aggregate " + c.aggregate() + " for "
          + c.units().get(unit) + " with the " + method + " mean", problems);
    }
  }

  private static Aggregator rowwise(RowMethod method) {
    return (values, weights, context) -> {
      double[] out = new double[values.length];
      int k = weights.length;
      int[] kept = new int[k];
      double[] x = new double[k];
      double[] w = new double[k];
      for (int u = 0; u < values.length; u++) {
        double[] row = values[u];
        int m = 0;
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
          if (!Double.isNaN(row[j]) && weights[j] > 0) {
            kept[m++] = j;
            sum += weights[j];
          }
        }
        if (m == 0 || sum == 0) {
          out[u] = Double.NaN;
          continue;
        }
        for (int i = 0; i < m; i++) {
          x[i] = row[kept[i]];
          w[i] = weights[kept[i]] / sum;
        }
        out[u] = method.apply(x, w, m, u, context, kept);
      }
      return out;
    };
  }

  private static Aggregator named(String description, Aggregator method) {
    return new Named(description, method);
  }

  private static final class Named extends Described implements Aggregator {
    private final Aggregator method;

    Named(String description, Aggregator method) {
      super(description);
      this.method = method;
    }

    @Override
    public double[] aggregate(double[][] values, double[] weights, Context context) {
      return method.aggregate(values, weights, context);
    }
  }
}
