package io.github.inovasi.io.coin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Aggregators;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.Normalisers;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Winsorisation;
import io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis;
import io.github.inovasi.scoring.composite.sensitivity.SensitivityResult;
import io.github.inovasi.scoring.composite.sensitivity.UncertainInput;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** COINr's documented sensitivity set-up on ASEM (without the noisy weights), small N. */
final class AsemSensitivityTest {
  @Test
  void coinrDocumentedSetUp_allRunsSucceedAndIndicesAreDefined() {
    CompositeData data = CoinTables.asemExample();
    UncertainInput winmax = UncertainInput.discrete("winmax", IntStream.rangeClosed(1, 5)
        .mapToObj(w -> Treat.builder().treatment(Winsorisation.builder().winmax(w).build())
            .build()).toList());
    UncertainInput normalisation = UncertainInput.discrete("normalisation", List.of(
        Normalise.builder().normaliser(Normalisers.minMax(1, 100)).build(),
        Normalise.builder().normaliser(Normalisers.zScore(10, 2)).build()));
    UncertainInput weights = UncertainInput.noisyWeights("weights", "Aggregated",
        data.framework(), Map.of(2, 0.25, 3, 0.25), 100, 7L);
    UncertainInput aggregation = UncertainInput.alternatives("aggregation", List.of(
        recipe -> recipe,
        recipe -> recipe.with(((Aggregate) recipe.step("Aggregated"))
            .withAggregator(Aggregators.geometric()))));
    SensitivityResult s = SensitivityAnalysis.sensitivity(data,
        CoinTables.asemRecipe().with(Normalise.builder().normaliser(Normalisers.minMax(1, 100))
            .build()), List.of(winmax, normalisation, weights, aggregation), 6, 2026L, "Index",
        20);
    assertThat(s.failures()).isEmpty();
    assertThat(s.ranks().runs()).hasSize(12);
    assertThat(s.inputNames()).containsExactly("winmax", "normalisation", "weights", "aggregation");
    assertThat(s.usableBlocks()).isEqualTo(6);
    assertThat(s.ranks().units()).hasSize(51);
  }

  /** The example of docs/composite.md, as written there. */
  @Test
  void docsExample_runsAsWrittenAndGivesSensibleIndices() {
    CompositeData data = CoinTables.asemExample();
    // the geometric mean needs values > 0: normalise to [1, 100], not [0, 100]
    Recipe recipe = CoinTables.asemRecipe()
        .with(Normalise.builder().normaliser(Normalisers.minMax(1, 100)).build());
    UncertainInput winmax = UncertainInput.discrete("winmax", IntStream.rangeClosed(1, 5)
        .mapToObj(w -> Treat.builder().treatment(Winsorisation.builder().winmax(w).build())
            .build()).toList());
    UncertainInput aggregation = UncertainInput.discrete("aggregation", List.of(
        Aggregate.builder().build(), Aggregate.builder().aggregator(Aggregators.geometric())
            .build()));
    SensitivityResult s = SensitivityAnalysis.sensitivity(data, recipe,
        List.of(winmax, aggregation), 100, 42L, "Index", 200);
    System.out.println(s);
    assertThat(s.failures()).isEmpty();
    assertThat(s.usableBlocks()).isEqualTo(100);
    assertThat(s.inputs()).allMatch(i -> i.firstOrder().inRange() && i.total().inRange());
  }
}
