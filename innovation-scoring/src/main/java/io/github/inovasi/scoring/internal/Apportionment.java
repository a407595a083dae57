package io.github.inovasi.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Largest-remainder rounding: shares {@code numerator_i / denominator} rounded to a scale so
 * that they add up exactly to a target (itself the rounded exact sum). Ties go by the shares'
 * keys, so the result does not depend on the order the shares are listed in. Shared by the IID
 * breakdown and rubric explanations; public only for use across this module's packages.
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * Rounds shares so that they add up exactly to a target.
   *
   * @param numerators the shares' numerators over one denominator
   * @param keys a stable key per share, for ties
   * @param denominator the common denominator
   * @param target the rounded exact sum, at {@code scale}
   * @param scale the decimals of the shares
   * @return the shares, at {@code scale}, summing to {@code target}
   */
  public static List<BigDecimal> apportion(List<BigDecimal> numerators, List<String> keys,
      BigDecimal denominator, BigDecimal target, int scale) {
    List<BigDecimal> floors = new ArrayList<>();
    List<BigDecimal> remainders = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal n : numerators) {
      BigDecimal floor = n.divide(denominator, scale, RoundingMode.FLOOR);
      floors.add(floor);
      remainders.add(n.subtract(floor.multiply(denominator)));
      sum = sum.add(floor);
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int units = target.subtract(sum).divide(unit).intValueExact();
    if (units < 0 || units > numerators.size()) {
      throw new IllegalStateException("apportionment off by " + units + " units");
    }
    List<Integer> order = IntStream.range(0, numerators.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
            .thenComparing(keys::get)
            .thenComparing(i -> i))
        .collect(Collectors.toList());
    for (int u = 0; u < units; u++) {
      int i = order.get(u);
      floors.set(i, floors.get(i).add(unit));
    }
    return floors;
  }
}
