package io.github.inovasi.scoring.iid;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every point of an IID accounted for: per SPD row, per SID indicator of each counted
 * innovation, per empty divisor slot and for the count score, the index points earned and the
 * points lost with their reasons.
 *
 * <p>Amounts are index points (the 0–100 scale) at {@value #SCALE} decimals, apportioned by the
 * largest-remainder method so that they add up exactly: the earned points to {@link #earned()}
 * (the index at {@value #SCALE} decimals; the published index is that exact value rounded by the
 * edition), and earned plus lost to exactly 100.
 *
 * <pre>{@code
 * Breakdown b = scorer.score(assessment).breakdown();
 * b.earned();                 // 38.5493
 * b.lostByReason();           // {DIVISOR_FLOOR=14.8000, LOWER_LEVEL=..., ...}
 * b.largestLosses(5);         // the five lines that cost the most
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lines the lines, SPD rows first, then innovations in report order, then the count
 */
public record Breakdown(ImmutableList<BreakdownLine> lines) {
  /** Decimals of the breakdown amounts. */
  public static final int SCALE = 4;

  /**
   * Returns the index points earned, the sum of the lines.
   *
   * @return the earned points at {@value #SCALE} decimals
   */
  public BigDecimal earned() {
    return lines.stream().map(BreakdownLine::earned).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(SCALE);
  }

  /**
   * Returns the index points lost, the sum of the lines' losses; {@code earned() + lost()} is
   * exactly 100.
   *
   * @return the lost points at {@value #SCALE} decimals
   */
  public BigDecimal lost() {
    return lines.stream().map(BreakdownLine::lost).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(SCALE);
  }

  /**
   * Returns the lost points by reason.
   *
   * @return lost index points per reason, largest first
   */
  public ImmutableMap<LossReason, BigDecimal> lostByReason() {
    Map<LossReason, BigDecimal> sums = new EnumMap<>(LossReason.class);
    for (BreakdownLine line : lines) {
      for (Loss loss : line.losses()) {
        sums.merge(loss.reason(), loss.points(), BigDecimal::add);
      }
    }
    ImmutableMap.Builder<LossReason, BigDecimal> out = ImmutableMap.builder();
    sums.entrySet().stream()
        .filter(e -> e.getValue().signum() > 0)
        .sorted(Map.Entry.<LossReason, BigDecimal>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out.build();
  }

  /**
   * Returns the lines that lost the most points.
   *
   * @param limit how many lines at most
   * @return lines with a loss, the largest first (report order among equals)
   */
  public ImmutableList<BreakdownLine> largestLosses(int limit) {
    return lines.stream()
        .filter(l -> l.lost().signum() > 0)
        .sorted(Comparator.comparing(BreakdownLine::lost).reversed())
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }
}
