package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A region's self-assessment against the verifier's result: both scores and, for every scored
 * indicator, the claimed points, the verified points and their difference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimed the score on claimed levels
 * @param verified the score on verified levels
 * @param differences every indicator whose points differ
 */
public record ScoreComparison(IidScore claimed, IidScore verified, ImmutableList<Difference> differences) {

  /**
   * One indicator scored differently by the region and the verifier.
   *
   * @param innovationId the innovation, empty for an SPD row
   * @param indicatorCode the indicator code
   * @param claimedPoints points on the claimed level
   * @param verifiedPoints points on the verified level
   */
  public record Difference(Optional<String> innovationId, String indicatorCode, BigDecimal claimedPoints,
      BigDecimal verifiedPoints) {

    /**
     * Returns verified minus claimed points.
     *
     * @return the difference, negative when the verifier lowered the score
     */
    public BigDecimal difference() {
      return verifiedPoints.subtract(claimedPoints);
    }
  }

  static ScoreComparison of(IidScore claimed, IidScore verified) {
    ImmutableList.Builder<Difference> out = ImmutableList.builder();
    for (IndicatorScore c : claimed.indicatorScores()) {
      // An innovation that stops counting on verification has no verified indicator scores: all
      // of its points are a difference.
      BigDecimal v = verified.indicatorScore(c.innovationId(), c.indicatorCode())
          .map(IndicatorScore::points).orElse(BigDecimal.ZERO);
      if (c.points().compareTo(v) != 0) {
        out.add(new Difference(c.innovationId(), c.indicatorCode(), c.points(), v));
      }
    }
    return new ScoreComparison(claimed, verified, out.build());
  }

  /**
   * Returns the innovations that count on the claimed levels but not on the verified ones, with
   * the verified side's reasons (a mandatory indicator rejected or not verified).
   *
   * @return the verified eligibility of each innovation verification stopped from counting
   */
  public ImmutableList<InnovationEligibility> eligibilityChanges() {
    ImmutableList.Builder<InnovationEligibility> out = ImmutableList.builder();
    for (int i = 0; i < claimed.eligibility().size() && i < verified.eligibility().size(); i++) {
      if (claimed.eligibility().get(i).eligible() && !verified.eligibility().get(i).eligible()) {
        out.add(verified.eligibility().get(i));
      }
    }
    return out.build();
  }

  /**
   * Returns the verified index minus the claimed index.
   *
   * @return the change in index points, negative when verification lowered it
   */
  public BigDecimal indexDifference() {
    return verified.index().subtract(claimed.index());
  }
}
