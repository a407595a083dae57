package io.github.inovasi.scoring.composite.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.scoring.composite.DataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statistics, correlations (values and p-values checked against R/SciPy) and alpha. */
final class CompositeAnalysisTest {
  private static final List<String> UNITS = List.of("a", "b", "c", "d", "e", "f", "g", "h",
      "i", "j");

  private static DataSet two(double[] x, double[] y) {
    double[][] v = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      v[i] = new double[] {x[i], y[i]};
    }
    return DataSet.of(UNITS, List.of("x", "y"), v);
  }

  @ParameterizedTest
  @CsvSource({
    "PEARSON, 0.781818181818, 0.007547007781",
    "SPEARMAN, 0.781818181818, 0.007547007781",
    "KENDALL, 0.6, 0.015737222266"
  })
  void correlation_matchesCorTestAsymptotics(Correlation.Method method, double r, double p) {
    DataSet d = two(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        new double[] {2, 1, 4, 3, 7, 8, 5, 10, 9, 6});
    Correlation c = CompositeAnalysis.correlation(d, "x", "y", method);
    assertThat(c.coefficient()).isCloseTo(r, within(1e-9));
    assertThat(c.pValue()).isCloseTo(p, within(1e-9));
    assertThat(c.n()).isEqualTo(10);
  }

  @Test
  void kendall_withTies_usesTauBAndTheTieCorrectedVariance() {
    DataSet d = two(new double[] {1, 2, 2, 3, 4, 5, 5, 5, 6, 7},
        new double[] {1, 3, 2, 2, 5, 4, 6, 6, 8, 7});
    Correlation c = CompositeAnalysis.correlation(d, "x", "y", Correlation.Method.KENDALL);
    assertThat(c.coefficient()).isCloseTo(0.8097533639902196, within(1e-12));
    assertThat(c.pValue()).isCloseTo(0.0017889794722248033, within(1e-9));
  }

  @Test
  void correlation_insignificantIsReportedNotBlanked() {
    DataSet d = two(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN},
        new double[] {5, 1, 4, 2, 6, 3, 9, 1, 4, 8});
    Correlation c = CompositeAnalysis.correlation(d, "x", "y", Correlation.Method.PEARSON);
    assertThat(c.n()).isEqualTo(9);
    assertThat(c.pValue()).isCloseTo(0.750089246896142, within(1e-9));
    assertThat(c.coefficient()).isNotNaN();
  }

  @Test
  void tDistribution_twoSided() {
    assertThat(Distributions.twoSidedT(1.632993, 8)).isCloseTo(0.14111331555094903, within(1e-9));
    assertThat(Distributions.twoSidedNormal(1.96)).isCloseTo(0.04999579029644087, within(1e-12));
  }

  @Test
  void statistics_flagAsCoinr() {
    double[] x = {0, 0, 0, 0, 0, 0, 1, 2, Double.NaN, Double.NaN};
    DataSet d = two(x, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
    IndicatorStatistics sx = CompositeAnalysis.statistics(d).get(0);
    assertThat(sx.available()).isEqualTo(8);
    assertThat(sx.availability()).isEqualTo(0.8);
    assertThat(sx.nonZero()).isEqualTo(2);
    assertThat(sx.unique()).isEqualTo(3);
    assertThat(sx.manyZeros()).isTrue();
    assertThat(sx.fewUnique()).isTrue();
    assertThat(sx.lowAvailability()).isFalse();
    IndicatorStatistics sy = CompositeAnalysis.statistics(d).get(1);
    assertThat(sy.possibleOutliers()).isTrue();
    assertThat(sy.median()).isEqualTo(5.5);
    assertThat(sy.max()).isEqualTo(100);
  }

  @Test
  void cronbachAlpha_ofItemsAndTheirSum() {
    DataSet d = DataSet.of(List.of("a", "b", "c", "d"), List.of("p", "q", "r"), new double[][] {
        {1, 2, 2}, {2, 3, 3}, {3, 3, 4}, {4, 5, 5}});
    // sample variances of the items and of the row sums
    double v1 = 5 / 3.0;
    double v2 = 1.5833333333333333;
    double v3 = 5 / 3.0;
    double vs = 14.25;
    assertThat(CompositeAnalysis.cronbachAlpha(d))
        .isCloseTo(1.5 * (1 - (v1 + v2 + v3) / vs), within(1e-12));
  }
}
