package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The IID formula's figures for one region:
 *
 * <pre>
 * SID average = sidSum / MAX(k, n)
 * count score = MIN(n, cap) × points   (when the basic-service gate is open, else 0)
 * total       = SPD + SID average + count score
 * IID         = total / total maximum × 100, rounded by the edition, then classified
 * </pre>
 *
 * <p>The SID average and the total are shown at 6 decimals; the index is rounded once from the
 * exact fraction, never from a rounded intermediate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param editionId the edition that computed these figures
 * @param spd the SPD score (region level)
 * @param sidSum the sum of the counted innovations' SID indicator scores
 * @param innovations n, the innovations counted
 * @param divisor MAX(k, n); on the verified side n here also counts the reported innovations
 *     rejected on verification, which hold a place in the divisor and earn nothing ({@link
 *     Eligibility#verificationDecides()})
 * @param sidAverage {@code sidSum / divisor}, at 6 decimals
 * @param basicServiceAffairsCovered how many of the six basic-service affairs are covered
 * @param gateOpen whether the count score is earned
 * @param countScore the count score
 * @param total {@code spd + sidAverage + countScore}, at 6 decimals
 * @param maxima the maxima used
 * @param exactIndex the index at 6 decimals, before the edition's rounding
 * @param index the published index, rounded by the edition
 * @param rating the rating the index earns
 */
public record IidFigures(
    String editionId,
    BigDecimal spd,
    BigDecimal sidSum,
    int innovations,
    int divisor,
    BigDecimal sidAverage,
    int basicServiceAffairsCovered,
    boolean gateOpen,
    BigDecimal countScore,
    BigDecimal total,
    Maxima maxima,
    BigDecimal exactIndex,
    BigDecimal index,
    Rating rating) {

  /** Scale of the shown intermediate figures. */
  static final int SHOWN_SCALE = 6;

  /**
   * Returns the three components in index points (SPD, SID indicator average, count score).
   *
   * @return the components, at 6 decimals
   */
  public ImmutableList<ScoreComponent> components() {
    return ImmutableList.of(
        component("SPD", Label.of("Satuan Pemerintah Daerah (SPD)", "Region level (SPD)"),
            spd, maxima.spd()),
        component("SID", Label.of("Rata-rata indikator Satuan Inovasi Daerah (SID)",
            "Innovation indicators average (SID)"), sidAverage, maxima.sid()),
        component("COUNT", Label.of("Skor jumlah inovasi", "Innovation count score"),
            countScore, maxima.count()));
  }

  private ScoreComponent component(String code, Label name, BigDecimal points, BigDecimal max) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal scaledMax = max.multiply(hundred).divide(maxima.total(), SHOWN_SCALE, RoundingMode.HALF_UP);
    BigDecimal scaled = points.multiply(hundred).divide(maxima.total(), SHOWN_SCALE, RoundingMode.HALF_UP);
    return new ScoreComponent(code, name, scaled.min(scaledMax), scaledMax);
  }
}
