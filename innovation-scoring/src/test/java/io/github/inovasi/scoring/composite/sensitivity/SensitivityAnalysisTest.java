package io.github.inovasi.scoring.composite.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Aggregators;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.Normalisers;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Unit;
import io.github.inovasi.scoring.composite.Winsorisation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Uncertainty and sensitivity analysis on a small random index. */
final class SensitivityAnalysisTest {
  private static final CompositeData DATA = data();
  private static final Recipe RECIPE = Recipe.of(Normalise.builder().build(),
      Aggregate.builder().build());
  private static final UncertainInput NOTHING = UncertainInput.discrete("nothing",
      List.of(Normalise.builder().build(), Normalise.builder().build()));
  private static final UncertainInput MEAN = UncertainInput.discrete("mean",
      List.of(Aggregate.builder().build(),
          Aggregate.builder().aggregator(Aggregators.weightedMedian()).build()));

  private static CompositeData data() {
    Random r = new Random(7);
    List<Element> elements = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      elements.add(Element.builder().code("i" + i).level(1).parent("Index").build());
      indicators.add("i" + i);
    }
    elements.add(Element.builder().code("Index").level(2).build());
    List<String> units = new ArrayList<>();
    double[][] v = new double[20][5];
    for (int u = 0; u < 20; u++) {
      units.add("u" + u);
      for (int i = 0; i < 5; i++) {
        v[u][i] = r.nextDouble() * 10;
      }
    }
    return CompositeData.builder().framework(Framework.of(elements))
        .units(units.stream().map(Unit::of).toList())
        .raw(DataSet.of(units, indicators, v)).build();
  }

  @Test
  void sensitivity_anInputWithoutEffectHasZeroTotalIndex() {
    SensitivityResult s = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        32, 1L, "Index");
    assertThat(s.total("nothing").estimate()).isZero();
    assertThat(s.firstOrder("nothing").estimate()).isCloseTo(0, within(1e-12));
    assertThat(s.total("mean").estimate()).isGreaterThan(0.5);
    assertThat(s.variance()).isGreaterThan(0);
    assertThat(s.failures()).isEmpty();
    assertThat(s.usableBlocks()).isEqualTo(32);
    assertThat(s.usableRuns()).isEqualTo(32 * 4);
    assertThat(s.ranks().runs()).hasSize(64);
  }

  @Test
  void sensitivity_isReproducibleFromItsSeed() {
    SensitivityResult a = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 99L, "Index");
    SensitivityResult b = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 99L, "Index");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.ranks().runs().get(0)).isEqualTo(b.ranks().runs().get(0));
  }

  @Test
  void uncertainty_failingRunsAreReportedWithTheirParametersAndTooManyAreRefused() {
    UncertainInput geometric = UncertainInput.discrete("mean", List.of(Aggregate.builder().build(),
        Aggregate.builder().aggregator(Aggregators.geometric()).build()));
    // min-max to [0, 100] puts a zero in every indicator: every geometric run fails, about half
    InvalidValueException e = catchThrowableOfType(() -> SensitivityAnalysis.uncertainty(DATA,
        RECIPE, List.of(geometric), 40, 3L, "Index"), InvalidValueException.class);
    assertThat(e.code()).isEqualTo("TOO_FEW_USABLE_RUNS");
    assertThat(e.label().english()).contains("of 40 runs are usable")
        .contains("mean = alternative 2 of 2: Aggregate{").contains("geometric");
    assertThat(e.label().indonesian()).contains("dari 40 run");
    UncertainInput rare = UncertainInput.alternatives("mean", List.of(r -> r, r -> r, r -> r,
        r -> r.with(Aggregate.builder().aggregator(Aggregators.geometric()).build())));
    UncertaintyResult u = SensitivityAnalysis.uncertainty(DATA, RECIPE, List.of(rare), 40, 3L,
        "Index");
    assertThat(u.failures()).isNotEmpty()
        .allMatch(r -> r.failure().orElseThrow().contains("geometric"))
        .allMatch(r -> r.parameters().get("mean").equals("alternative 4 of 4"))
        .allMatch(r -> r.sample().get(0) >= 0.75 && r.ranks().isEmpty());
    assertThat(u.failures().get(0).toString()).startsWith("run ")
        .contains("(sample, row ").contains("mean = alternative 4 of 4: failed: ")
        .doesNotContain("[D@");
    assertThat(u.runs()).hasSize(40);
    assertThat(u.usableRuns()).isEqualTo(40 - u.failures().size());
    for (UncertaintyResult.UnitRanks r : u.units()) {
      assertThat(r.q5()).isLessThanOrEqualTo(r.median());
      assertThat(r.median()).isLessThanOrEqualTo(r.q95());
      assertThat(r.mean()).isEqualTo(r.nominal());
    }
  }

  @Test
  void uncertainty_withoutUncertaintyGivesTheNominalRanksAsEveryQuantile() {
    UncertaintyResult u = SensitivityAnalysis.uncertainty(DATA, RECIPE, List.of(NOTHING), 16,
        4L, "Index");
    assertThat(u.units()).hasSize(20).allSatisfy(r -> {
      assertThat(r.q5()).isEqualTo(r.nominal());
      assertThat(r.median()).isEqualTo(r.nominal());
      assertThat(r.q95()).isEqualTo(r.nominal());
      assertThat(r.mean()).isEqualTo(r.nominal());
    });
    assertThat(u.usableRuns()).isEqualTo(16);
  }

  @Test
  void sensitivity_anInjectedFailureIsReportedAndItsBlockLeftOut() {
    // the last of six choices fails: every block with it in A or B is incomplete
    UncertainInput failing = UncertainInput.alternatives("failing", List.of(r -> r, r -> r,
        r -> r, r -> r, r -> r, r -> {
          throw new InvalidValueException("Injected.failure", "this choice cannot run");
        }));
    SensitivityResult s = SensitivityAnalysis.sensitivity(DATA, RECIPE,
        List.of(MEAN, failing), 64, 12L, "Index", 20);
    assertThat(s.failures()).isNotEmpty()
        .allMatch(r -> r.parameters().get("failing").equals("alternative 6 of 6"))
        .allMatch(r -> r.failure().orElseThrow().contains("this choice cannot run"));
    assertThat(s.usableBlocks()).isLessThan(64).isGreaterThanOrEqualTo(32);
    long incomplete = s.failures().stream().mapToInt(SensitivityAnalysis.Run::row).distinct()
        .count();
    assertThat(s.usableBlocks()).isEqualTo(64 - (int) incomplete);
    assertThat(s.total("mean").estimate()).isGreaterThan(0.5);
    assertThat(s.toString()).contains(s.usableBlocks() + " of 64 blocks complete");
    UncertainInput mostlyFailing = UncertainInput.alternatives("failing", List.of(r -> r,
        r -> {
          throw new InvalidValueException("Injected.failure", "this choice cannot run");
        }));
    assertThatThrownBy(() -> SensitivityAnalysis.sensitivity(DATA, RECIPE,
        List.of(MEAN, mostlyFailing), 64, 12L, "Index"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("of 64 blocks are usable");
  }

  @Test
  void sensitivity_withoutAnyEffectIsAnErrorNotANumber() {
    UncertainInput nothingElse = UncertainInput.discrete("nothing either",
        List.of(Normalise.builder().build(), Normalise.builder().build()));
    assertThatThrownBy(() -> SensitivityAnalysis.sensitivity(DATA, RECIPE,
        List.of(NOTHING, nothingElse), 8, 1L, "Index"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("undefined (0/0)");
  }

  @Test
  void estimates_outsideZeroToOneAreFlaggedNotPrinted() {
    SensitivityIndex impossible = new SensitivityIndex(1.31, Optional.empty());
    assertThat(impossible.inRange()).isFalse();
    assertThat(impossible.index()).isEmpty();
    assertThat(impossible.toString()).startsWith("outside [0, 1] (1.310)");
    SensitivityIndex fine = new SensitivityIndex(0.4123,
        Optional.of(new SensitivityIndex.Interval(0.35, 0.47)));
    assertThat(fine.index()).hasValue(0.4123);
    assertThat(fine).hasToString("0.412 [0.350, 0.470]");
    assertThatThrownBy(() -> new SensitivityIndex(Double.NaN, Optional.empty()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new SensitivityIndex.Interval(0.5, 0.4))
        .isInstanceOf(InvalidValueException.class);
  }

  /**
   * The Ishigami function (a = 7, b = 0.1) on [−π, π]³ through the same design and estimators:
   * analytic S = (0.3139, 0.4424, 0) and ST = (0.5576, 0.4424, 0.2437).
   */
  @Test
  void estimators_reproduceTheIshigamiIndices() {
    int n = 4096;
    double[][] points = Sobol.points(n, 6, 1);
    double[][] a = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, 0, 3))
        .toArray(double[][]::new);
    double[][] b = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, 3, 6))
        .toArray(double[][]::new);
    double[] y = Arrays.stream(SensitivityAnalysis.design(a, b)).mapToDouble(u -> {
      double x1 = Math.PI * (2 * u[0] - 1);
      double x2 = Math.PI * (2 * u[1] - 1);
      double x3 = Math.PI * (2 * u[2] - 1);
      return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2)
          + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }).toArray();
    int[] rows = SensitivityAnalysis.completeBlocks(y, n, 3);
    assertThat(rows).hasSize(n);
    SensitivityAnalysis.Estimates e = SensitivityAnalysis.Estimates.of(y, n, 3, rows);
    assertThat(e.variance()).isCloseTo(13.8446, within(0.3));
    assertThat(e.first()).containsExactly(new double[] {0.3139, 0.4424, 0.0}, within(0.03));
    assertThat(e.total()).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, within(0.03));
  }

  @Test
  void sensitivity_bootstrapIntervals() {
    SensitivityResult s = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 5L, "Index", 50);
    assertThat(s.total("nothing").interval()).hasValue(new SensitivityIndex.Interval(0, 0));
    SensitivityIndex.Interval mean = s.total("mean").interval().orElseThrow();
    assertThat(mean.lower()).isLessThanOrEqualTo(mean.upper());
    assertThat(mean.upper()).isGreaterThan(0);
    SensitivityResult none = SensitivityAnalysis.sensitivity(DATA, RECIPE,
        List.of(NOTHING, MEAN), 4, 5L, "Index");
    assertThat(none.firstOrder("mean").interval()).isEmpty();
  }

  @Test
  void noisyWeights_perturbEachListedLevelWithinItsFactor() {
    Framework f = DATA.framework();
    UncertainInput noisy = UncertainInput.noisyWeights("w", "Aggregated", f,
        java.util.Map.of(1, 0.25), 10, 11L);
    for (double u = 0; u < 1; u += 0.1) {
      Aggregate agg = (Aggregate) noisy.apply(RECIPE, u).step("Aggregated");
      for (Element e : f.level(1)) {
        assertThat(agg.weights().get(e.code())).isBetween(0.75, 1.25);
      }
      assertThat(agg.weights().get("Index")).isEqualTo(1.0);
      assertThat(agg.aggregator()).isEqualTo(Aggregators.arithmetic());
    }
    assertThat(noisy.apply(RECIPE, 0.05)).isNotEqualTo(noisy.apply(RECIPE, 0.15));
    assertThat(noisy.apply(RECIPE, 0.05)).isEqualTo(noisy.apply(RECIPE, 0.01));
  }

  @Test
  void sobolSampling_givesTheSameConclusion() {
    SensitivityResult s = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        32, SensitivityAnalysis.Sampling.SOBOL, 0L, "Index", 0);
    assertThat(s.total("nothing").estimate()).isZero();
    assertThat(s.total("mean").estimate()).isGreaterThan(0.5);
    UncertaintyResult u = SensitivityAnalysis.uncertainty(DATA, RECIPE, List.of(MEAN), 8,
        SensitivityAnalysis.Sampling.SOBOL, 0L, "Index");
    // Sobol points 0.5, 0.75, 0.25, ...: exactly half of 8 runs use each alternative
    assertThat(u.runs()).filteredOn(r -> r.sample().get(0) < 0.5).hasSize(4);
  }

  @Test
  void seededResults_areTheSameToTheBitOnOneTwoAndEightThreads() throws Exception {
    Recipe recipe = Recipe.of(Treat.builder().build(), Normalise.builder().build(),
        Aggregate.builder().build());
    UncertainInput winmax = UncertainInput.discrete("winmax", List.of(
        Treat.builder().treatment(Winsorisation.builder().winmax(1).build()).build(),
        Treat.builder().treatment(Winsorisation.builder().winmax(3).build()).build()));
    UncertainInput norm = UncertainInput.discrete("normalisation", List.of(
        Normalise.builder().build(),
        Normalise.builder().normaliser(Normalisers.zScore(10, 2)).build()));
    List<UncertainInput> inputs = List.of(winmax, norm, MEAN);
    List<SensitivityResult> sensitivities = new ArrayList<>();
    List<UncertaintyResult> uncertainties = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      AnalysisPlan plan = AnalysisPlan.builder().addAllInputs(inputs).n(24).seed(8L)
          .bootstrap(40).threads(threads).build();
      sensitivities.add(SensitivityAnalysis.sensitivity(DATA, recipe, plan,
          ProgressListener.NONE));
      uncertainties.add(SensitivityAnalysis.uncertainty(DATA, recipe,
          AnalysisPlan.builder().from(plan).n(50).seed(9L).build(), ProgressListener.NONE));
    }
    // value equality: doubles compared bit for bit (Double.equals), every run included
    assertThat(sensitivities.get(1)).isEqualTo(sensitivities.get(0));
    assertThat(sensitivities.get(2)).isEqualTo(sensitivities.get(0));
    assertThat(uncertainties.get(1)).isEqualTo(uncertainties.get(0));
    assertThat(uncertainties.get(2)).isEqualTo(uncertainties.get(0));
    assertThat(uncertainties.get(0).runs()).hasSize(50);
  }

  @Test
  void progress_isReportedUpToTheTotal() {
    java.util.concurrent.ConcurrentLinkedQueue<Integer> seen =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    SensitivityAnalysis.sensitivity(DATA, RECIPE, AnalysisPlan.builder()
        .addInputs(NOTHING, MEAN).n(8).threads(2).build(), (done, total) -> {
          assertThat(total).isEqualTo(32);
          seen.add(done);
        });
    assertThat(seen).hasSize(32).contains(32);
  }

  @Test
  void quantile_type7() {
    assertThat(UncertaintyResult.quantile(new double[] {1, 2, 3, 4}, 0.05))
        .isCloseTo(1.15, within(1e-12));
    assertThat(UncertaintyResult.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
  }
}
