package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import io.github.inovasi.model.Location;
import io.github.inovasi.model.Problem;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Framework validation, effective weights, recipes re-run with one change, and results. */
final class FrameworkTest {
  private static Element el(String code, int level, String parent) {
    Element.Builder b = Element.builder().code(code).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  @Test
  void validate_reportsEveryProblemWithItsLocation() {
    List<Element> elements = List.of(el("A", 1, "P"), el("B", 1, "Nope"), el("C", 1, null),
        el("P", 2, "Q"), el("Q", 3, "P"), el("E", 2, "Q"));
    List<Problem> problems = Framework.validate(elements,
        (i, field) -> Location.builder().source("iMeta.csv").line(i + 2).field(field).build());
    assertThat(problems).extracting(Problem::code).contains("UNKNOWN_PARENT", "MISSING_PARENT",
        "PARENT_LEVEL", "CYCLE", "EMPTY_AGGREGATE");
    Problem unknown = problems.stream().filter(p -> p.code().equals("UNKNOWN_PARENT"))
        .findFirst().orElseThrow();
    assertThat(unknown.location().line()).hasValue(3);
    assertThat(unknown.location().field()).hasValue("Parent");
    assertThat(unknown.found()).hasValue("Nope");
  }

  @Test
  void of_throwsWithAllProblems() {
    assertThatThrownBy(() -> Framework.of(List.of(el("A", 1, "P"), el("A", 1, "P"),
        el("P", 2, null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("repeats");
  }

  @Test
  void effectiveWeights_multiplyRelativeWeightsDown() {
    Framework f = Framework.of(List.of(el("A", 1, "P"),
        Element.builder().code("B").level(1).parent("P").weight(3).build(), el("C", 1, "R"),
        el("P", 2, "I"), el("R", 2, "I"), el("I", 3, null)));
    assertThat(f.effectiveWeights().get("B")).isCloseTo(0.375, within(1e-12));
    assertThat(f.effectiveWeights().get("C")).isCloseTo(0.5, within(1e-12));
    assertThat(f.indicatorsUnder("P")).containsExactly("A", "B");
  }

  @Test
  void recipe_withOneStepChanged_reRunsAndCompares() {
    Framework f = Framework.of(List.of(el("A", 1, "I"), el("B", 1, "I"), el("I", 2, null)));
    List<String> units = List.of("x", "y", "z");
    CompositeData data = CompositeData.builder().framework(f)
        .units(units.stream().map(Unit::of).toList())
        .raw(DataSet.of(units, List.of("A", "B"),
            new double[][] {{1, 9}, {2, 5}, {3, Double.NaN}}))
        .build();
    Recipe recipe = Recipe.of(Normalise.builder().build(), Aggregate.builder().build());
    CompositeResult nominal = recipe.run(data);
    assertThat(nominal.scores().get("x", "I")).isCloseTo(50, within(1e-12));
    assertThat(nominal.scores().get("z", "I")).isCloseTo(100, within(1e-12));
    assertThat(nominal.ranks().get("z", "I")).isEqualTo(1);
    CompositeResult onlyA = recipe.with(Aggregate.builder().putWeight("B", 0.0).build())
        .run(data);
    Comparison c = nominal.compare(onlyA, "I");
    assertThat(c.units()).extracting(Comparison.UnitChange::rankChange)
        .containsExactly(1.0, -1.0, 0.0);
    assertThat(c.meanAbsoluteRankChange()).hasValueCloseTo(2 / 3.0, within(1e-12));
    assertThat(nominal.strengthsAndWeaknesses("x", 1).strengths())
        .extracting(StrengthsAndWeaknesses.Entry::indicator).containsExactly("B");
    assertThat(nominal.strengthsAndWeaknesses("x", 1).weaknesses())
        .extracting(StrengthsAndWeaknesses.Entry::indicator).containsExactly("A");
  }

  @Test
  void recipes_fromTheSameStockStrategiesAndParameters_areEqual() {
    assertThat(Recipe.of(Normalise.builder().normaliser(Normalisers.minMax(0, 100)).build(),
        Impute.builder().imputer(Imputers.groupMean()).groupColumn("g").build()))
        .isEqualTo(Recipe.of(Normalise.builder().build(),
            Impute.builder().imputer(Imputers.groupMean()).groupColumn("g").build()));
    assertThat(Aggregate.builder().aggregator(Aggregators.geometric()).build())
        .isNotEqualTo(Aggregate.builder().build());
    assertThat(Normalisers.zScore(10, 2)).hasToString("zScore(10.0, 2.0)")
        .isNotEqualTo(Normalisers.zScore(10, 3));
    assertThat(Treat.builder().putOverride("A", OutlierTreatment.none()).build())
        .isEqualTo(Treat.builder().putOverride("A", OutlierTreatment.none()).build());
    assertThat(Imputers.groupMedian().needsGroups()).isTrue();
  }

  @Test
  void ranks_tiesShareTheLowestAndMissingStaysMissing() {
    assertThat(Stats.rank(new double[] {5, 7, 7, Double.NaN, 1}, true))
        .containsExactly(3, 1, 1, Double.NaN, 4);
  }

  @Test
  void groupRanks_rankWithinEachGroup() {
    Framework f = Framework.of(List.of(el("A", 1, "I"), el("I", 2, null)));
    List<String> units = List.of("x", "y", "z", "w");
    CompositeData data = CompositeData.builder().framework(f)
        .units(List.of(Unit.builder().code("x").putGroup("g", "1").build(),
            Unit.builder().code("y").putGroup("g", "1").build(),
            Unit.builder().code("z").putGroup("g", "2").build(), Unit.of("w")))
        .raw(DataSet.of(units, List.of("A"), new double[][] {{1}, {2}, {3}, {4}})).build();
    CompositeResult r = Recipe.of(Aggregate.builder().build()).run(data);
    DataSet g = r.groupRanks("g");
    assertThat(g.column("I")).containsExactly(2, 1, 1, Double.NaN);
  }
}
