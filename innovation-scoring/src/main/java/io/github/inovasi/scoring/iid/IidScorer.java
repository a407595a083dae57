package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Assessment;
import io.github.inovasi.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Computes the IID of an edition, exactly: from a full {@link Assessment} (eligibility, answers,
 * breakdown) or, at a low level, from the formula's inputs alone.
 *
 * <pre>{@code
 * IidScorer scorer = IidScorer.of(IidEdition.bundled("iid-2026"));
 * // low level: SPD 40, eight innovations each with SID sum 80, five basic-service affairs
 * scorer.figures(new BigDecimal("40"), Collections.nCopies(8, new BigDecimal("80")), 5).index(); // 38.55
 * // full path
 * IidScore claimed = scorer.score(assessment);
 * ScoreComparison both = scorer.compare(assessment);   // claimed vs verified, per indicator
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IidScorer {
  private final IidEdition edition;

  private IidScorer(IidEdition edition) {
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  /**
   * Creates a scorer for an edition.
   *
   * @param edition the edition
   * @return the scorer
   */
  public static IidScorer of(IidEdition edition) {
    return new IidScorer(edition);
  }

  /**
   * Returns the edition.
   *
   * @return the edition this scorer applies
   */
  public IidEdition edition() {
    return edition;
  }

  /**
   * Applies the formula to its inputs.
   *
   * @param spdPoints the SPD score, 0..SPD maximum
   * @param sidSums the SID indicator sum of each counted innovation, each 0..SID maximum
   * @param basicServiceAffairsCovered how many of the six basic-service affairs the counted
   *     innovations cover, 0..6
   * @return the figures, with the rounded index and its rating
   * @throws IncompleteEditionException if the edition lacks its count rule or maxima
   * @throws InvalidValueException if an input is out of range
   */
  public IidFigures figures(BigDecimal spdPoints, List<BigDecimal> sidSums, int basicServiceAffairsCovered) {
    return Computation.figures(edition, spdPoints, ImmutableList.copyOf(sidSums), basicServiceAffairsCovered);
  }

  /**
   * Scores an assessment on the levels the region claimed.
   *
   * @param assessment the assessment
   * @return the explained score
   * @throws IncompleteEditionException if the edition lacks a rule it needs
   */
  public IidScore score(Assessment assessment) {
    return score(assessment, ScoreBasis.CLAIMED);
  }

  /**
   * Scores an assessment on claimed or verified levels.
   *
   * @param assessment the assessment
   * @param basis which levels to count
   * @return the explained score
   * @throws IncompleteEditionException if the edition lacks a rule it needs
   */
  public IidScore score(Assessment assessment, ScoreBasis basis) {
    return Computation.score(edition, assessment, basis);
  }

  /**
   * Scores an assessment on claimed and on verified levels, side by side.
   *
   * @param assessment the assessment
   * @return both scores and the difference per indicator
   * @throws IncompleteEditionException if the edition lacks a rule it needs
   */
  public ScoreComparison compare(Assessment assessment) {
    return ScoreComparison.of(score(assessment, ScoreBasis.CLAIMED), score(assessment, ScoreBasis.VERIFIED));
  }

  /** Returns {@code "IidScorer[iid-2026]"}. */
  @Override
  public String toString() {
    return "IidScorer[" + edition.id() + "]";
  }
}
