package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.Label;
import io.github.inovasi.scoring.Rating;
import io.github.inovasi.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

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
 * <p>The figures cannot disagree with each other: the constructor checks that the average is
 * the sum over the divisor, the count score is 0 when the gate is closed, the total is the sum
 * of its parts, the exact index is the total over the maxima and the index is the exact index
 * rounded, so a figure read back or built by hand that does not add up is refused. Immutable
 * and thread-safe.
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

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks that the figures agree with each other, as the formula above relates them.
   *
   * @param editionId the edition that computed these figures
   * @param spd the SPD score (region level)
   * @param sidSum the sum of the counted innovations' SID indicator scores
   * @param innovations n, the innovations counted
   * @param divisor MAX(k, n), at least 1 and n
   * @param sidAverage {@code sidSum / divisor}, at 6 decimals
   * @param basicServiceAffairsCovered how many of the six basic-service affairs are covered
   * @param gateOpen whether the count score is earned
   * @param countScore the count score; 0 when the gate is closed
   * @param total {@code spd + sidAverage + countScore}, at 6 decimals
   * @param maxima the maxima used
   * @param exactIndex the index at 6 decimals, before the edition's rounding
   * @param index the published index: the exact index rounded at its own scale
   * @param rating the rating the index earns under the edition's bands
   * @throws InvalidValueException naming the first figure that does not agree
   */
  public IidFigures {
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(spd, "spd");
    Objects.requireNonNull(sidSum, "sidSum");
    Objects.requireNonNull(sidAverage, "sidAverage");
    Objects.requireNonNull(countScore, "countScore");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(maxima, "maxima");
    Objects.requireNonNull(exactIndex, "exactIndex");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(rating, "rating");
    InvalidValueException.check(spd.signum() >= 0 && spd.compareTo(maxima.spd()) <= 0,
        "IidFigures.spd", "must be within 0..%s, was %s", maxima.spd(), spd);
    InvalidValueException.check(sidSum.signum() >= 0, "IidFigures.sidSum",
        "must not be negative, was %s", sidSum);
    InvalidValueException.check(innovations >= 0 && divisor >= Math.max(1, innovations),
        "IidFigures.divisor", "must be at least 1 and the innovations counted (%s), was %s",
        innovations, divisor);
    InvalidValueException.check(basicServiceAffairsCovered >= 0 && basicServiceAffairsCovered <= 6,
        "IidFigures.basicServiceAffairsCovered", "must be within 0..6, was %s",
        basicServiceAffairsCovered);
    InvalidValueException.check(
        countScore.signum() >= 0 && countScore.compareTo(maxima.count()) <= 0
            && (gateOpen || countScore.signum() == 0),
        "IidFigures.countScore", "must be within 0..%s, and 0 when the gate is closed, was %s",
        maxima.count(), countScore);
    BigDecimal d = BigDecimal.valueOf(divisor);
    InvalidValueException.check(
        sidAverage.compareTo(sidSum.divide(d, SHOWN_SCALE, RoundingMode.HALF_UP)) == 0,
        "IidFigures.sidAverage", "must be sidSum / divisor = %s / %s, was %s", sidSum, divisor,
        sidAverage);
    // Multiplied through by the divisor, as the computation does, so nothing is rounded twice.
    BigDecimal numerator = spd.add(countScore).multiply(d).add(sidSum);
    InvalidValueException.check(
        total.compareTo(numerator.divide(d, SHOWN_SCALE, RoundingMode.HALF_UP)) == 0,
        "IidFigures.total", "must be spd + sidSum / divisor + countScore, was %s", total);
    InvalidValueException.check(
        exactIndex.compareTo(numerator.multiply(HUNDRED)
            .divide(d.multiply(maxima.total()), SHOWN_SCALE, RoundingMode.HALF_UP)) == 0,
        "IidFigures.exactIndex", "must be total / %s × 100, was %s", maxima.total(), exactIndex);
    // The edition's rounding mode is the edition's; any rounding stays within one unit.
    InvalidValueException.check(
        index.subtract(exactIndex).abs().compareTo(BigDecimal.ONE.movePointLeft(index.scale())) < 0,
        "IidFigures.index", "must be the exact index %s rounded, was %s", exactIndex, index);
  }

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
