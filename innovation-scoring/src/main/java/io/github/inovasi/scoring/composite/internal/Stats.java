package io.github.inovasi.scoring.composite.internal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Descriptive statistics over the present (non-NaN) values, as R and COINr compute them, shared
 * by the composite packages (this package is not exported). Plain loops over the array: these
 * run once per value of every column of every step.
 */
public final class Stats {
  private Stats() {}

  /** The list itself when already immutable (the unit lists of data sets), else a copy. */
  public static List<String> immutable(List<String> list) {
    return list instanceof ImmutableList ? list : List.copyOf(list);
  }

  /** Returns the present values, in order. */
  public static double[] present(double[] x) {
    double[] p = new double[countPresent(x)];
    int k = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        p[k++] = v;
      }
    }
    return p;
  }

  /** Returns the number of present values. */
  public static int countPresent(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Mean with R's second-pass correction; NaN when nothing is present. */
  public static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double m = s / n;
    double t = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        t += v - m;
      }
    }
    return m + t / n;
  }

  /** Returns the median of the present values; NaN when none. */
  public static double median(double[] x) {
    double[] p = present(x);
    if (p.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(p);
    int h = p.length / 2;
    return p.length % 2 == 1 ? p[h] : (p[h - 1] + p[h]) / 2;
  }

  /** The smallest present value (by {@link Math#min}, so −0.0 before 0.0); NaN when none. */
  public static double min(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m = Double.isNaN(m) ? v : Math.min(m, v);
      }
    }
    return m;
  }

  /** The largest present value (by {@link Math#max}); NaN when none. */
  public static double max(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m = Double.isNaN(m) ? v : Math.max(m, v);
      }
    }
    return m;
  }

  /** Sample standard deviation (n - 1); NaN for fewer than two values. */
  public static double sd(double[] x) {
    int n = countPresent(x);
    if (n < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - m) * (v - m);
      }
    }
    return Math.sqrt(ss / (n - 1));
  }

  /** Adjusted (type 2) skewness; NaN for fewer than three values. */
  public static double skew(double[] x) {
    return Shape.of(x).skew();
  }

  /** Excess kurtosis (type 2); NaN for fewer than four values. */
  public static double kurtosis(double[] x) {
    return Shape.of(x).kurtosis();
  }

  /**
   * Skewness and kurtosis from one pass over the deviations (the sums accumulate in the same
   * order as when each is computed alone, so the figures are the same to the bit).
   *
   * @param skew the adjusted skewness
   * @param kurtosis the excess kurtosis
   */
  public record Shape(double skew, double kurtosis) {
    /**
     * Computes the shape of the present values.
     *
     * @param x the values, NaN for missing
     * @return skewness (NaN for fewer than 3 values) and kurtosis (NaN for fewer than 4)
     */
    public static Shape of(double[] x) {
      int n = countPresent(x);
      if (n < 3) {
        return new Shape(Double.NaN, Double.NaN);
      }
      double m = mean(x);
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          double d = v - m;
          s2 += d * d;
          s3 += d * d * d;
          s4 += d * d * d * d;
        }
      }
      double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
      double skew = g * Math.sqrt((double) n * (n - 1)) / (n - 2);
      if (n < 4) {
        return new Shape(skew, Double.NaN);
      }
      double r = n * s4 / (s2 * s2);
      return new Shape(skew, ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3)));
    }
  }

  /**
   * Ranks with ties sharing the lowest rank; NaN stays NaN. With {@code descending}, the highest
   * value gets rank 1 (scores); otherwise the lowest does (rank normalisation). O(n log n): each
   * value's rank is one plus the number of present values strictly better, found by binary
   * search in the sorted present values (−0.0 and 0.0 tie, as {@code <} compares them).
   */
  public static double[] rank(double[] x, boolean descending) {
    double[] sorted = present(x);
    Arrays.sort(sorted);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        out[i] = Double.NaN;
        continue;
      }
      int better = descending ? sorted.length - firstAbove(sorted, v) : firstNotBelow(sorted, v);
      out[i] = better + 1;
    }
    return out;
  }

  /** The first index whose value is not below v (so the count of values below v). */
  private static int firstNotBelow(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose value is above v. */
  private static int firstAbove(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] > v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Pearson's correlation of two complete vectors of the same length; NaN for fewer than two
   * values or a constant vector.
   */
  public static double pearson(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return Double.NaN;
    }
    double ma = mean(a);
    double mb = mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
  }

  /** Pearson's correlation over the positions where both values are present. */
  public static double pairwisePearson(double[] a, double[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        n++;
      }
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        x[k] = a[i];
        y[k++] = b[i];
      }
    }
    return pearson(x, y);
  }
}
