package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Region;
import java.math.BigDecimal;

/**
 * What any {@link ScoringPolicy} returns for one region: the index on 0–100 as published, the
 * rating it earns, and the components the index is made of (for the IID: SPD, the SID indicator
 * average and the count score). Rankings and year-over-year comparisons work on this type, so
 * they work with any policy.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ScoreResult {

  /**
   * Returns the id of the policy that computed this result.
   *
   * @return the policy id, e.g. {@code "iid-2026"}
   */
  String policyId();

  /**
   * Returns the region scored.
   *
   * @return the region
   */
  Region region();

  /**
   * Returns the index as published, rounded by the policy.
   *
   * @return the index, 0..100
   */
  BigDecimal index();

  /**
   * Returns the rating (predikat) the index earns.
   *
   * @return the rating
   */
  Rating rating();

  /**
   * Returns the parts of the index, in index points, which add up to the unrounded index.
   *
   * @return the components
   */
  ImmutableList<ScoreComponent> components();
}
