package io.github.inovasi.scoring;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.Region;
import java.math.BigDecimal;

/**
 * What any {@link ScoringPolicy} returns for one {@link Subject} (a region, an innovation or a
 * proposal): the score as the policy publishes it, the {@link Grade} it earns in the policy's
 * band set, the components it is made of, and an {@link Explanation} that accounts for every
 * point. Rankings and comparisons work on this type, so they work with any policy.
 *
 * <p>The explanation contract: {@code explanation().earned()} is the score at the
 * explanation's decimals before the policy's publication rounding, so {@link #index()} is that
 * exact score rounded once by the policy; the explanation's lines add up exactly to it.
 *
 * <p>Implementations are immutable and thread-safe, and check at construction that their parts
 * agree.
 */
public interface ScoreResult {

  /**
   * Returns the id of the policy that computed this result.
   *
   * @return the policy id, e.g. {@code "iid-2026"}
   */
  String policyId();

  /**
   * Returns what was scored.
   *
   * @return the subject
   */
  Subject subject();

  /**
   * Returns the region scored, for results about a region or something that belongs to one.
   *
   * @return the subject's region
   * @throws InovasiException if the subject belongs to no known region
   */
  default Region region() {
    return subject().region().orElseThrow(() -> new InovasiException(
        "Hasil " + subject().id() + " tidak terkait daerah / Result " + subject().id()
            + " belongs to no region"));
  }

  /**
   * Returns the score as published, rounded by the policy (for the IID, the index on 0–100).
   *
   * @return the score
   */
  BigDecimal index();

  /**
   * Returns the grade the score earns, one of the policy's {@link ScoringPolicy#grades()}.
   *
   * @return the grade
   */
  Grade grade();

  /**
   * Returns the parts of the score, in score points, which add up to the unrounded score.
   *
   * @return the components
   */
  ImmutableList<ScoreComponent> components();

  /**
   * Returns every point earned and lost.
   *
   * @return the explanation, whose earned points are the unrounded score
   */
  Explanation explanation();
}
