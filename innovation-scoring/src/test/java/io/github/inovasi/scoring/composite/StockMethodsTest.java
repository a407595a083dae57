package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InovasiException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The stock normalisers, aggregators and imputers, each on a worked example computed by hand,
 * with the invariants that hold for any input. Written against the public strategy factories
 * only.
 */
class StockMethodsTest {
  private static final double NA = Double.NaN;
  private static final Element A = Element.builder().code("A").level(1).parent("P").build();
  private static final Element TARGETED = Element.builder().code("T").level(1).parent("P").target(10).build();
  private static final Element FALLING = Element.builder().code("F").level(1).parent("P").direction(-1).build();
  private static final List<String> UNITS = List.of("u1", "u2", "u3", "u4");
  private static final Aggregator.Context GROUP = new Aggregator.Context("P", List.of("A", "B"), List.of("u1", "u2"));

  private static double[] normalise(Normaliser n, Element e, double... x) {
    return n.normalise(x, new Normaliser.Context(e, UNITS.subList(0, x.length)));
  }

  @Test
  void minMax_mapsTheRangeOntoTheBounds_andKeepsMissing() {
    assertThat(normalise(Normalisers.minMax(0, 100), A, 2, 4, NA, 6)).containsExactly(0, 50, NA, 100);
    assertThat(normalise(Normalisers.minMax(1, 11), A, 5, 0, 10)).containsExactly(6, 1, 11);
    assertThatThrownBy(() -> Normalisers.minMax(5, 5)).isInstanceOf(InovasiException.class).hasMessageContaining("lower < upper");
  }

  @Test
  void zScore_usesTheSampleStandardDeviation() {
    // mean 5, sample sd 2 (values 3, 5, 7)
    assertThat(normalise(Normalisers.zScore(10, 2), A, 3, 5, 7)).containsExactly(8, 10, 12);
  }

  @Test
  void scaledAndGoalposts_followTheirFormula() {
    assertThat(normalise(Normalisers.scaled(0, 10, 100), A, 0, 2.5, 10)).containsExactly(0, 25, 100);
    assertThat(normalise(Normalisers.goalposts(0, 10, 100, true), A, -5, 5, 20)).containsExactly(0, 50, 100);
    assertThat(normalise(Normalisers.goalposts(0, 10, 100, false), A, -5, 5, 20)).containsExactly(-50, 50, 200);
    // direction −1: the values arrive negated; (x − u)/(l − u) in own units
    assertThat(normalise(Normalisers.goalposts(0, 10, 1, true), FALLING, -2, -8)).containsExactly(0.8, 0.2);
    assertThatThrownBy(() -> Normalisers.goalposts(3, 3, 1, true)).isInstanceOf(InovasiException.class);
  }

  @Test
  void ranks_shareTheLowestRankOnTies() {
    assertThat(normalise(Normalisers.rank(), A, 3, 1, 3, NA)).containsExactly(2, 1, 2, NA);
    assertThat(normalise(Normalisers.borda(), A, 3, 1, 3)).containsExactly(1, 0, 1);
    assertThat(normalise(Normalisers.percentileRank(), A, 10, 30, 20)).containsExactly(0, 1, 0.5);
    assertThat(normalise(Normalisers.percentileRank(), A, 10, NA)).containsExactly(NA, NA);
  }

  @Test
  void distances_followTheirFormula() {
    assertThat(normalise(Normalisers.fractionOfMax(), A, 2, 4, 8)).containsExactly(0.25, 0.5, 1);
    assertThat(normalise(Normalisers.distanceToMax(), A, 2, 4, 10)).containsExactly(0, 0.25, 1);
    assertThat(normalise(Normalisers.distanceToReference("u2", true), A, 0, 4, 8)).containsExactly(0, 1, 1);
    assertThat(normalise(Normalisers.distanceToReference("u2", false), A, 0, 4, 8)).containsExactly(0, 1, 2);
    assertThat(normalise(Normalisers.distanceToTarget(true), TARGETED, 0, 5, 20)).containsExactly(0, 0.5, 1);
    assertThat(normalise(Normalisers.distanceToTarget(false), TARGETED, 0, 5, 20)).containsExactly(0, 0.5, 2);
  }

  @Test
  void distances_refuseAMissingReferenceOrTarget() {
    assertThatThrownBy(() -> normalise(Normalisers.distanceToReference("u9", true), A, 1, 2))
        .isInstanceOf(InovasiException.class).hasMessageContaining("u9");
    assertThatThrownBy(() -> normalise(Normalisers.distanceToReference("u1", true), A, NA, 2))
        .isInstanceOf(InovasiException.class).hasMessageContaining("u1");
    assertThatThrownBy(() -> normalise(Normalisers.distanceToTarget(true), A, 1, 2))
        .isInstanceOf(InovasiException.class).hasMessageContaining("no target");
  }

  @Test
  void stockMethods_describeThemselves() {
    assertThat(Normalisers.minMax(0, 100)).hasToString("minMax(0.0, 100.0)");
    assertThat(Aggregators.generalised(2)).hasToString("generalised(2.0)");
    assertThat(Imputers.linearThenConstant()).hasToString("linearThenConstant()");
  }

  @Test
  void means_weightTheirChildren() {
    double[][] x = {{1, 4}, {2, 8}};
    double[] w = {1, 1};
    assertThat(Aggregators.arithmetic().aggregate(x, w, GROUP)).containsExactly(2.5, 5);
    assertThat(Aggregators.geometric().aggregate(x, w, GROUP)).containsExactly(new double[] {2, 4}, within(1e-12));
    assertThat(Aggregators.harmonic().aggregate(x, w, GROUP)[0]).isCloseTo(1.6, within(1e-12));
    assertThat(Aggregators.generalised(2).aggregate(x, w, GROUP)[0]).isCloseTo(Math.sqrt(8.5), within(1e-12));
    assertThat(Aggregators.arithmetic().aggregate(x, new double[] {3, 1}, GROUP)).containsExactly(1.75, 3.5);
  }

  @Test
  void means_skipMissingChildrenAndZeroWeights_andGiveNaNWithNothingLeft() {
    double[][] x = {{NA, 4}, {NA, NA}};
    assertThat(Aggregators.arithmetic().aggregate(x, new double[] {1, 1}, GROUP)).containsExactly(4, NA);
    assertThat(Aggregators.arithmetic().aggregate(new double[][] {{1, 4}}, new double[] {0, 1},
        new Aggregator.Context("P", List.of("A", "B"), List.of("u1")))).containsExactly(4);
  }

  @Test
  void geometricMean_refusesANonPositiveValue_namingUnitAndChild() {
    assertThatThrownBy(() -> Aggregators.geometric().aggregate(new double[][] {{1, 2}, {0, 3}}, new double[] {1, 1}, GROUP))
        .isInstanceOf(InovasiException.class).hasMessageContaining("u2").hasMessageContaining("geometric");
    assertThatThrownBy(() -> Aggregators.generalised(0)).isInstanceOf(InovasiException.class);
    assertThatThrownBy(() -> Aggregators.generalised(Double.POSITIVE_INFINITY)).isInstanceOf(InovasiException.class);
  }

  @Test
  void weightedMedian_takesTheMiddleByWeight() {
    Aggregator.Context three = new Aggregator.Context("P", List.of("A", "B", "C"), List.of("u1"));
    assertThat(Aggregators.weightedMedian().aggregate(new double[][] {{5, 1, 3}}, new double[] {1, 1, 1}, three))
        .containsExactly(3);
    assertThat(Aggregators.weightedMedian().aggregate(new double[][] {{5, 1, 3}}, new double[] {1, 1, 4}, three))
        .containsExactly(3);
    // cumulative weight exactly one half: the mean of the two middle values
    assertThat(Aggregators.weightedMedian().aggregate(new double[][] {{1, 4}}, new double[] {1, 1},
        new Aggregator.Context("P", List.of("A", "B"), List.of("u1")))).containsExactly(2.5);
  }

  @Test
  void imputers_fillGapsAsDocumented() {
    double[] x = {1, NA, 3, NA, 8};
    assertThat(Imputers.mean().impute(x, List.of())).containsExactly(1, 4, 3, 4, 8);
    assertThat(Imputers.median().impute(x, List.of())).containsExactly(1, 3, 3, 3, 8);
    assertThat(Imputers.latest().impute(new double[] {NA, 2, NA, NA}, List.of())).containsExactly(NA, 2, 2, 2);
    assertThat(Imputers.linear().impute(new double[] {NA, 2, NA, 6, NA}, List.of())).containsExactly(NA, 2, 4, 6, NA);
    assertThat(Imputers.linearThenConstant().impute(new double[] {NA, 2, NA, 6, NA}, List.of()))
        .containsExactly(2, 2, 4, 6, 6);
    List<String> groups = List.of("a", "a", "b", "b", "a");
    assertThat(Imputers.groupMean().impute(new double[] {1, NA, 3, NA, 5}, groups)).containsExactly(1, 3, 3, 3, 5);
    assertThat(Imputers.groupMedian().impute(new double[] {1, NA, 3, NA, 5}, groups)).containsExactly(1, 3, 3, 3, 5);
    assertThat(Imputers.groupMean().needsGroups()).isTrue();
    assertThat(Imputers.mean().needsGroups()).isFalse();
  }

  @Property(tries = 100)
  void minMax_staysWithinItsBounds_andKeepsTheOrder(
      @ForAll @Size(min = 2, max = 20) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = Normalisers.minMax(0, 100).normalise(x, new Normaliser.Context(A, List.of()));
    boolean constant = values.stream().distinct().count() == 1;
    for (int i = 0; i < x.length; i++) {
      if (!constant) {
        assertThat(y[i]).isBetween(-1e-9, 100 + 1e-9);
      }
      for (int j = 0; j < x.length; j++) {
        if (!constant && x[i] < x[j]) {
          assertThat(y[i]).isLessThanOrEqualTo(y[j]);
        }
      }
    }
  }

  @Property(tries = 100)
  void means_lieBetweenTheSmallestAndLargestChild(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0.01, max = 1000) Double> values) {
    double[][] x = {values.stream().mapToDouble(Double::doubleValue).toArray()};
    double[] w = new double[x[0].length];
    java.util.Arrays.fill(w, 1);
    List<String> children = java.util.stream.IntStream.range(0, w.length).mapToObj(i -> "c" + i).toList();
    Aggregator.Context c = new Aggregator.Context("P", children, List.of("u1"));
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    for (Aggregator a : List.of(Aggregators.arithmetic(), Aggregators.geometric(), Aggregators.harmonic(),
        Aggregators.generalised(3), Aggregators.weightedMedian())) {
      assertThat(a.aggregate(x, w, c)[0]).as("%s", a).isBetween(min * (1 - 1e-9), max * (1 + 1e-9));
    }
  }

  @Property(tries = 100)
  void imputers_changeOnlyTheGaps(
      @ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -100, max = 100) Double> values,
      @ForAll @Size(min = 1, max = 20) List<Boolean> missing) {
    double[] x = new double[values.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = missing.get(i % missing.size()) ? NA : values.get(i);
    }
    for (Imputer imputer : List.of(Imputers.mean(), Imputers.median(), Imputers.latest(), Imputers.linear(),
        Imputers.linearThenConstant())) {
      double[] y = imputer.impute(x.clone(), List.of());
      assertThat(y).hasSameSizeAs(x);
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          assertThat(y[i]).as("%s keeps observed value %s", imputer, i).isEqualTo(x[i]);
        }
      }
    }
  }
}
