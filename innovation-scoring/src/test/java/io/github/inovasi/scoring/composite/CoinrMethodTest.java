package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small checks of COINr's own test suite (tests/testthat), method by method. */
final class CoinrMethodTest {
  private static final Aggregator.Context GROUP =
      new Aggregator.Context("P", List.of("a", "b", "c"), List.of("U"));

  private static Normaliser.Context indicator(int direction, Double target) {
    Element.Builder e = Element.builder().code("x").level(1).direction(direction);
    if (target != null) {
      e.target(target);
    }
    return new Normaliser.Context(e.build(), List.of("A", "B", "C"));
  }

  private static double[] times(double[] x, int d) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      y[i] *= d;
    }
    return y;
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 0.1", "11, 1, 1", "-1, 1, 0", "1, -1, 0.9", "-1, -1, 1", "11, -1, 0"})
  void goalposts_0to10_scale1(double x, int direction, double expected) {
    double[] y = Normalisers.goalposts(0, 10, 1, true)
        .normalise(times(new double[] {x}, direction), indicator(direction, null));
    assertThat(y[0]).isCloseTo(expected, within(1e-12));
  }

  @Test
  void distanceToTarget_10_givesFractionOfTheWay() {
    double[] x = {0, 5, 11};
    assertThat(Normalisers.distanceToTarget(false).normalise(x, indicator(1, 10.0)))
        .containsExactly(new double[] {0, 0.5, 1.1}, within(1e-12));
    assertThat(Normalisers.distanceToTarget(true).normalise(x, indicator(1, 10.0)))
        .containsExactly(new double[] {0, 0.5, 1}, within(1e-12));
  }

  @Test
  void distanceToTarget_reversedDirection() {
    double[] x = times(new double[] {-1, 1, 10}, -1);
    assertThat(Normalisers.distanceToTarget(false).normalise(x, indicator(-1, 0.0)))
        .containsExactly(new double[] {1.1, 0.9, 0}, within(1e-12));
    assertThat(Normalisers.distanceToTarget(true).normalise(x, indicator(-1, 0.0)))
        .containsExactly(new double[] {1, 0.9, 0}, within(1e-12));
  }

  @Test
  void geometricMean_ofOneTwoThree() {
    double[][] x = {{1, 2, 3}};
    assertThat(Aggregators.geometric().aggregate(x, new double[] {1, 1, 1}, GROUP)[0])
        .isCloseTo(Math.cbrt(6), within(1e-12));
    assertThat(Aggregators.geometric().aggregate(x, new double[] {1, 1, 2}, GROUP)[0])
        .isCloseTo(Math.pow(1 * 2 * 9, 0.25), within(1e-12));
  }

  @Test
  void harmonicMean_weighted211() {
    double[][] x = {{1, 2, 3}};
    assertThat(Aggregators.harmonic().aggregate(x, new double[] {2, 1, 1}, GROUP)[0])
        .isCloseTo(4 / (2 + 0.5 + 1 / 3.0), within(1e-12));
  }

  @Test
  void geometricMean_ofZero_saysWhichUnitAndChild() {
    double[][] x = {{1, 0, 3}};
    assertThatThrownBy(() -> Aggregators.geometric().aggregate(x, new double[] {1, 1, 1}, GROUP))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U")
        .hasMessageContaining("(b)")
        .hasMessageContaining("[1, 100]");
  }

  @Test
  void linearPanelImputation_interpolatesAndHoldsEnds() {
    assertThat(Imputers.linearThenConstant().impute(new double[] {3, Double.NaN, 5}, List.of()))
        .containsExactly(3, 4, 5);
    assertThat(Imputers.linearThenConstant()
        .impute(new double[] {Double.NaN, 3, Double.NaN, 5, Double.NaN}, List.of()))
        .containsExactly(3, 3, 4, 5, 5);
    assertThat(Imputers.linear().impute(new double[] {Double.NaN, 3, 5}, List.of())[0]).isNaN();
  }

  @Test
  void arithmeticMean_dropsMissingAndRenormalises() {
    double[][] x = {{10, Double.NaN, 40}};
    assertThat(Aggregators.arithmetic().aggregate(x, new double[] {1, 5, 2}, GROUP)[0])
        .isCloseTo(30, within(1e-12));
  }

  @Test
  void weightedMedian_and_generalisedMean() {
    double[][] x = {{1, 2, 10}};
    assertThat(Aggregators.weightedMedian().aggregate(x, new double[] {1, 1, 1}, GROUP)[0])
        .isEqualTo(2);
    assertThat(Aggregators.weightedMedian().aggregate(x, new double[] {1, 1, 2}, GROUP)[0])
        .isEqualTo(6);
    assertThat(Aggregators.generalised(1).aggregate(x, new double[] {1, 1, 1}, GROUP)[0])
        .isCloseTo(13 / 3.0, within(1e-12));
    assertThat(Aggregators.generalised(-1).aggregate(x, new double[] {2, 1, 1}, GROUP)[0])
        .isCloseTo(4 / (2 + 0.5 + 0.1), within(1e-12));
  }

  @Test
  void copeland_countsWinsAndLosses() {
    // A beats B on 2 of 3 indicators; A and B dominate C (higher on every indicator)
    double[][] x = {{3, 3, 1}, {2, 2, 2}, {1, 1, 0}};
    Copeland c = Copeland.of(x, new double[] {1, 1, 1});
    assertThat(c.scores()).containsExactly(2, 0, -2);
    assertThat(c.outranking()[0][1]).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(c.outranking()[0][2]).isEqualTo(1);
    assertThat(c.dominanceShare()).isCloseTo(2 / 3.0, within(1e-12));
    Copeland tie = Copeland.of(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 1});
    assertThat(tie.scores()).containsExactly(0, 0);
    assertThat(tie.dominanceShare()).isZero();
  }

  @Test
  void normalisations_rankPercentileBordaZscore() {
    double[] x = {10, 30, 20, 30, Double.NaN};
    Normaliser.Context c = new Normaliser.Context(Element.builder().code("x").level(1).build(),
        List.of("A", "B", "C", "D", "E"));
    assertThat(Normalisers.rank().normalise(x, c)).containsExactly(1, 3, 2, 3, Double.NaN);
    assertThat(Normalisers.borda().normalise(x, c)).containsExactly(0, 2, 1, 2, Double.NaN);
    assertThat(Normalisers.percentileRank().normalise(x, c))
        .containsExactly(0, 2 / 3.0, 1 / 3.0, 2 / 3.0, Double.NaN);
    double[] z = Normalisers.zScore(5, 2).normalise(x, c);
    assertThat(Stats.mean(z)).isCloseTo(5, within(1e-12));
    assertThat(Stats.sd(z)).isCloseTo(2, within(1e-12));
    assertThat(Normalisers.fractionOfMax().normalise(x, c)[0]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Normalisers.distanceToMax().normalise(x, c)[2]).isCloseTo(0.5, within(1e-12));
    assertThat(Normalisers.distanceToReference("C", true).normalise(x, c))
        .containsExactly(0, 1, 1, 1, Double.NaN);
    assertThat(Normalisers.scaled(0, 10, 100).normalise(x, c)[0]).isCloseTo(100, within(1e-12));
  }

  @Test
  void winsorisation_movesTiesTogetherAndFallsBackToLog() {
    double[] x = new double[22];
    List<String> units = new java.util.ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      x[i] = i < 20 ? i + 1 : 100;
      units.add("u" + i);
    }
    IndicatorTreatment t = Winsorisation.builder().winmax(1).build().treat("x", units, x);
    // skew 2.82, kurtosis 7.13: the two tied maxima move together even though winmax is 1
    assertThat(t.passedBefore()).isFalse();
    assertThat(t.pointsWinsorised()).isEqualTo(2);
    assertThat(t.winsorisedHigh()).containsExactly("u20", "u21");
    assertThat(t.values()[20]).isEqualTo(20);
    double[] spiky = new double[22];
    for (int i = 0; i < 20; i++) {
      spiky[i] = i + 1;
    }
    spiky[20] = 1000;
    spiky[21] = 2000;
    // one round of winsorisation is not enough, so the original is log-transformed
    IndicatorTreatment spike = Winsorisation.builder().winmax(1).build().treat("y", units, spiky);
    assertThat(spike.passedBefore()).isFalse();
    assertThat(spike.pointsWinsorised()).isEqualTo(1);
    assertThat(spike.skewAfterWinsorisation().orElseThrow()).isGreaterThanOrEqualTo(2);
    assertThat(spike.kurtosisAfterWinsorisation().orElseThrow()).isGreaterThanOrEqualTo(3.5);
    assertThat(spike.logTransformed()).isTrue();
    assertThat(spike.values()[0]).isCloseTo(Math.log(0.01 * 1999), within(1e-12));
    assertThat(spike.values()[21]).isCloseTo(Math.log(1999 + 0.01 * 1999), within(1e-12));
  }
}
