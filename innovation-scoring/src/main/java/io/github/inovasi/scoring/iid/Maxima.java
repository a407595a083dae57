package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The maximum scores of an edition (skor maksimum): SPD, the SID indicator average, the count
 * score, and the total they add up to. The IID is {@code total score / total maximum × 100}. In
 * 2026: 63 + 111 + 76 = 250.
 *
 * <pre>{@code
 * Maxima m = Maxima.of(63, 111, 76); // total 250
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class Maxima {
  Maxima() {}

  /**
   * Returns the largest SPD (region-level) score.
   *
   * @return the SPD maximum
   */
  @Value.Parameter
  public abstract BigDecimal spd();

  /**
   * Returns the largest SID indicator average (one innovation with every indicator at level 3).
   *
   * @return the SID indicator maximum
   */
  @Value.Parameter
  public abstract BigDecimal sid();

  /**
   * Returns the largest count score.
   *
   * @return the count maximum
   */
  @Value.Parameter
  public abstract BigDecimal count();

  /**
   * Returns the total maximum (skor total maksimum), the sum of the three parts.
   *
   * @return the total maximum, positive
   */
  public final BigDecimal total() {
    return spd().add(sid()).add(count());
  }

  /**
   * Creates maxima.
   *
   * @param spd the SPD maximum
   * @param sid the SID indicator maximum
   * @param count the count maximum
   * @return the maxima
   * @throws InvalidValueException if a part is negative or the total is not positive
   */
  public static Maxima of(BigDecimal spd, BigDecimal sid, BigDecimal count) {
    return ImmutableMaxima.of(spd, sid, count);
  }

  /**
   * Creates maxima from whole numbers.
   *
   * @param spd the SPD maximum
   * @param sid the SID indicator maximum
   * @param count the count maximum
   * @return the maxima
   * @throws InvalidValueException if a part is negative or the total is not positive
   */
  public static Maxima of(long spd, long sid, long count) {
    return of(BigDecimal.valueOf(spd), BigDecimal.valueOf(sid), BigDecimal.valueOf(count));
  }

  @Value.Check
  void check() {
    InvalidValueException.check(spd().signum() >= 0, "Maxima.spd", "must not be negative, was %s", spd());
    InvalidValueException.check(sid().signum() >= 0, "Maxima.sid", "must not be negative, was %s", sid());
    InvalidValueException.check(
        count().signum() >= 0, "Maxima.count", "must not be negative, was %s", count());
    InvalidValueException.check(total().signum() > 0, "Maxima.total", "must be positive, was %s", total());
  }

  /** Returns {@code "SPD 63 + SID 111 + count 76 = 250"}. */
  @Override
  public String toString() {
    return "SPD " + spd().toPlainString() + " + SID " + sid().toPlainString() + " + count "
        + count().toPlainString() + " = " + total().toPlainString();
  }
}
