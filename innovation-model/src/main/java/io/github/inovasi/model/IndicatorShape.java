package io.github.inovasi.model;

import java.util.List;
import java.util.stream.Collectors;

/** The rule that an indicator (or basis) has exactly the levels 1, 2, 3 in order. */
final class IndicatorShape {
  private IndicatorShape() {}

  static void checkLevels(List<IndicatorLevel> levels, String field) {
    boolean ok = levels.size() == 3;
    for (int i = 0; ok && i < 3; i++) {
      ok = levels.get(i).value() == i + 1;
    }
    InvalidValueException.check(
        ok, field, ProblemCodes.INDICATOR_LEVELS,
        Label.of("Harus ada tepat tiga level bernilai 1, 2, 3 secara berurutan",
            "There must be exactly three levels with values 1, 2, 3 in order"),
        levels.stream().map(l -> String.valueOf(l.value())).collect(Collectors.joining(",", "[", "]")));
  }
}
