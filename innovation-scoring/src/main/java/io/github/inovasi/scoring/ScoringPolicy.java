package io.github.inovasi.scoring;

import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InovasiException;

/**
 * A way of scoring a region's assessment: the plug point of the library. Each policy has a
 * stable {@link #id()} (the IID editions use {@code "iid-2023"}, {@code "iid-2026"}, {@code
 * "iid-2027"}) and is found by id in a {@link ScoringPolicies} registry; an application adds its
 * own policy by declaring a {@link io.github.inovasi.scoring.spi.ScoringPolicyProvider} (see the
 * {@code spi} package), without changing the library.
 *
 * <pre>{@code
 * ScoringPolicy policy = ScoringPolicies.standard().of("iid-2026");
 * ScoreResult result = policy.score(assessment);
 * result.index();   // 38.55
 * result.rating();  // Rating.LESS_INNOVATIVE
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface ScoringPolicy {

  /**
   * Returns the stable id, unique in a registry, e.g. {@code "iid-2026"}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a one-line description for people choosing a policy.
   *
   * @return the description
   */
  String description();

  /**
   * Scores one assessment.
   *
   * @param assessment a region's answers in one edition
   * @return the score, rating and components
   * @throws InovasiException if the policy cannot score it (for example a rule the edition lacks),
   *     with a message saying what is missing
   */
  ScoreResult score(Assessment assessment);
}
