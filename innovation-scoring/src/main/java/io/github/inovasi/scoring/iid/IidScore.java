package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Explanation;
import io.github.inovasi.scoring.ExplanationLine;
import io.github.inovasi.scoring.Grade;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import io.github.inovasi.scoring.Subject;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A region's IID in one edition, fully explained: the {@link IidFigures} of the formula, which
 * innovations count and why the others do not, the score of every answer, a {@link Breakdown}
 * accounting for every point, the problems found in the answers (unknown indicator codes, a
 * missing measurement basis...), and the provisional rules the figure rests on.
 *
 * <pre>{@code
 * IidScore s = IidScorer.of(IidEdition.bundled("iid-2026")).score(assessment);
 * s.index();                       // 38.55
 * s.rating();                      // Rating.LESS_INNOVATIVE
 * s.eligibility();                 // which innovations count, and why not
 * s.breakdown().largestLosses(3);  // where the points went
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param policyId the edition id
 * @param region the region scored
 * @param basis claimed or verified levels
 * @param figures the formula's figures
 * @param eligibility every reported innovation, counted or not, with reasons
 * @param indicatorScores the score of every SPD row and of every SID indicator of counted
 *     innovations
 * @param breakdown every point earned and lost
 * @param problems warnings about the answers; the score is computed regardless
 * @param tentativeRules notes on the provisional or unknown rules this score rests on
 */
public record IidScore(
    String policyId,
    Region region,
    ScoreBasis basis,
    IidFigures figures,
    ImmutableList<InnovationEligibility> eligibility,
    ImmutableList<IndicatorScore> indicatorScores,
    Breakdown breakdown,
    ImmutableList<Problem> problems,
    ImmutableList<String> tentativeRules)
    implements ScoreResult {
  private static final BigDecimal ONE_UNIT = BigDecimal.ONE.movePointLeft(Breakdown.SCALE);

  /**
   * Checks that the parts agree: the figures are the edition's, the breakdown's earned points
   * are the exact index and, with the lost points, make exactly 100.
   *
   * @param policyId the edition id
   * @param region the region scored
   * @param basis claimed or verified levels
   * @param figures the formula's figures
   * @param eligibility every reported innovation, counted or not, with reasons
   * @param indicatorScores the score of every SPD row and of every SID indicator of counted
   *     innovations
   * @param breakdown every point earned and lost
   * @param problems warnings about the answers; the score is computed regardless
   * @param tentativeRules notes on the provisional or unknown rules this score rests on
   * @throws InvalidValueException if the parts disagree
   */
  public IidScore {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(breakdown, "breakdown");
    InvalidValueException.check(policyId.equals(figures.editionId()), "IidScore.figures",
        "must be of edition %s, were of %s", policyId, figures.editionId());
    InvalidValueException.check(
        breakdown.earned().subtract(figures.exactIndex()).abs().compareTo(ONE_UNIT) <= 0,
        "IidScore.breakdown", "must earn the index %s, earned %s", figures.exactIndex(),
        breakdown.earned());
    InvalidValueException.check(
        breakdown.earned().add(breakdown.lost()).compareTo(BigDecimal.valueOf(100)) == 0,
        "IidScore.breakdown", "earned plus lost must be exactly 100, was %s",
        breakdown.earned().add(breakdown.lost()));
  }

  /**
   * Returns the region as the subject scored.
   *
   * @return the region's subject
   */
  @Override
  public Subject subject() {
    return Subject.of(region);
  }

  /**
   * Returns the rating as a grade of the IID's band set.
   *
   * @return {@code rating().grade()}
   */
  @Override
  public Grade grade() {
    return rating().grade();
  }

  /**
   * Returns the breakdown through the general contract: one line per breakdown line, the group
   * being the part (SPD, SID, COUNT), the item the innovation, the reasons those of the losses.
   *
   * @return the explanation, of 100 index points at {@value Breakdown#SCALE} decimals
   */
  @Override
  public Explanation explanation() {
    ImmutableList.Builder<ExplanationLine> lines = ImmutableList.builder();
    for (BreakdownLine l : breakdown.lines()) {
      lines.add(new ExplanationLine(l.code(), l.label(), Optional.of(l.part().name()), l.innovationId(),
          Optional.empty(), l.earned(), l.lost(), l.losses().stream()
              .filter(x -> x.points().signum() > 0)
              .map(x -> x.reason().label())
              .collect(ImmutableList.toImmutableList())));
    }
    return Explanation.of(lines.build(), BigDecimal.valueOf(100).setScale(Breakdown.SCALE));
  }

  @Override
  public BigDecimal index() {
    return figures.index();
  }

  /**
   * Returns the predicate the index earns, under the edition's bands.
   *
   * @return the rating
   */
  public Rating rating() {
    return figures.rating();
  }

  @Override
  public ImmutableList<ScoreComponent> components() {
    return figures.components();
  }

  /**
   * Returns the score of one answer.
   *
   * @param innovationId the innovation, or empty for an SPD row
   * @param indicatorCode the indicator code
   * @return the score, if that indicator was scored
   */
  public Optional<IndicatorScore> indicatorScore(Optional<String> innovationId, String indicatorCode) {
    return indicatorScores.stream()
        .filter(s -> s.innovationId().equals(innovationId) && s.indicatorCode().equals(indicatorCode))
        .findFirst();
  }
}
