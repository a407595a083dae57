package io.github.inovasi.scoring.composite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.model.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Weight} derived: for each aggregate, the new weights of its children (summing to
 * one), each child's correlation with the aggregate computed with those weights, and how they
 * were found (the principal component analysis, or the correlation targets). A recipe step
 * whose report is a {@code WeightsReport} changes the weights every later step sees.
 *
 * @param groups one entry per aggregate, in framework order
 */
public record WeightsReport(ImmutableList<Group> groups) implements StepReport {
  /**
   * Checks the parts.
   *
   * @param groups one entry per aggregate
   */
  public WeightsReport {
    Objects.requireNonNull(groups, "groups");
  }

  /**
   * Returns every derived weight.
   *
   * @return weights by element code, each group's summing to one
   */
  public ImmutableMap<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    groups.forEach(g -> out.putAll(g.weights()));
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns one aggregate's entry.
   *
   * @param parent the aggregate's code
   * @return its entry, if it was weighted
   */
  public Optional<Group> group(String parent) {
    return groups.stream().filter(g -> g.parent().equals(parent)).findFirst();
  }

  /**
   * The weights derived for the children of one aggregate.
   *
   * @param parent the aggregate's code
   * @param weights the children's new weights, in framework order, non-negative, summing to one
   * @param correlations each child's Pearson correlation with the aggregate recomputed with the
   *     new weights (over the units with both values)
   * @param targets the relative target correlations (correlation balancing only; shares summing
   *     to one), empty for PCA
   * @param pca the principal component analysis (PCA methods only)
   */
  public record Group(String parent, ImmutableMap<String, Double> weights,
      ImmutableMap<String, Double> correlations, ImmutableMap<String, Double> targets,
      Optional<PrincipalComponents> pca) {
    /**
     * Checks the parts.
     *
     * @param parent the aggregate's code
     * @param weights the children's weights
     * @param correlations the children's correlations with the aggregate
     * @param targets the target shares, or empty
     * @param pca the analysis, or empty
     * @throws InvalidValueException if a weight is negative or not finite, or they do not sum
     *     to one
     */
    public Group {
      Objects.requireNonNull(parent, "parent");
      Objects.requireNonNull(weights, "weights");
      Objects.requireNonNull(correlations, "correlations");
      Objects.requireNonNull(targets, "targets");
      Objects.requireNonNull(pca, "pca");
      double sum = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        InvalidValueException.check(Double.isFinite(e.getValue()) && e.getValue() >= 0,
            "WeightsReport.weights", "must be finite and >= 0, was %s for %s", e.getValue(),
            e.getKey());
        sum += e.getValue();
      }
      InvalidValueException.check(Math.abs(sum - 1) < 1e-9, "WeightsReport.weights",
          "the weights of %s must sum to one, summed to %s", parent, sum);
    }
  }
}
