package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoredUnit;
import io.github.inovasi.scoring.ScoringPolicy;

/**
 * An {@link IidEdition} as a {@link ScoringPolicy}: its id is the edition id and it scores on
 * claimed levels. The bundled editions are registered in {@link
 * io.github.inovasi.scoring.ScoringPolicies#standard()}; wrap a user-supplied edition to add it.
 *
 * <pre>{@code
 * ScoringPolicies registry = ScoringPolicies.standard()
 *     .plus(IidPolicy.of(IidEdition.read(Path.of("iid-2028.json"))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IidPolicy implements ScoringPolicy {
  private final IidScorer scorer;

  private IidPolicy(IidEdition edition) {
    this.scorer = IidScorer.of(edition);
  }

  /**
   * Creates the policy of an edition.
   *
   * @param edition the edition
   * @return the policy
   */
  public static IidPolicy of(IidEdition edition) {
    return new IidPolicy(edition);
  }

  /**
   * Returns the edition.
   *
   * @return the edition
   */
  public IidEdition edition() {
    return scorer.edition();
  }

  /**
   * Returns the scorer, for the low-level formula and verified scoring.
   *
   * @return the scorer
   */
  public IidScorer scorer() {
    return scorer;
  }

  @Override
  public String id() {
    return scorer.edition().id();
  }

  @Override
  public String description() {
    IidEdition e = scorer.edition();
    return e.title().english() + " — " + e.provenance(EditionElement.EDITION).status().code()
        + (e.missing().isEmpty() ? "" : "; lacks " + e.missing());
  }

  /**
   * Returns {@link ScoredUnit#REGION}: the IID scores a region's assessment.
   *
   * @return the region unit
   */
  @Override
  public ScoredUnit unit() {
    return ScoredUnit.REGION;
  }

  /**
   * Returns the IID's band set, its four predicates; which index earns which is the edition's
   * {@link IidEdition#bands() band} data.
   *
   * @return {@link Rating#grades()}
   */
  @Override
  public ImmutableList<Grade> grades() {
    return Rating.grades();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IncompleteEditionException if the edition lacks a rule it needs
   */
  @Override
  public IidScore score(Assessment assessment) {
    return scorer.score(assessment);
  }

  /** Returns {@code "IidPolicy[iid-2026]"}. */
  @Override
  public String toString() {
    return "IidPolicy[" + id() + "]";
  }
}
