package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import io.github.inovasi.scoring.iid.Provenance;
import io.github.inovasi.scoring.iid.ProvenanceStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one evaluator's five criterion scores become one number: a weight per criterion. No
 * official KIPP weights are published (reference §8.4, §12.10), so the bundled default, {@link
 * #equalWeights()}, is declared equal and {@link ProvenanceStatus#PROVISIONAL}; a user sets
 * their own with {@link #of}.
 *
 * <p>This is the small interface KIPP evaluation depends on; the project's general rubric
 * engine can stand behind it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights a positive weight for every criterion; they need not add up to 1
 * @param provenance where the weights come from
 */
public record KippRubric(ImmutableMap<KippCriterion, BigDecimal> weights, Provenance provenance) {

  /**
   * Checks the parts.
   *
   * @param weights a positive weight for every criterion
   * @param provenance where the weights come from
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a criterion has no weight or a weight is not positive
   */
  public KippRubric {
    Objects.requireNonNull(provenance, "provenance");
    Map<KippCriterion, BigDecimal> ordered = new EnumMap<>(KippCriterion.class);
    ordered.putAll(weights);
    weights = ImmutableMap.copyOf(ordered);
    for (KippCriterion c : KippCriterion.values()) {
      BigDecimal w = weights.get(c);
      if (w == null || w.signum() <= 0) {
        throw new IllegalArgumentException("KippRubric weight of " + c.code() + " must be positive, was " + w);
      }
    }
  }

  /**
   * Returns the bundled default: the five criteria weighted equally, provisional.
   *
   * @return the default rubric
   */
  public static KippRubric equalWeights() {
    Map<KippCriterion, BigDecimal> w = new EnumMap<>(KippCriterion.class);
    for (KippCriterion c : KippCriterion.values()) {
      w.put(c, BigDecimal.ONE);
    }
    return new KippRubric(ImmutableMap.copyOf(w), Provenance.builder().status(ProvenanceStatus.PROVISIONAL)
        .addSources("Domain reference §8.2 (the five criteria, PermenPAN-RB 91/2021)")
        .note("No official weights per KIPP criterion are published; equal weights are the library's default")
        .build());
  }

  /**
   * Returns a rubric with the user's weights.
   *
   * @param weights a positive weight for every criterion
   * @return the rubric, marked provisional as supplied by the user
   * @throws IllegalArgumentException if a criterion has no weight or a weight is not positive
   */
  public static KippRubric of(Map<KippCriterion, BigDecimal> weights) {
    return new KippRubric(ImmutableMap.copyOf(weights), Provenance.builder().status(ProvenanceStatus.PROVISIONAL)
        .addSources("supplied by the user").note("Weights set by the user").build());
  }
}
