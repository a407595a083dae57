package io.github.inovasi.io.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.IndicatorTreatment;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.analysis.CompositeAnalysis;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * COINr's published figures for its ASEM example (COINr 1.1.14 documentation), reproduced to
 * the printed precision by the bundled ASEM recipe on the bundled ASEM data.
 */
final class AsemParityTest {
  private static final CompositeData DATA = CoinTables.asemExample();
  private static final CompositeResult RESULT = CoinTables.asemRecipe().run(DATA);

  @ParameterizedTest
  @CsvSource({
    "CHE, 68.38, 1", "NLD, 64.82, 2", "DNK, 64.80, 3", "NOR, 64.47, 4", "BEL, 63.54, 5",
    "SWE, 63.00, 6", "CHN, 37.77, 49", "PAK, 37.63, 50", "RUS, 35.66, 51"
  })
  void index_topAndBottom_matchCoinr(String unit, double score, int rank) {
    assertThat(RESULT.scores().get(unit, "Index")).isCloseTo(score, within(0.005));
    assertThat(RESULT.ranks().get(unit, "Index")).isEqualTo(rank);
  }

  @ParameterizedTest
  @CsvSource({
    "Index, 39.79, 45", "Conn, 28.60, 44", "Sust, 50.99, 43", "Environ, 75.34, 6",
    "Social, 22.74, 51"
  })
  void india_scoresAndRanks_matchCoinr(String element, double score, int rank) {
    assertThat(RESULT.scores().get("IND", element)).isCloseTo(score, within(0.005));
    assertThat(RESULT.ranks().get("IND", element)).isEqualTo(rank);
  }

  @Test
  void pipeline_keepsEveryDataSetAndScreensNobodyAt90Percent() {
    assertThat(RESULT.dataSets().keySet()).containsExactly("Raw", "Denominated", "Imputed",
        "Screened", "Treated", "Normalised", "Aggregated");
    assertThat(RESULT.screening().orElseThrow().removed()).isEmpty();
    assertThat(RESULT.dataSet("Imputed").missingCount()).isZero();
    assertThat(RESULT.scores().units()).hasSize(51);
  }

  @ParameterizedTest
  @CsvSource({
    "Flights,  2.103287, 4.508879, 1, 1.900658, 3.336065",
    "Goods,    2.649973, 8.266610, 2, 1.140608, 0.157205",
    "Services, 1.701085, 2.375656, 0, 1.701085, 2.375656"
  })
  void treatingRawDataWithDefaults_matchesCoinr(String indicator, double skew, double kurt,
      int points, double skewAfter, double kurtAfter) {
    IndicatorTreatment t = Recipe.of(Treat.builder().build()).run(DATA).treatment()
        .orElseThrow().indicator(indicator);
    assertThat(t.skewBefore()).isCloseTo(skew, within(5e-7));
    assertThat(t.kurtosisBefore()).isCloseTo(kurt, within(5e-7));
    assertThat(t.pointsWinsorised()).isEqualTo(points);
    assertThat(t.logTransformed()).isFalse();
    assertThat(t.skewAfter()).isCloseTo(skewAfter, within(5e-7));
    assertThat(t.kurtosisAfter()).isCloseTo(kurtAfter, within(5e-7));
  }

  @Test
  void effectiveWeights_areSharesMultipliedDownTheTree() {
    Map<String, Double> w = DATA.framework().effectiveWeights();
    // five Conn pillars under a half: 0.1 each; three Sust pillars: 1/6 each
    assertThat(w.get("Goods")).isCloseTo(0.02, within(1e-12));
    assertThat(w.get("Embs")).isCloseTo(1 / 30.0, within(1e-12));
    assertThat(w.get("Renew")).isCloseTo(1 / 30.0, within(1e-12));
    assertThat(w.get("NEET")).isCloseTo(1 / 30.0, within(1e-12));
    assertThat(w.get("LPI")).isCloseTo(0.0125, within(1e-12));
    assertThat(w.get("Tariff")).isCloseTo(1 / 60.0, within(1e-12));
    assertThat(w.get("CPI")).isCloseTo(1 / 54.0, within(1e-12));
    assertThat(DATA.framework().indicators().stream().mapToDouble(w::get).sum())
        .isCloseTo(1, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({
    "Physical, 1.529412", "ConEcFin, 2.627451", "Political, 2.901961", "Instit, 1.176471",
    "P2P, 1.686275", "Environ, 3.098039", "Social, 3.960784", "SusEcFin, 2.627451"
  })
  void removingEachPillar_meanAbsoluteRankChange_matchesCoinr(String pillar, double change) {
    CompositeResult without =
        CoinTables.asemRecipe().with(Aggregate.builder().putWeight(pillar, 0.0).build()).run(DATA);
    assertThat(RESULT.compare(without, "Index").meanAbsoluteRankChange().orElseThrow())
        .isCloseTo(change, within(5e-7));
  }

  @ParameterizedTest
  @CsvSource({"Physical, 0.619880382", "Social, 0.024089628", "P2P, 0.051266588"})
  void cronbachAlpha_ofRawPillars_usesPairwiseCovariancesAsCoinr(String pillar, double alpha) {
    // COINr's get_cronbach formula (k^2 * mean off-diagonal covariance / sum of covariances,
    // pairwise-complete), recomputed independently; the raw pillars have missing values
    assertThat(CompositeAnalysis.cronbachAlpha(RESULT.dataSet("Raw")
        .selectColumns(DATA.framework().indicatorsUnder(pillar)))).isCloseTo(alpha, within(1e-9));
  }

  @Test
  void removeOneElementAnalysis_matchesCoinrForEveryPillar() {
    Map<String, Double> changes = CompositeAnalysis.removeOneElement(RESULT, 2, "Index");
    assertThat(changes.get("Physical")).isCloseTo(1.529412, within(5e-7));
    assertThat(changes.get("Social")).isCloseTo(3.960784, within(5e-7));
    assertThat(changes).hasSize(8);
  }
}
