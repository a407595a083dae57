package io.github.inovasi.io.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.PrincipalComponents;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.WeightsReport;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

/**
 * Weights from the data on COINr's ASEM example, through the recipe's {@code weight} step,
 * checked against commons-math3's eigen-decomposition of each pillar's correlation matrix (COINr
 * publishes no PCA weights for ASEM).
 */
final class AsemWeightsTest {
  private static final CompositeData DATA = CoinTables.asemExample();

  private static Recipe recipe(String weight) {
    return RecipeJson.read(new StringReader("""
        {"steps": [
          {"step": "denominate"},
          {"step": "impute", "method": "group-mean", "groupColumn": "EurAsia_group"},
          {"step": "screen", "availabilityThreshold": 0.9},
          {"step": "treat", "winmax": 5},
          {"step": "normalise"},
          %s,
          {"step": "aggregate"}]}""".formatted(weight)), "recipe.json");
  }

  @Test
  void pcaSquared_everyPillar_matchesTheOracle() {
    CompositeResult r = recipe("{\"step\": \"weight\", \"method\": \"pca-squared\"}").run(DATA);
    WeightsReport report = r.report(WeightsReport.class).orElseThrow();
    Framework f = DATA.framework();
    DataSet normalised = r.dataSet("Normalised");
    assertThat(report.groups()).hasSize(f.level(2).size());
    for (Element pillar : f.level(2)) {
      List<String> kids = f.children(pillar.code()).stream().map(Element::code).toList();
      double[][] m = new double[normalised.units().size()][kids.size()];
      for (int j = 0; j < kids.size(); j++) {
        double[] c = normalised.column(kids.get(j));
        for (int i = 0; i < m.length; i++) {
          m[i][j] = c[i];
        }
      }
      EigenDecomposition oracle = new EigenDecomposition(new PearsonsCorrelation(m)
          .getCorrelationMatrix());
      double[] values = oracle.getRealEigenvalues();
      int top = 0;
      for (int k = 1; k < values.length; k++) {
        top = values[k] > values[top] ? k : top;
      }
      double[] v = oracle.getEigenvector(top).toArray();
      WeightsReport.Group g = report.group(pillar.code()).orElseThrow();
      PrincipalComponents pca = g.pca().orElseThrow();
      assertThat(pca.explainedVariance()).isCloseTo(values[top] / kids.size(), within(1e-10));
      double sign = Arrays.stream(v).sum() > 0 ? 1 : -1;
      for (int j = 0; j < kids.size(); j++) {
        assertThat(pca.loading(kids.get(j))).isCloseTo(sign * v[j], within(1e-9));
        assertThat(g.weights().get(kids.get(j))).isCloseTo(v[j] * v[j], within(1e-9));
      }
    }
    assertThat(r.scores().column("Index")).doesNotContain(Double.NaN);
    assertThat(r.scores().get("IND", "Index")).isNotCloseTo(39.79, within(0.005));
  }

  @Test
  void pca_negativeLoadingsOnAsem_areReportedNotDropped() {
    assertThatThrownBy(() -> recipe("{\"step\": \"weight\", \"method\": \"pca\"}").run(DATA))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::code).containsOnly("NEGATIVE_PCA_WEIGHT"));
  }

  @Test
  void correlationBalance_pillarsWithinSubIndices_narrowTheSpreadOfTheirCorrelations() {
    CompositeResult nominal = CoinTables.asemRecipe().run(DATA);
    CompositeResult r = recipe("{\"step\": \"weight\", \"method\": \"correlation-balance\","
        + " \"level\": 2}").run(DATA);
    WeightsReport report = r.report(WeightsReport.class).orElseThrow();
    DataSet agg = r.dataSet("Aggregated");
    for (String sub : List.of("Conn", "Sust")) {
      WeightsReport.Group g = report.group(sub).orElseThrow();
      double[] balanced = new double[g.weights().size()];
      double[] before = new double[balanced.length];
      int k = 0;
      for (String pillar : g.weights().keySet()) {
        balanced[k] = new PearsonsCorrelation().correlation(agg.column(pillar),
            agg.column(sub));
        before[k++] = new PearsonsCorrelation().correlation(
            nominal.dataSet("Aggregated").column(pillar), nominal.dataSet("Aggregated")
                .column(sub));
        assertThat(g.correlations().get(pillar)).isCloseTo(balanced[k - 1], within(1e-9));
      }
      assertThat(spread(balanced)).isLessThan(spread(before));
    }
  }

  private static double spread(double[] x) {
    return Arrays.stream(x).max().orElseThrow() - Arrays.stream(x).min().orElseThrow();
  }

  @Test
  void weightStep_badFields_areReportedWithTheirPointer() {
    assertThatThrownBy(() -> recipe("{\"step\": \"weight\", \"method\": \"factor\","
        + " \"targets\": {\"LPI\": \"x\"}, \"aggregation\": 3}"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(p -> p.location().path())
            .contains("/steps/5/method", "/steps/5/targets/LPI", "/steps/5/aggregation"));
  }
}
