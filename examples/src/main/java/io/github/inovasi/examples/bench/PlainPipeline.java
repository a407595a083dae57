package io.github.inovasi.examples.bench;

import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of the composite benchmarks: the ASEM-style pipeline (denominate, group-mean
 * imputation, screening by availability, winsorisation with the log fallback, min-max to
 * [0, 100], weighted arithmetic means up the levels, ranks of the index) written as plain loops
 * over column-major arrays, with no validation, no reports and no data sets kept. What the
 * engine does on top of this (immutable data sets, reports, checks, extensible steps) is the
 * ratio the benchmarks print.
 */
final class PlainPipeline {
  private final int n;
  private final double[][] raw;
  private final double[] population;
  private final boolean[] denominated;
  private final int[] group;
  private final int groups;
  private final int[] direction;
  /** For each level from 2 up: each element's children (indices into the level below). */
  private final List<int[][]> children = new ArrayList<>();
  private final List<double[][]> weights = new ArrayList<>();

  PlainPipeline(CompositeData data, String groupColumn) {
    Framework f = data.framework();
    List<String> indicators = f.indicators();
    n = data.raw().units().size();
    raw = new double[indicators.size()][];
    denominated = new boolean[indicators.size()];
    direction = new int[indicators.size()];
    String denominator = null;
    for (int j = 0; j < raw.length; j++) {
      Element e = f.element(indicators.get(j));
      raw[j] = data.raw().column(e.code());
      direction[j] = e.direction();
      if (e.denominator().isPresent()) {
        denominated[j] = true;
        denominator = e.denominator().get();
      }
    }
    population = denominator == null ? new double[n] : data.denominators().column(denominator);
    Map<String, Integer> ids = new HashMap<>();
    group = new int[n];
    for (int u = 0; u < n; u++) {
      String g = data.units().get(u).groups().get(groupColumn);
      group[u] = ids.computeIfAbsent(g, k -> ids.size());
    }
    groups = ids.size();
    List<Element> below = f.level(1);
    for (int level = 2; level <= f.maxLevel(); level++) {
      List<Element> parents = f.level(level);
      int[][] c = new int[parents.size()][];
      double[][] w = new double[parents.size()][];
      for (int p = 0; p < parents.size(); p++) {
        List<Element> kids = f.children(parents.get(p).code());
        c[p] = new int[kids.size()];
        w[p] = new double[kids.size()];
        for (int k = 0; k < kids.size(); k++) {
          c[p][k] = below.indexOf(kids.get(k));
          w[p][k] = kids.get(k).weight();
        }
      }
      children.add(c);
      weights.add(w);
      below = parents;
    }
  }

  /** Runs the pipeline; returns the index ranks. */
  double[] run() {
    int m = raw.length;
    double[][] x = new double[m][];
    for (int j = 0; j < m; j++) {
      double[] col = raw[j].clone();
      if (denominated[j]) {
        for (int u = 0; u < n; u++) {
          col[u] = population[u] == 0 ? Double.NaN : col[u] / population[u];
        }
      }
      imputeGroupMean(col);
      x[j] = col;
    }
    boolean[] keep = new boolean[n];
    int kept = 0;
    for (int u = 0; u < n; u++) {
      int present = 0;
      for (int j = 0; j < m; j++) {
        present += Double.isNaN(x[j][u]) ? 0 : 1;
      }
      keep[u] = present >= 0.9 * m;
      kept += keep[u] ? 1 : 0;
    }
    for (int j = 0; j < m; j++) {
      double[] col = new double[kept];
      for (int u = 0, k = 0; u < n; u++) {
        if (keep[u]) {
          col[k++] = x[j][u] * direction[j];
        }
      }
      treat(col);
      minMax(col);
      x[j] = col;
    }
    double[][] level = x;
    for (int l = 0; l < children.size(); l++) {
      int[][] c = children.get(l);
      double[][] w = weights.get(l);
      double[][] next = new double[c.length][kept];
      for (int p = 0; p < c.length; p++) {
        for (int u = 0; u < kept; u++) {
          double s = 0;
          double ws = 0;
          for (int k = 0; k < c[p].length; k++) {
            double v = level[c[p][k]][u];
            if (!Double.isNaN(v)) {
              s += w[p][k] * v;
              ws += w[p][k];
            }
          }
          next[p][u] = ws == 0 ? Double.NaN : s / ws;
        }
      }
      level = next;
    }
    return rank(level[0]);
  }

  private void imputeGroupMean(double[] col) {
    double[] sum = new double[groups];
    int[] count = new int[groups];
    for (int u = 0; u < n; u++) {
      if (!Double.isNaN(col[u])) {
        sum[group[u]] += col[u];
        count[group[u]]++;
      }
    }
    for (int u = 0; u < n; u++) {
      if (Double.isNaN(col[u])) {
        col[u] = count[group[u]] == 0 ? Double.NaN : sum[group[u]] / count[group[u]];
      }
    }
  }

  private static void treat(double[] x) {
    double[] original = x.clone();
    int treated = 0;
    double[] shape = shape(x);
    while (Math.abs(shape[0]) >= 2 && shape[1] >= 3.5 && treated < 5) {
      boolean high = shape[0] >= 0;
      double end = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) {
        end = high ? Math.max(end, v) : Math.min(end, v);
      }
      double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) {
        if (v != end) {
          next = high ? Math.max(next, v) : Math.min(next, v);
        }
      }
      for (int i = 0; i < x.length; i++) {
        if (x[i] == end) {
          x[i] = next;
          treated++;
        }
      }
      shape = shape(x);
    }
    if (Math.abs(shape[0]) >= 2 && shape[1] >= 3.5) {
      double min = Arrays.stream(original).min().orElse(0);
      double max = Arrays.stream(original).max().orElse(0);
      for (int i = 0; i < x.length; i++) {
        x[i] = Math.log(original[i] - min + 0.01 * (max - min));
      }
    }
  }

  private static double[] shape(double[] x) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= n;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - m;
      s2 += d * d;
      s3 += d * d * d;
      s4 += d * d * d * d;
    }
    double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5) * Math.sqrt((double) n * (n - 1)) / (n - 2);
    double r = n * s4 / (s2 * s2);
    return new double[] {g, ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3))};
  }

  private static void minMax(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < x.length; i++) {
      x[i] = (x[i] - min) / (max - min) * 100;
    }
  }

  private static double[] rank(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int above = sorted.length - upper(sorted, x[i]);
      out[i] = above + 1;
    }
    return out;
  }

  private static int upper(double[] sorted, double v) {
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
}
