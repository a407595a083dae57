package io.github.inovasi.scoring.composite.analysis;

import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pearson, Spearman and Kendall correlations with p-values, as R's {@code cor.test} asymptotics. */
final class Correlations {
  private Correlations() {}

  static Correlation of(String first, double[] x, String second, double[] y,
      Correlation.Method method) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        pairs.add(new double[] {x[i], y[i]});
      }
    }
    int n = pairs.size();
    double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
    double r;
    double p;
    switch (method) {
      case KENDALL -> {
        double[] tau = kendall(a, b);
        r = tau[0];
        p = Distributions.twoSidedNormal(tau[1]);
      }
      case SPEARMAN -> {
        r = pearson(averageRanks(a), averageRanks(b));
        p = tTest(r, n);
      }
      default -> {
        r = pearson(a, b);
        p = tTest(r, n);
      }
    }
    return new Correlation(first, second, method, r, n < 3 ? Double.NaN : p, n);
  }

  private static double tTest(double r, int n) {
    if (Double.isNaN(r) || n < 3) {
      return Double.NaN;
    }
    if (Math.abs(r) >= 1) {
      return 0;
    }
    return Distributions.twoSidedT(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
  }

  static double pearson(double[] a, double[] b) {
    return Stats.pearson(a, b);
  }

  static double[] averageRanks(double[] x) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int less = 0;
      int equal = 0;
      for (double v : x) {
        if (v < x[i]) {
          less++;
        } else if (v == x[i]) {
          equal++;
        }
      }
      r[i] = less + (equal + 1) / 2.0;
    }
    return r;
  }

  /** Returns tau-b and the z statistic of S with the tie-corrected variance. */
  private static double[] kendall(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
      }
    }
    double n0 = n * (n - 1) / 2.0;
    List<Integer> tx = ties(x);
    List<Integer> ty = ties(y);
    double n1 = tx.stream().mapToDouble(t -> t * (t - 1) / 2.0).sum();
    double n2 = ty.stream().mapToDouble(t -> t * (t - 1) / 2.0).sum();
    double denom = Math.sqrt((n0 - n1) * (n0 - n2));
    double tau = denom == 0 ? Double.NaN : s / denom;
    double v = (n * (n - 1.0) * (2 * n + 5)
        - tx.stream().mapToDouble(t -> t * (t - 1.0) * (2 * t + 5)).sum()
        - ty.stream().mapToDouble(t -> t * (t - 1.0) * (2 * t + 5)).sum()) / 18;
    if (n > 2) {
      v += tx.stream().mapToDouble(t -> t * (t - 1.0) * (t - 2)).sum()
          * ty.stream().mapToDouble(t -> t * (t - 1.0) * (t - 2)).sum()
          / (9.0 * n * (n - 1) * (n - 2));
    }
    v += tx.stream().mapToDouble(t -> t * (t - 1.0)).sum()
        * ty.stream().mapToDouble(t -> t * (t - 1.0)).sum() / (2.0 * n * (n - 1));
    return new double[] {tau, v <= 0 ? Double.NaN : s / Math.sqrt(v)};
  }

  private static List<Integer> ties(double[] x) {
    Map<Double, Integer> counts = new HashMap<>();
    for (double v : x) {
      counts.merge(v, 1, Integer::sum);
    }
    return counts.values().stream().filter(c -> c > 1).toList();
  }
}
