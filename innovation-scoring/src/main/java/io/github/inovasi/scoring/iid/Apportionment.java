package io.github.inovasi.scoring.iid;

import java.math.BigDecimal;
import java.util.List;

/** Largest-remainder rounding for the breakdown (see the module's shared implementation). */
final class Apportionment {
  private Apportionment() {}

  static List<BigDecimal> apportion(List<BigDecimal> numerators, List<String> keys,
      BigDecimal denominator, BigDecimal target, int scale) {
    return io.github.inovasi.scoring.internal.Apportionment.apportion(
        numerators, keys, denominator, target, scale);
  }
}
