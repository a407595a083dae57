package io.github.inovasi.scoring.composite.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysis of a composite index (analisis indeks komposit): remove-one-element analysis,
 * indicator statistics, correlations and Cronbach's alpha, as COINr computes them.
 *
 * <pre>{@code
 * Map<String, Double> impact = CompositeAnalysis.removeOneElement(result, 2, "Index");
 * impact.get("Social"); // 3.960784: mean absolute rank change of the Index without Social
 * }</pre>
 */
public final class CompositeAnalysis {
  private CompositeAnalysis() {}

  /**
   * Removes each element of a level in turn (its weight set to zero in the recipe's last
   * {@link Aggregate} step), runs the recipe again and measures the mean absolute change of the
   * units' ranks on one column (COINr's {@code remove_elements}).
   *
   * @param result the nominal result
   * @param level the level whose elements are removed in turn (1 for indicators)
   * @param column the column whose ranks are compared, e.g. {@code "Index"}
   * @return the mean absolute rank change by removed element, in framework order
   * @throws InvalidValueException if the recipe does not end with an {@link Aggregate} step or
   *     the level is not below the top
   */
  public static ImmutableMap<String, Double> removeOneElement(CompositeResult result, int level,
      String column) {
    Framework f = result.data().framework();
    InvalidValueException.check(level >= 1 && level < f.maxLevel(), "removeOneElement.level",
        "must be between 1 and %s, was %s", f.maxLevel() - 1, level);
    Recipe recipe = result.recipe();
    Step last = recipe.steps().get(recipe.steps().size() - 1);
    InvalidValueException.check(last instanceof Aggregate, "removeOneElement.recipe",
        "the recipe must end with an Aggregate step, ends with %s", last.output());
    Aggregate agg = (Aggregate) last;
    Map<String, Double> out = new LinkedHashMap<>();
    for (String code : f.codes(level)) {
      Map<String, Double> weights = new HashMap<>(agg.weights());
      weights.put(code, 0.0);
      CompositeResult without = recipe.with(agg.withWeights(weights)).run(result.data());
      out.put(code, result.compare(without, column).meanAbsoluteRankChange().orElse(Double.NaN));
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns statistics of every column of a data set, with COINr's flags.
   *
   * @param data e.g. {@code result.dataSet("Raw")}
   * @return one entry per column, in column order
   */
  public static ImmutableList<IndicatorStatistics> statistics(DataSet data) {
    ImmutableList.Builder<IndicatorStatistics> out = ImmutableList.builder();
    for (String c : data.columns()) {
      double[] x = data.column(c);
      double[] p = Stats.present(x);
      int nonZero = (int) Arrays.stream(p).filter(v -> v != 0).count();
      int unique = (int) Arrays.stream(p).distinct().count();
      out.add(IndicatorStatistics.builder().code(c).min(Stats.min(x)).max(Stats.max(x))
          .mean(Stats.mean(x)).median(Stats.median(x)).sd(Stats.sd(x)).skew(Stats.skew(x))
          .kurtosis(Stats.kurtosis(x)).available(p.length).nonZero(nonZero).unique(unique)
          .units(x.length).build());
    }
    return out.build();
  }

  /**
   * Correlates two columns over the units where both are present.
   *
   * @param data the data set
   * @param first a column code
   * @param second another column code
   * @param method Pearson, Spearman or Kendall
   * @return the coefficient, its two-sided p-value and n
   */
  public static Correlation correlation(DataSet data, String first, String second,
      Correlation.Method method) {
    return Correlations.of(first, data.column(first), second, data.column(second), method);
  }

  /**
   * Correlates every column of one level with every column of another (the same level for a
   * within-level matrix), on the result's scores.
   *
   * @param result the result
   * @param rowsLevel the level of the first columns
   * @param columnsLevel the level of the second columns
   * @param method Pearson, Spearman or Kendall
   * @return every pair, first columns outer, in framework order
   */
  public static ImmutableList<Correlation> correlations(CompositeResult result, int rowsLevel,
      int columnsLevel, Correlation.Method method) {
    DataSet a = result.scores(rowsLevel);
    DataSet b = result.scores(columnsLevel);
    ImmutableList.Builder<Correlation> out = ImmutableList.builder();
    for (String x : a.columns()) {
      for (String y : b.columns()) {
        out.add(Correlations.of(x, a.column(x), y, b.column(y), method));
      }
    }
    return out.build();
  }

  /**
   * Correlates each element of a level with its own parent (COINr's {@code withparent}).
   *
   * @param result the result
   * @param level the level of the children (1 for indicators with their pillars)
   * @param method Pearson, Spearman or Kendall
   * @return one correlation per element, in framework order
   */
  public static ImmutableList<Correlation> correlationsWithParents(CompositeResult result,
      int level, Correlation.Method method) {
    DataSet s = result.scores();
    ImmutableList.Builder<Correlation> out = ImmutableList.builder();
    for (Element e : result.data().framework().level(level)) {
      if (e.parent().isPresent() && s.hasColumn(e.code()) && s.hasColumn(e.parent().get())) {
        out.add(Correlations.of(e.code(), s.column(e.code()), e.parent().get(),
            s.column(e.parent().get()), method));
      }
    }
    return out.build();
  }

  /**
   * Returns Cronbach's alpha of a set of columns as COINr computes it ({@code get_cronbach}):
   * from the covariance matrix C over pairwise-complete units, α = k²·c̄ / ΣC, c̄ the mean
   * off-diagonal covariance (with complete data, k/(k − 1)·(1 − Σ var / var(row sum))).
   *
   * @param data the columns, e.g. {@code result.dataSet("Raw").selectColumns(physical)}
   * @return alpha, {@code NaN} with fewer than two columns or a pair with fewer than two units
   */
  public static double cronbachAlpha(DataSet data) {
    int k = data.columns().size();
    if (k < 2) {
      return Double.NaN;
    }
    double[][] cols = data.columns().stream().map(data::column).toArray(double[][]::new);
    double total = 0;
    double diagonal = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double c = covariance(cols[i], cols[j]);
        total += c;
        if (i == j) {
          diagonal += c;
        }
      }
    }
    double meanOffDiagonal = (total - diagonal) / (k * k - k);
    return k * k * meanOffDiagonal / total;
  }

  /** Sample covariance over the units where both are present. */
  private static double covariance(double[] x, double[] y) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        pairs.add(new double[] {x[i], y[i]});
      }
    }
    if (pairs.size() < 2) {
      return Double.NaN;
    }
    double mx = Stats.mean(pairs.stream().mapToDouble(p -> p[0]).toArray());
    double my = Stats.mean(pairs.stream().mapToDouble(p -> p[1]).toArray());
    double s = 0;
    for (double[] p : pairs) {
      s += (p[0] - mx) * (p[1] - my);
    }
    return s / (pairs.size() - 1);
  }
}
