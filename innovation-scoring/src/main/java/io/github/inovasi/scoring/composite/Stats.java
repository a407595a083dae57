package io.github.inovasi.scoring.composite;

import java.util.Arrays;

/** Descriptive statistics over the present (non-NaN) values, as R and COINr compute them. */
final class Stats {
  private Stats() {}

  static double[] present(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  static int countPresent(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Mean with R's second-pass correction; NaN when nothing is present. */
  static double mean(double[] x) {
    double[] p = present(x);
    if (p.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : p) {
      s += v;
    }
    double m = s / p.length;
    double t = 0;
    for (double v : p) {
      t += v - m;
    }
    return m + t / p.length;
  }

  static double median(double[] x) {
    double[] p = present(x);
    if (p.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(p);
    int h = p.length / 2;
    return p.length % 2 == 1 ? p[h] : (p[h - 1] + p[h]) / 2;
  }

  static double min(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
  }

  static double max(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
  }

  /** Sample standard deviation (n - 1); NaN for fewer than two values. */
  static double sd(double[] x) {
    double[] p = present(x);
    if (p.length < 2) {
      return Double.NaN;
    }
    double m = mean(p);
    double ss = 0;
    for (double v : p) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (p.length - 1));
  }

  /** Adjusted (type 2) skewness; NaN for fewer than three values. */
  static double skew(double[] x) {
    double[] p = present(x);
    int n = p.length;
    if (n < 3) {
      return Double.NaN;
    }
    double m = mean(p);
    double s2 = 0;
    double s3 = 0;
    for (double v : p) {
      double d = v - m;
      s2 += d * d;
      s3 += d * d * d;
    }
    double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return g * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /** Excess kurtosis (type 2); NaN for fewer than four values. */
  static double kurtosis(double[] x) {
    double[] p = present(x);
    int n = p.length;
    if (n < 4) {
      return Double.NaN;
    }
    double m = mean(p);
    double s2 = 0;
    double s4 = 0;
    for (double v : p) {
      double d = v - m;
      s2 += d * d;
      s4 += d * d * d * d;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }

  /**
   * Ranks with ties sharing the lowest rank; NaN stays NaN. With {@code descending}, the highest
   * value gets rank 1 (scores); otherwise the lowest does (rank normalisation).
   */
  static double[] rank(double[] x, boolean descending) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
        continue;
      }
      int better = 0;
      for (double v : x) {
        if (!Double.isNaN(v) && (descending ? v > x[i] : v < x[i])) {
          better++;
        }
      }
      out[i] = better + 1;
    }
    return out;
  }
}
