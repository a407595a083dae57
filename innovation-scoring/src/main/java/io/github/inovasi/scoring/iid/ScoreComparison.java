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
      IndicatorScore v = verified.indicatorScore(c.innovationId(), c.indicatorCode()).orElseThrow();
      if (c.points().compareTo(v.points()) != 0) {
        out.add(new Difference(c.innovationId(), c.indicatorCode(), c.points(), v.points()));
      }
    }
    return new ScoreComparison(claimed, verified, out.build());
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
