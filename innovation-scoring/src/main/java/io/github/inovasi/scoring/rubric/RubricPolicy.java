package io.github.inovasi.scoring.rubric;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicy;

/**
 * A {@link Rubric} as a {@link ScoringPolicy}: its id is the rubric id, it scores {@link
 * JudgedEntry entries judged by a panel}, and its grades are the rubric's bands. The bundled
 * rubrics are registered in {@link io.github.inovasi.scoring.ScoringPolicies#standard()}; wrap
 * a rubric file to add it.
 *
 * <pre>{@code
 * ScoringPolicies registry = ScoringPolicies.standard()
 *     .plus(RubricPolicy.of(Rubric.read(Path.of("lomba-2026.json"))));
 * List<RubricScore> scores = entries.stream().map(policy::score).toList();
 * Ranking ranking = Rankings.rank(scores);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricPolicy implements ScoringPolicy {
  private final Rubric rubric;

  private RubricPolicy(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * Creates the policy of a rubric.
   *
   * @param rubric the rubric, complete or not (an incomplete one refuses to score)
   * @return the policy
   */
  public static RubricPolicy of(Rubric rubric) {
    return new RubricPolicy(rubric);
  }

  /**
   * Returns the rubric.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  @Override
  public String id() {
    return rubric.id();
  }

  @Override
  public String description() {
    return rubric.title().english() + " — rubric, " + rubric.provenance().status().code()
        + (rubric.missing().isEmpty() ? "" : "; lacks " + rubric.missing());
  }

  @Override
  public ScoredUnit unit() {
    return rubric.unit();
  }

  @Override
  public ImmutableList<Grade> grades() {
    return rubric.grades();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IncompleteRubricException if the rubric's scale is not known
   * @throws InvalidInputException listing every score that is missing, off its scale or of an
   *     unknown criterion, and too few judges for the combination
   */
  @Override
  public RubricScore score(JudgedEntry entry) {
    return RubricMath.score(rubric, entry);
  }

  /** Returns {@code "RubricPolicy[iga-2023-presentation]"}. */
  @Override
  public String toString() {
    return "RubricPolicy[" + id() + "]";
  }
}
