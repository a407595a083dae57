package io.github.inovasi.scoring.composite.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
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
    assertThat(s.total("nothing")).isZero();
    assertThat(s.firstOrder("nothing")).isCloseTo(0, within(1e-12));
    assertThat(s.total("mean")).isGreaterThan(0.5);
    assertThat(s.variance()).isGreaterThan(0);
    assertThat(s.failures()).isEmpty();
    assertThat(s.ranks().runs()).hasSize(64);
  }

  @Test
  void sensitivity_isReproducibleFromItsSeed() {
    SensitivityResult a = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 99L, "Index");
    SensitivityResult b = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 99L, "Index");
    assertThat(a.firstOrder()).containsExactly(b.firstOrder());
    assertThat(a.total()).containsExactly(b.total());
  }

  @Test
  void uncertainty_ranksStatisticsAndFailuresAreReported() {
    UncertainInput geometric = UncertainInput.discrete("mean", List.of(Aggregate.builder().build(),
        Aggregate.builder().aggregator(Aggregators.geometric()).build()));
    UncertaintyResult u = SensitivityAnalysis.uncertainty(DATA, RECIPE, List.of(geometric), 40,
        3L, "Index");
    // min-max to [0, 100] puts a zero in every indicator: the geometric runs fail, loudly
    assertThat(u.failures()).isNotEmpty()
        .allMatch(r -> r.failure().orElseThrow().contains("geometric"));
    assertThat(u.runs()).hasSize(40);
    for (UncertaintyResult.UnitRanks r : u.units()) {
      assertThat(r.q5()).isLessThanOrEqualTo(r.median());
      assertThat(r.median()).isLessThanOrEqualTo(r.q95());
      assertThat(r.mean()).isEqualTo(r.nominal());
    }
  }

  @Test
  void sensitivity_bootstrapIntervals() {
    SensitivityResult s = SensitivityAnalysis.sensitivity(DATA, RECIPE, List.of(NOTHING, MEAN),
        16, 5L, "Index", 50);
    assertThat(s.totalInterval()[0]).containsExactly(0, 0);
    double[] mean = s.totalInterval()[1];
    assertThat(mean[0]).isLessThanOrEqualTo(mean[1]);
    assertThat(mean[1]).isGreaterThan(0);
    SensitivityResult none = SensitivityAnalysis.sensitivity(DATA, RECIPE,
        List.of(NOTHING, MEAN), 4, 5L, "Index");
    assertThat(none.firstOrderInterval()[1][0]).isNaN();
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
    assertThat(s.total("nothing")).isZero();
    assertThat(s.total("mean")).isGreaterThan(0.5);
    UncertaintyResult u = SensitivityAnalysis.uncertainty(DATA, RECIPE, List.of(MEAN), 8,
        SensitivityAnalysis.Sampling.SOBOL, 0L, "Index");
    // Sobol points 0.5, 0.75, 0.25, ...: exactly half of 8 runs use each alternative
    assertThat(u.runs()).filteredOn(r -> r.sample()[0] < 0.5).hasSize(4);
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
    List<String> seen = new ArrayList<>();
    for (int threads : new int[] {1, 2, 8}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        SensitivityResult s = pool.submit(() -> SensitivityAnalysis.sensitivity(DATA, recipe,
            inputs, 24, 8L, "Index", 40)).get();
        UncertaintyResult u = pool.submit(() -> SensitivityAnalysis.uncertainty(DATA, recipe,
            inputs, 50, 9L, "Index")).get();
        seen.add(Arrays.toString(s.firstOrder()) + Arrays.toString(s.total()) + s.variance()
            + Arrays.deepToString(s.firstOrderInterval())
            + Arrays.deepToString(s.totalInterval()) + s.ranks().units() + runs(s.ranks())
            + u.units() + runs(u));
      } finally {
        pool.shutdown();
      }
    }
    assertThat(seen.get(0)).contains("UnitRanks");
    assertThat(seen.get(1)).isEqualTo(seen.get(0));
    assertThat(seen.get(2)).isEqualTo(seen.get(0));
  }

  private static String runs(UncertaintyResult u) {
    StringBuilder out = new StringBuilder();
    for (SensitivityAnalysis.Run r : u.runs()) {
      out.append(r.index()).append(Arrays.toString(r.sample())).append(Arrays.toString(r.ranks()))
          .append(Double.doubleToRawLongBits(r.meanAbsoluteRankChange())).append(r.failure());
    }
    return out.toString();
  }

  @Test
  void quantile_type7() {
    assertThat(UncertaintyResult.quantile(new double[] {1, 2, 3, 4}, 0.05))
        .isCloseTo(1.15, within(1e-12));
    assertThat(UncertaintyResult.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
  }
}
