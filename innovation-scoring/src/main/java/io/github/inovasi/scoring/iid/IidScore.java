package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Problem;
import io.github.inovasi.model.Region;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import io.github.inovasi.scoring.ScoreResult;
import java.math.BigDecimal;
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

  @Override
  public BigDecimal index() {
    return figures.index();
  }

  @Override
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
