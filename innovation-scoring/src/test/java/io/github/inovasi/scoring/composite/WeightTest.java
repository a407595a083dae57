package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.scoring.composite.internal.Eigen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

/**
 * Weights from the data: PCA against commons-math3's eigen-decomposition (an independent
 * oracle), correlation balancing against correlations recomputed by commons-math3.
 */
final class WeightTest {
  /** Two pillars of three indicators under one index; P's indicators share one factor. */
  static CompositeData data(long seed, int units) {
    Random r = new Random(seed);
    List<String> codes = new ArrayList<>();
    double[][] raw = new double[units][6];
    for (int i = 0; i < units; i++) {
      codes.add("u" + i);
      double f = r.nextGaussian();
      double g = r.nextGaussian();
      raw[i][0] = 50 + 10 * f + 2 * r.nextGaussian();
      raw[i][1] = 20 + 3 * f + 3 * r.nextGaussian();
      raw[i][2] = 5 + f + 4 * r.nextGaussian();
      raw[i][3] = g + r.nextGaussian();
      raw[i][4] = 2 * g + r.nextGaussian();
      raw[i][5] = r.nextGaussian() - 0.5 * g;
    }
    return CompositeData.builder().framework(framework())
        .addAllUnits(codes.stream().map(Unit::of).toList())
        .raw(DataSet.of(codes, List.of("a1", "a2", "a3", "b1", "b2", "b3"), raw)).build();
  }

  static Framework framework() {
    List<Element> e = new ArrayList<>();
    for (String c : List.of("a1", "a2", "a3")) {
      e.add(Element.builder().code(c).level(1).parent("P").build());
    }
    for (String c : List.of("b1", "b2", "b3")) {
      e.add(Element.builder().code(c).level(1).parent("Q").build());
    }
    e.add(Element.builder().code("P").level(2).parent("Index").build());
    e.add(Element.builder().code("Q").level(2).parent("Index").build());
    e.add(Element.builder().code("Index").level(3).build());
    return Framework.of(e);
  }

  private static Recipe recipe(Weight weight) {
    return Recipe.of(Normalise.builder().build(), weight, Aggregate.builder().build());
  }

  @Test
  void pca_matchesCommonsMathEigenDecompositionOfTheCorrelationMatrix() {
    DataSet d = data(7, 40).raw();
    List<String> cols = List.of("a1", "a2", "a3");
    PrincipalComponents pca = PrincipalComponents.of(d, cols);
    double[][] m = new double[40][3];
    for (int j = 0; j < 3; j++) {
      double[] c = d.column(cols.get(j));
      for (int i = 0; i < 40; i++) {
        m[i][j] = c[i];
      }
    }
    EigenDecomposition oracle = new EigenDecomposition(new PearsonsCorrelation(m)
        .getCorrelationMatrix());
    double[] values = oracle.getRealEigenvalues().clone();
    java.util.Arrays.sort(values);
    assertThat(pca.eigenvalues().get(0)).isCloseTo(values[2], within(1e-12));
    assertThat(pca.eigenvalues().get(2)).isCloseTo(values[0], within(1e-12));
    assertThat(pca.explainedVariance()).isCloseTo(values[2] / 3, within(1e-12));
    double[] v = oracle.getEigenvector(indexOf(oracle.getRealEigenvalues(), values[2]))
        .toArray();
    double sign = v[0] + v[1] + v[2] > 0 ? 1 : -1;
    for (int j = 0; j < 3; j++) {
      assertThat(pca.loadings().get(j)).isCloseTo(sign * v[j], within(1e-10));
    }
    // the sign convention: loadings sum to a positive number
    assertThat(pca.loadings().stream().sum()).isPositive();
    assertThat(pca.units()).hasSize(40);
  }

  private static int indexOf(double[] values, double v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    throw new AssertionError(v);
  }

  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  void eigen_agreesWithCommonsMath(@ForAll @IntRange(min = 1, max = 8) int k,
      @ForAll long seed) {
    Random r = new Random(seed);
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        a[i][j] = r.nextDouble() * 2 - 1;
        a[j][i] = a[i][j];
      }
    }
    Eigen e = Eigen.of(a);
    double[] oracle = new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues()
        .clone();
    java.util.Arrays.sort(oracle);
    for (int i = 0; i < k; i++) {
      assertThat(e.values()[i]).isCloseTo(oracle[k - 1 - i], within(1e-10));
      // A v = lambda v
      for (int row = 0; row < k; row++) {
        double av = 0;
        for (int c = 0; c < k; c++) {
          av += a[row][c] * e.vectors()[i][c];
        }
        assertThat(av).isCloseTo(e.values()[i] * e.vectors()[i][row], within(1e-10));
      }
    }
  }

  @Test
  void pcaWeights_sumToOneInEachPillarAndDriveTheAggregation() {
    CompositeResult r = recipe(Weight.builder().method(Weight.Method.PCA_SQUARED).build())
        .run(data(3, 30));
    WeightsReport report = r.report(WeightsReport.class).orElseThrow();
    assertThat(report.groups()).extracting(WeightsReport.Group::parent).containsExactly("P", "Q");
    for (WeightsReport.Group g : report.groups()) {
      assertThat(g.weights().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-12));
      assertThat(g.weights().values()).allMatch(w -> w >= 0);
      PrincipalComponents pca = g.pca().orElseThrow();
      g.weights().forEach((c, w) -> assertThat(w).isCloseTo(
          pca.loading(c) * pca.loading(c), within(1e-12)));
    }
    DataSet n = r.dataSet("Normalised");
    DataSet agg = r.dataSet("Aggregated");
    for (String u : n.units()) {
      double expected = 0;
      for (String c : List.of("a1", "a2", "a3")) {
        expected += report.weights().get(c) * n.get(u, c);
      }
      assertThat(agg.get(u, "P")).isCloseTo(expected, within(1e-9));
    }
    // the weighting step passes its input through unchanged
    assertThat(r.dataSet("Weighted")).isEqualTo(n);
  }

  @Test
  void pca_negativeLoading_isAnErrorNamingTheGroupAndIndicator() {
    // b3 falls with the pillar's factor: its loading is negative
    assertThatThrownBy(() -> recipe(Weight.builder().build()).run(data(3, 30)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .anySatisfy(p -> {
              assertThat(p.code()).isEqualTo("NEGATIVE_PCA_WEIGHT");
              assertThat(p.location().path()).isEqualTo("Q");
              assertThat(p.location().field()).contains("b3");
            }));
  }

  @Test
  void pca_level2_usesTheAggregatedPillars() {
    CompositeResult r = recipe(Weight.builder().method(Weight.Method.PCA_SQUARED).level(2)
        .build()).run(data(5, 30));
    WeightsReport report = r.report(WeightsReport.class).orElseThrow();
    assertThat(report.weights().keySet()).containsExactly("P", "Q");
    PrincipalComponents pca = report.group("Index").orElseThrow().pca().orElseThrow();
    assertThat(pca.columns()).containsExactly("P", "Q");
    // two columns: both loadings are 1/sqrt(2), PC1 explains (1 + |r|) / 2
    assertThat(report.weights().get("P")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void correlationBalance_equalTargets_giveEqualCorrelationsWithTheParent() {
    CompositeResult r = recipe(Weight.builder().method(Weight.Method.CORRELATION_BALANCE)
        .build()).run(data(11, 60));
    WeightsReport report = r.report(WeightsReport.class).orElseThrow();
    DataSet n = r.dataSet("Normalised");
    DataSet agg = r.dataSet("Aggregated");
    for (String parent : List.of("P", "Q")) {
      List<String> kids = parent.equals("P") ? List.of("a1", "a2", "a3")
          : List.of("b1", "b2", "b3");
      double[] corr = new double[3];
      for (int k = 0; k < 3; k++) {
        corr[k] = new PearsonsCorrelation().correlation(n.column(kids.get(k)),
            agg.column(parent));
        assertThat(report.group(parent).orElseThrow().correlations().get(kids.get(k)))
            .isCloseTo(corr[k], within(1e-9));
      }
      assertThat(corr[1]).isCloseTo(corr[0], within(1e-4));
      assertThat(corr[2]).isCloseTo(corr[0], within(1e-4));
    }
  }

  @Test
  void correlationBalance_relativeTargets_areMet() {
    CompositeResult r = recipe(Weight.builder().method(Weight.Method.CORRELATION_BALANCE)
        .putTarget("a1", 1.0).putTarget("a2", 1.2).putTarget("a3", 1.0).build())
        .run(data(11, 60));
    WeightsReport.Group p = r.report(WeightsReport.class).orElseThrow().group("P")
        .orElseThrow();
    assertThat(p.correlations().get("a2") / p.correlations().get("a1"))
        .isCloseTo(1.2, within(1e-4));
    assertThat(p.targets().get("a2")).isCloseTo(1.2 / 3.2, within(1e-12));
  }

  @Property(tries = 15)
  void pcaWeights_doNotDependOnTheOrderOfUnits(@ForAll long seed) {
    CompositeData d = data(seed, 25);
    List<String> shuffled = new ArrayList<>(d.raw().units());
    Collections.shuffle(shuffled, new Random(seed));
    CompositeData e = CompositeData.builder().from(d)
        .units(shuffled.stream().map(Unit::of).toList())
        .raw(d.raw().selectUnits(shuffled))
        .denominators(d.denominators().selectUnits(shuffled)).build();
    Weight w = Weight.builder().method(Weight.Method.PCA_SQUARED).build();
    var a = recipe(w).run(d).report(WeightsReport.class).orElseThrow().weights();
    var b = recipe(w).run(e).report(WeightsReport.class).orElseThrow().weights();
    a.forEach((c, x) -> assertThat(b.get(c)).isCloseTo(x, within(1e-10)));
  }

  @Property(tries = 15, edgeCases = EdgeCasesMode.NONE)
  void derivedWeights_areNonNegativeAndSumToOne(@ForAll long seed,
      @ForAll("methods") Weight.Method method) {
    WeightsReport report = recipe(Weight.builder().method(method).build()).run(data(seed, 20))
        .report(WeightsReport.class).orElseThrow();
    for (WeightsReport.Group g : report.groups()) {
      assertThat(g.weights().values()).allMatch(w -> w >= 0);
      assertThat(g.weights().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-9));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Weight.Method> methods() {
    return net.jqwik.api.Arbitraries.of(Weight.Method.PCA_SQUARED,
        Weight.Method.CORRELATION_BALANCE);
  }
}
