package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Aggregates level by level up the framework (agregasi): each aggregate's children are
 * combined with the weights of the framework (or {@link #weights()} overrides) by the
 * aggregator of that level (weighted arithmetic mean by default). A unit whose share of
 * children present is below the level's availability threshold gets a missing score. The
 * output holds the input columns and one column per aggregate.
 *
 * <pre>{@code
 * Aggregate agg = Aggregate.builder()
 *     .putLevelAggregator(4, Aggregators.geometric())   // the index as a geometric mean
 *     .availabilityThreshold(0.5)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Aggregate implements Step, WithAggregate {
  Aggregate() {}

  @Override
  @Value.Default
  public String output() {
    return "Aggregated";
  }

  @Override
  public abstract Optional<String> input();

  /**
   * Returns the aggregator for levels without their own.
   *
   * @return the aggregator, {@link Aggregators#arithmetic()} by default
   */
  @Value.Default
  public Aggregator aggregator() {
    return Aggregators.arithmetic();
  }

  /**
   * Returns aggregators by the level they produce (2 for pillars from indicators, ...).
   *
   * @return aggregators by level
   */
  public abstract ImmutableMap<Integer, Aggregator> levelAggregators();

  /**
   * Returns the data-availability threshold for levels without their own.
   *
   * @return the minimum share of children present; empty for none
   */
  public abstract OptionalDouble availabilityThreshold();

  /**
   * Returns availability thresholds by the level they produce.
   *
   * @return thresholds in [0, 1] by level
   */
  public abstract ImmutableMap<Integer, Double> levelThresholds();

  /**
   * Returns weights replacing the framework's, by element code (0 removes an element).
   *
   * @return weights by element code
   */
  public abstract ImmutableMap<String, Double> weights();

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
    DataSet current = in;
    int n = in.units().size();
    for (int level = 2; level <= f.maxLevel(); level++) {
      Aggregator method = levelAggregators().getOrDefault(level, aggregator());
      OptionalDouble threshold = levelThresholds().containsKey(level)
          ? OptionalDouble.of(levelThresholds().get(level)) : availabilityThreshold();
      Map<String, double[]> cols = new LinkedHashMap<>();
      for (Element parent : f.level(level)) {
        List<Element> children = f.children(parent.code());
        List<String> codes = children.stream().map(Element::code).toList();
        double[][] x = new double[n][codes.size()];
        for (int k = 0; k < codes.size(); k++) {
          double[] col = current.columnView(current.columnPosition(codes.get(k)));
          for (int u = 0; u < n; u++) {
            x[u][k] = col[u];
          }
        }
        boolean[] below = new boolean[n];
        if (threshold.isPresent()) {
          for (int u = 0; u < n; u++) {
            below[u] = (double) Stats.countPresent(x[u]) / codes.size() < threshold.getAsDouble();
            if (below[u]) {
              Arrays.fill(x[u], Double.NaN);
            }
          }
        }
        double[] w = new double[children.size()];
        for (int k = 0; k < w.length; k++) {
          Element c = children.get(k);
          w[k] = weights().getOrDefault(c.code(), c.weight());
        }
        double[] y = method.aggregate(x, w,
            new Aggregator.Context(parent.code(), codes, current.units()));
        InvalidValueException.check(y.length == n, "Aggregator.aggregate",
            "must return %s values for %s, returned %s", n, parent.code(), y.length);
        for (int u = 0; u < n; u++) {
          if (below[u]) {
            y[u] = Double.NaN;
          }
        }
        cols.put(parent.code(), y);
      }
      current = current.withColumns(cols);
    }
    return StepOutput.of(current);
  }

  @Value.Check
  void check() {
    availabilityThreshold().ifPresent(t -> checkThreshold(t, "all"));
    levelThresholds().forEach((k, t) -> checkThreshold(t, k));
    weights().forEach((k, w) -> InvalidValueException.check(Double.isFinite(w) && w >= 0,
        "Aggregate.weights", "must be finite and >= 0, was %s for %s", w, k));
  }

  private static void checkThreshold(double t, Object level) {
    InvalidValueException.check(t >= 0 && t <= 1, "Aggregate.availabilityThreshold",
        "must be in [0, 1], was %s for level %s", t, level);
  }

  /** Builds {@link Aggregate} steps. */
  public static final class Builder extends ImmutableAggregate.Builder {
    Builder() {}
  }
}
