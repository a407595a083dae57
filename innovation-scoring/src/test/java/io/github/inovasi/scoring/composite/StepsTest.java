package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Denominate, impute, screen: each step alone on a small framework. */
final class StepsTest {
  private static final double NA = Double.NaN;
  private static final List<String> UNITS = List.of("u1", "u2", "u3", "u4");

  private static CompositeData data(double[][] raw) {
    Framework f = Framework.of(List.of(
        Element.builder().code("A").level(1).parent("P").denominator("Pop").build(),
        Element.builder().code("B").level(1).parent("P").direction(-1).build(),
        Element.builder().code("C").level(1).parent("Q").build(),
        Element.builder().code("P").level(2).build(),
        Element.builder().code("Q").level(2).build()));
    return CompositeData.builder().framework(f)
        .addUnits(Unit.builder().code("u1").putGroup("g", "x").build(),
            Unit.builder().code("u2").putGroup("g", "x").build(),
            Unit.builder().code("u3").putGroup("g", "y").build(),
            Unit.builder().code("u4").putGroup("g", "y").build())
        .raw(DataSet.of(UNITS, List.of("A", "B", "C"), raw))
        .denominators(DataSet.of(UNITS, List.of("Pop"),
            new double[][] {{2}, {4}, {0}, {10}}))
        .build();
  }

  private static final double[][] RAW = {{10, 1, 0}, {20, NA, 0}, {30, 3, NA}, {NA, 4, 8}};

  @Test
  void denominate_dividesByTheFrameworkDenominatorWithScale() {
    CompositeResult r = Recipe.of(Denominate.builder().putScaleFactor("A", 100).build())
        .run(data(RAW));
    assertThat(r.dataSet("Denominated").column("A")).containsExactly(500, 500, NA, NA);
    assertThat(r.dataSet("Denominated").column("B")).containsExactly(1, NA, 3, 4);
  }

  @Test
  void impute_groupMean_flagsEveryImputedCell() {
    CompositeResult r = Recipe.of(Impute.builder().imputer(Imputers.groupMean())
        .groupColumn("g").build()).run(data(RAW));
    DataSet d = r.dataSet("Imputed");
    assertThat(d.get("u2", "B")).isEqualTo(1);
    assertThat(d.get("u4", "A")).isEqualTo(30);
    assertThat(d.get("u3", "C")).isEqualTo(8);
    ImputationReport report = r.imputation().orElseThrow();
    assertThat(report.imputed()).hasSize(3);
    assertThat(report.isImputed("u2", "B")).isTrue();
    assertThat(report.isImputed("u1", "B")).isFalse();
    assertThat(report.stillMissing()).isZero();
  }

  @Test
  void impute_byRowWithinPillars_afterRescaling() {
    CompositeResult r = Recipe.of(Impute.builder().imputer(Imputers.mean()).by(Impute.By.ROW)
        .groupLevel(2).build()).run(data(RAW));
    DataSet d = r.dataSet("Imputed");
    // u2's B: A of u2 rescales to 0.5; B (direction -1) takes 1 - 0.5 on [1, 4] -> 2.5
    assertThat(d.get("u2", "B")).isCloseTo(2.5, within(1e-12));
    // u3's C: alone in pillar Q, nothing to average
    assertThat(d.get("u3", "C")).isNaN();
    assertThat(r.imputation().orElseThrow().stillMissing()).isEqualTo(1);
  }

  @Test
  void impute_groupImputerWithoutGroupColumn_isRefused() {
    assertThatThrownBy(() -> Recipe.of(Impute.builder().imputer(Imputers.groupMedian()).build())
        .run(data(RAW))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("group column");
  }

  @Test
  void impute_anImputerThatChangesObservedValues_isRefused() {
    Imputer bad = (x, g) -> new double[] {0, 0, 0, 0};
    assertThatThrownBy(() -> Recipe.of(Impute.builder().imputer(bad).build()).run(data(RAW)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("observed");
  }

  @Test
  void screen_byAvailabilityWithForcedUnits() {
    double[][] sparse = {{10, NA, NA}, {20, 2, 0}, {30, 3, 5}, {NA, 4, 8}};
    CompositeResult r = Recipe.of(Screen.builder().addForceOut("u3").build()).run(data(sparse));
    assertThat(r.screening().orElseThrow().removed()).containsExactly("u1", "u3");
    assertThat(r.dataSet("Screened").units()).containsExactly("u2", "u4");
    CompositeResult in = Recipe.of(Screen.builder().addForceIn("u1").build()).run(data(sparse));
    assertThat(in.dataSet("Screened").units()).containsExactly("u1", "u2", "u3", "u4");
  }

  @Test
  void screen_byZeros() {
    double[][] zeros = {{0, 0, 0}, {20, 2, 0}, {30, 3, 5}, {1, 4, 8}};
    CompositeResult r = Recipe.of(Screen.builder().rule(Screen.Rule.BY_ZEROS).build())
        .run(data(zeros));
    assertThat(r.screening().orElseThrow().removed()).containsExactly("u1");
    assertThat(r.screening().orElseThrow().units().get(1).nonZeroShare())
        .isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void screen_forcingAnUnknownUnit_isRefused() {
    assertThatThrownBy(() -> Recipe.of(Screen.builder().addForceIn("nobody").build())
        .run(data(RAW))).isInstanceOf(InvalidValueException.class).hasMessageContaining("nobody");
  }

  @Test
  void aggregate_availabilityThresholdPerLevel() {
    CompositeResult r = Recipe.of(Normalise.builder().build(),
        Aggregate.builder().putLevelThreshold(2, 1.0).build()).run(data(RAW));
    assertThat(r.scores().get("u2", "P")).isNaN();
    assertThat(r.ranks().get("u2", "P")).isNaN();
    assertThat(r.scores().get("u1", "P")).isCloseTo(50, within(1e-12));
  }

  @Test
  void recipe_readingAnUnwrittenDataSet_isRefused() {
    assertThatThrownBy(() -> Recipe.of(Normalise.builder().input("Treated").build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Treated");
    assertThatThrownBy(() -> Recipe.of(Normalise.builder().build(), Normalise.builder().build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Normalised");
  }
}
