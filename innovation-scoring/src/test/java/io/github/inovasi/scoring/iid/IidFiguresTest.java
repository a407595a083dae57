package io.github.inovasi.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.Rating;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The IID figures cannot be built with a total, an average or an index that do not add up. */
final class IidFiguresTest {
  private static final Maxima MAX = Maxima.of(63, 187, 0);

  /** SPD 10, SID sum 30 over 14: average 2.142857, total 12.142857, index 12.142857 / 250. */
  private static IidFigures figures(String sidAverage, String total, String exact, String index) {
    return new IidFigures("iid-2026", new BigDecimal("10"), new BigDecimal("30"), 3, 14,
        new BigDecimal(sidAverage), 6, true, BigDecimal.ZERO, new BigDecimal(total), MAX,
        new BigDecimal(exact), new BigDecimal(index), Rating.LESS_INNOVATIVE);
  }

  private static IidFigures consistent() {
    return figures("2.142857", "12.142857", "4.857143", "4.86");
  }

  @Test
  void consistentFigures_areEqualByValue() {
    assertThat(consistent()).isEqualTo(consistent()).hasSameHashCodeAs(consistent());
  }

  @Test
  void anAverageThatIsNotTheSumOverTheDivisor_isRefused() {
    assertThatThrownBy(() -> figures("2.500000", "12.500000", "4.857143", "4.86"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sidAverage");
  }

  @Test
  void aTotalThatIsNotTheSumOfItsParts_isRefused() {
    assertThatThrownBy(() -> figures("2.142857", "99.000000", "4.857143", "4.86"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("total");
  }

  @Test
  void anIndexThatIsNotTheTotalOverTheMaxima_isRefused() {
    assertThatThrownBy(() -> figures("2.142857", "12.142857", "5.000000", "5.00"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("exactIndex");
    assertThatThrownBy(() -> figures("2.142857", "12.142857", "4.857143", "40.86"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("IidFigures.index");
  }

  @Test
  void aCountScoreWithTheGateClosed_isRefused() {
    Maxima withCount = Maxima.of(63, 187, 50);
    assertThatThrownBy(() -> new IidFigures("iid-2026", BigDecimal.TEN, BigDecimal.ZERO, 0, 14,
            new BigDecimal("0.000000"), 2, false, BigDecimal.TEN, new BigDecimal("20.000000"),
            withCount, new BigDecimal("6.666667"), new BigDecimal("6.67"), Rating.LESS_INNOVATIVE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("countScore");
  }

  @Test
  void aDivisorBelowTheInnovationsCounted_isRefused() {
    assertThatThrownBy(() -> new IidFigures("iid-2026", BigDecimal.TEN, new BigDecimal("30"), 3, 2,
            new BigDecimal("15.000000"), 6, true, BigDecimal.ZERO, new BigDecimal("25.000000"), MAX,
            new BigDecimal("10.000000"), new BigDecimal("10.00"), Rating.LESS_INNOVATIVE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("divisor");
  }
}
