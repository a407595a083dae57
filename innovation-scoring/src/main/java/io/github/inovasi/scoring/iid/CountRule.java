package io.github.inovasi.scoring.iid;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.model.internal.InovasiStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The count score (skor jumlah inovasi): {@code MIN(n, cap) × pointsPerInnovation}, earned only
 * when the counted innovations cover at least {@link #minBasicServiceAffairs()} of the six
 * basic-service affairs (urusan wajib pelayanan dasar). In 2026: 0.38 points, cap 200, at least
 * 5 of 6 affairs.
 *
 * <pre>{@code
 * CountRule rule = CountRule.of(new BigDecimal("0.38"), 200, 5);
 * rule.maximum(); // 76.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InovasiStyle
public abstract class CountRule {
  CountRule() {}

  /**
   * Returns the points each counted innovation earns.
   *
   * @return the points per innovation, positive
   */
  @Value.Parameter
  public abstract BigDecimal pointsPerInnovation();

  /**
   * Returns the most innovations that earn count points.
   *
   * @return the cap, positive
   */
  @Value.Parameter
  public abstract int cap();

  /**
   * Returns how many of the six basic-service affairs the counted innovations must cover for the
   * count score to be earned at all (0 for no gate).
   *
   * @return the gate, 0..6
   */
  @Value.Parameter
  public abstract int minBasicServiceAffairs();

  /**
   * Returns the largest count score: {@code cap × pointsPerInnovation}.
   *
   * @return the maximum count score
   */
  public final BigDecimal maximum() {
    return pointsPerInnovation().multiply(BigDecimal.valueOf(cap()));
  }

  /**
   * Returns whether the gate is open for a number of covered basic-service affairs.
   *
   * @param basicServiceAffairsCovered how many of the six affairs are covered
   * @return true when the count score is earned
   */
  public final boolean gateOpen(int basicServiceAffairsCovered) {
    return basicServiceAffairsCovered >= minBasicServiceAffairs();
  }

  /**
   * Returns the count score for a number of counted innovations.
   *
   * @param innovations the counted innovations n
   * @param basicServiceAffairsCovered how many of the six affairs they cover
   * @return {@code MIN(n, cap) × points} when the gate is open, else 0
   */
  public final BigDecimal score(int innovations, int basicServiceAffairsCovered) {
    if (!gateOpen(basicServiceAffairsCovered)) {
      return BigDecimal.ZERO;
    }
    return pointsPerInnovation().multiply(BigDecimal.valueOf(Math.min(innovations, cap())));
  }

  /**
   * Creates a rule.
   *
   * @param pointsPerInnovation the points per innovation, positive
   * @param cap the most innovations that count, positive
   * @param minBasicServiceAffairs the gate, 0..6
   * @return the rule
   * @throws InvalidValueException if a value is out of range
   */
  public static CountRule of(BigDecimal pointsPerInnovation, int cap, int minBasicServiceAffairs) {
    return ImmutableCountRule.of(pointsPerInnovation, cap, minBasicServiceAffairs);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(
        pointsPerInnovation().signum() > 0,
        "CountRule.pointsPerInnovation",
        "must be positive, was %s",
        pointsPerInnovation());
    InvalidValueException.check(cap() > 0, "CountRule.cap", "must be positive, was %s", cap());
    InvalidValueException.check(
        minBasicServiceAffairs() >= 0 && minBasicServiceAffairs() <= 6,
        "CountRule.minBasicServiceAffairs",
        "must be 0..6, was %s",
        minBasicServiceAffairs());
  }

  /** Returns {@code "MIN(n, 200) × 0.38 when ≥ 5 of 6 basic-service affairs"}. */
  @Override
  public String toString() {
    return "MIN(n, " + cap() + ") × " + pointsPerInnovation().toPlainString()
        + " when ≥ " + minBasicServiceAffairs() + " of 6 basic-service affairs";
  }
}
