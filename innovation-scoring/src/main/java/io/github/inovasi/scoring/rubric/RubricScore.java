package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An entry's score under a {@link Rubric}: the published score, its grade, each criterion's
 * weighted points as a component, each criterion's combined score, and an explanation with one
 * line per criterion and judge (judges a combination drops earn and lose nothing, and say so).
 * Only the rubric's policy builds it, so its parts always agree.
 *
 * <pre>{@code
 * RubricScore s = RubricPolicy.of(rubric).score(entry);
 * s.index();                              // 78.33
 * s.combined().get("kebaruan");           // 4.333333 (mean of the judges kept)
 * s.explanation().earnedByJudge();        // each judge's share of the score
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricScore implements ScoreResult {
  private final String policyId;
  private final Subject subject;
  private final BigDecimal index;
  private final Grade grade;
  private final ImmutableList<ScoreComponent> components;
  private final Explanation explanation;
  private final ImmutableMap<String, BigDecimal> combined;
  private final ImmutableList<String> tentativeRules;

  RubricScore(String policyId, Subject subject, BigDecimal index, Grade grade,
      ImmutableList<ScoreComponent> components, Explanation explanation,
      ImmutableMap<String, BigDecimal> combined, ImmutableList<String> tentativeRules) {
    this.policyId = Objects.requireNonNull(policyId);
    this.subject = Objects.requireNonNull(subject);
    this.index = Objects.requireNonNull(index);
    this.grade = Objects.requireNonNull(grade);
    this.components = components;
    this.explanation = explanation;
    this.combined = combined;
    this.tentativeRules = tentativeRules;
  }

  @Override
  public String policyId() {
    return policyId;
  }

  @Override
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the score, rounded once from the exact value as the rubric says.
   *
   * @return the published score
   */
  @Override
  public BigDecimal index() {
    return index;
  }

  @Override
  public Grade grade() {
    return grade;
  }

  /**
   * Returns each criterion's weighted points ({@code w·combined}, over {@code Σ w} for a
   * weighted mean) and their most, at 6 decimals.
   *
   * @return one component per criterion, in the rubric's order, coded by criterion
   */
  @Override
  public ImmutableList<ScoreComponent> components() {
    return components;
  }

  /**
   * Returns one line per criterion and judge, in the rubric's criterion order and judge id
   * order, at 4 decimals; the earned points add up to the score before rounding.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    return explanation;
  }

  /**
   * Returns each criterion's combined judges' score, on its scale, at 6 decimals.
   *
   * @return criterion code to combined score, in the rubric's order
   */
  public ImmutableMap<String, BigDecimal> combined() {
    return combined;
  }

  /**
   * Returns notes on the provisional, unknown or example elements this score rests on.
   *
   * @return the notes, empty when every element is official or transcribed
   */
  public ImmutableList<String> tentativeRules() {
    return tentativeRules;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RubricScore)) {
      return false;
    }
    RubricScore s = (RubricScore) o;
    return policyId.equals(s.policyId) && subject.equals(s.subject) && index.equals(s.index)
        && grade.equals(s.grade) && components.equals(s.components)
        && explanation.equals(s.explanation) && combined.equals(s.combined);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policyId, subject, index, explanation);
  }

  /** Returns {@code "RubricScore[lomba-2026 dinkes-01 78.33 juara]"}. */
  @Override
  public String toString() {
    return "RubricScore[" + policyId + " " + subject.id() + " " + index.toPlainString() + " "
        + grade.code() + "]";
  }
}
