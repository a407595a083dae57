package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.NelderMead;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Derives weights from the data (pembobotan dari data): the children of every aggregate one
 * level up get new weights, which every later step of the recipe (the {@link Aggregate}) uses
 * instead of iMeta's. The data set itself passes through unchanged; the {@link WeightsReport}
 * says what was derived and how.
 *
 * <ul>
 *   <li>{@link Method#PCA}: the loadings of the first principal component of each group's
 *       children (COINr's {@code get_PCA} weights; the sign convention is in
 *       {@link PrincipalComponents}), scaled to sum to one. A negative loading cannot be a
 *       weight: it is an error naming the group and child, never dropped.
 *   <li>{@link Method#PCA_SQUARED}: the squared loadings scaled to sum to one (the OECD/JRC
 *       Handbook's factor-analysis weights), never negative.
 *   <li>{@link Method#CORRELATION_BALANCE}: weights such that each child's correlation with its
 *       aggregate, as a share of the group's correlations, meets a relative target (equal by
 *       default), found by the Nelder–Mead simplex from the targets (COINr's
 *       {@code get_opt_weights(optype = "balance")}, within each aggregate rather than against
 *       the index). Targets are not always reachable (a child strongly correlated with its
 *       siblings keeps a high correlation even at weight zero): the report's correlations say
 *       how close the weights came.
 * </ul>
 *
 * <p>Weights of level 1 (indicators in their pillars) are derived from the input, normally the
 * normalised indicators; weights of a higher level from the aggregates computed by
 * {@link #aggregation()} with the weights in force. Correlation balancing recomputes each
 * aggregate with that step's aggregator for its level.
 *
 * <pre>{@code
 * Recipe pca = Recipe.of(..., Normalise.builder().build(),
 *     Weight.builder().method(Weight.Method.PCA_SQUARED).level(1).build(),
 *     Aggregate.builder().build());
 * pca.run(data).report(WeightsReport.class).get().weights();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Weight implements Step, WithWeight {
  Weight() {}

  /** How the weights are derived. */
  public enum Method {
    /** First-component loadings, scaled to sum to one; a negative loading is an error. */
    PCA,
    /** Squared first-component loadings, scaled to sum to one. */
    PCA_SQUARED,
    /** Correlations with the aggregate balanced to relative targets. */
    CORRELATION_BALANCE
  }

  @Override
  @Value.Default
  public String output() {
    return "Weighted";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the method.
   *
   * @return {@link Method#PCA} by default
   */
  @Value.Default
  public Method method() {
    return Method.PCA;
  }

  /**
   * Returns the level whose elements get weights within their parents.
   *
   * @return 1 (indicators) by default
   */
  @Value.Default
  public int level() {
    return 1;
  }

  /**
   * Returns relative target correlations by element code for correlation balancing (an element
   * not listed has target 1); within each aggregate they are scaled to shares summing to one.
   *
   * @return targets by element code, each positive
   */
  public abstract ImmutableMap<String, Double> targets();

  /**
   * Returns the aggregation that computes the aggregates (for a level above 1, and for
   * correlation balancing).
   *
   * @return the aggregation, weighted arithmetic means by default
   */
  @Value.Default
  public Aggregate aggregation() {
    return Aggregate.builder().build();
  }

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
    Framework f = context.framework();
    InvalidValueException.check(level() < f.maxLevel(), "Weight.level",
        "must be below the top level %s, was %s", f.maxLevel(), level());
    DataSet values = level() == 1 && method() != Method.CORRELATION_BALANCE ? in
        : aggregation().apply(context, in).data();
    Aggregator aggregator = aggregation().levelAggregators()
        .getOrDefault(level() + 1, aggregation().aggregator());
    List<WeightsReport.Group> groups = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Element parent : f.level(level() + 1)) {
      List<String> children = f.children(parent.code()).stream().map(Element::code).toList();
      double[][] x = new double[values.units().size()][children.size()];
      for (int k = 0; k < children.size(); k++) {
        double[] col = values.column(children.get(k));
        for (int u = 0; u < x.length; u++) {
          x[u][k] = col[u];
        }
      }
      Aggregator.Context ctx = new Aggregator.Context(parent.code(), children, values.units());
      double[] w;
      Optional<PrincipalComponents> pca = Optional.empty();
      Map<String, Double> targets = new LinkedHashMap<>();
      if (method() == Method.CORRELATION_BALANCE) {
        double[] t = new double[children.size()];
        double sum = 0;
        for (int k = 0; k < t.length; k++) {
          t[k] = targets().getOrDefault(children.get(k), 1.0);
          sum += t[k];
        }
        for (int k = 0; k < t.length; k++) {
          t[k] /= sum;
          targets.put(children.get(k), t[k]);
        }
        w = balance(aggregator, x, t, ctx);
      } else {
        PrincipalComponents p = PrincipalComponents.of(values, children);
        pca = Optional.of(p);
        w = p.loadings().toArray();
        for (int k = 0; k < w.length; k++) {
          if (method() == Method.PCA_SQUARED) {
            w[k] *= w[k];
          } else if (w[k] < 0) {
            problems.add(Problem.builder().code("NEGATIVE_PCA_WEIGHT")
                .location(Location.builder().path(parent.code()).field(children.get(k)).build())
                .message(Label.of("Loading PCA negatif tidak bisa menjadi bobot (pakai"
                    + " pca-squared atau periksa arah indikator)", "A negative PCA loading"
                    + " cannot be a weight (use pca-squared or check the indicator's"
                    + " direction)"))
                .expected(">= 0").found(Double.toString(w[k])).build());
          }
        }
        w = scaled(w);
      }
      if (problems.isEmpty()) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> correlations = new LinkedHashMap<>();
        double[] y = aggregator.aggregate(x, w, ctx);
        for (int k = 0; k < w.length; k++) {
          weights.put(children.get(k), w[k]);
          correlations.put(children.get(k), Stats.pairwisePearson(column(x, k), y));
        }
        groups.add(new WeightsReport.Group(parent.code(), ImmutableMap.copyOf(weights),
            ImmutableMap.copyOf(correlations), ImmutableMap.copyOf(targets), pca));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.size() + " PCA weight(s) would be negative",
          problems);
    }
    return StepOutput.of(in, new WeightsReport(ImmutableList.copyOf(groups)));
  }

  /** Weights whose correlation shares come closest to the target shares. */
  private static double[] balance(Aggregator aggregator, double[][] x, double[] target,
      Aggregator.Context ctx) {
    int k = target.length;
    if (k == 1) {
      return new double[] {1};
    }
    double[] start = new double[k - 1];
    for (int j = 1; j < k; j++) {
      start[j - 1] = Math.log(target[j] / target[0]);
    }
    double[][] columns = new double[k][];
    for (int j = 0; j < k; j++) {
      columns[j] = column(x, j);
    }
    java.util.function.ToDoubleFunction<double[]> objective = theta -> {
      double[] w = softmax(theta);
      double[] y = aggregator.aggregate(x, w, ctx);
      double[] r = new double[k];
      double sum = 0;
      for (int j = 0; j < k; j++) {
        r[j] = Stats.pairwisePearson(columns[j], y);
        sum += r[j];
      }
      if (!(sum > 0)) {
        return Double.NaN;
      }
      double sq = 0;
      for (int j = 0; j < k; j++) {
        double d = r[j] / sum - target[j];
        sq += d * d;
      }
      return sq;
    };
    // restarted from its best point until it stops improving: a collapsed simplex is not
    // always a minimum
    double[] best = start;
    double value = Double.POSITIVE_INFINITY;
    for (int round = 0; round < 10; round++) {
      best = NelderMead.minimise(objective, best, 1.0, 400 * k);
      double v = objective.applyAsDouble(best);
      if (!(v < value - 1e-15)) {
        break;
      }
      value = v;
    }
    return softmax(best);
  }

  /** Weights e^θ / Σ e^θ with the first θ fixed at zero, θ kept within ±15. */
  private static double[] softmax(double[] theta) {
    double[] w = new double[theta.length + 1];
    w[0] = 1;
    double sum = 1;
    for (int j = 0; j < theta.length; j++) {
      w[j + 1] = Math.exp(Math.max(-15, Math.min(15, theta[j])));
      sum += w[j + 1];
    }
    for (int j = 0; j < w.length; j++) {
      w[j] /= sum;
    }
    return w;
  }

  private static double[] scaled(double[] w) {
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    double[] out = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      out[k] = w[k] / sum;
    }
    return out;
  }

  private static double[] column(double[][] x, int k) {
    double[] out = new double[x.length];
    for (int u = 0; u < x.length; u++) {
      out[u] = x[u][k];
    }
    return out;
  }

  @Value.Check
  void check() {
    InvalidValueException.check(level() >= 1, "Weight.level", "must be >= 1, was %s", level());
    targets().forEach((k, t) -> InvalidValueException.check(Double.isFinite(t) && t > 0,
        "Weight.targets", "must be finite and > 0, was %s for %s", t, k));
  }

  /** Builds {@link Weight} steps. */
  public static final class Builder extends ImmutableWeight.Builder {
    Builder() {}
  }
}
