package io.github.inovasi.scoring.kipp;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's scores of one proposal on the five criteria, each from 0 to 100 (the scale
 * the 2025 passing grade of 85 is stated on).
 *
 * <p>Immutable and thread-safe.
 *
 * @param proposalId the proposal's id
 * @param evaluator the evaluator's name or code
 * @param scores a score for every criterion
 */
public record EvaluatorScore(String proposalId, String evaluator, ImmutableMap<KippCriterion, BigDecimal> scores) {

  /**
   * Checks the parts.
   *
   * @param proposalId the proposal's id
   * @param evaluator the evaluator
   * @param scores a score for every criterion
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a criterion has no score or a score is outside 0 to 100
   */
  public EvaluatorScore {
    Objects.requireNonNull(proposalId, "proposalId");
    Objects.requireNonNull(evaluator, "evaluator");
    Map<KippCriterion, BigDecimal> ordered = new EnumMap<>(KippCriterion.class);
    ordered.putAll(scores);
    scores = ImmutableMap.copyOf(ordered);
    for (KippCriterion c : KippCriterion.values()) {
      BigDecimal s = scores.get(c);
      if (s == null || s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("EvaluatorScore of " + proposalId + " by " + evaluator + ": "
            + c.code() + " must be from 0 to 100, was " + s);
      }
    }
  }

  /**
   * Creates an evaluator's scores.
   *
   * @param proposalId the proposal's id
   * @param evaluator the evaluator
   * @param scores a score for every criterion
   * @return the scores
   * @throws IllegalArgumentException as the constructor
   */
  public static EvaluatorScore of(String proposalId, String evaluator, Map<KippCriterion, BigDecimal> scores) {
    return new EvaluatorScore(proposalId, evaluator, ImmutableMap.copyOf(scores));
  }
}
