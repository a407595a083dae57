package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.model.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Panels: imputation from other years, per-year and pooled recipes, trends, rank movement. */
final class PanelTest {
  private static final double NA = Double.NaN;
  private static final Framework FRAMEWORK = Framework.of(List.of(
      Element.builder().code("a").level(1).parent("Index").build(),
      Element.builder().code("b").level(1).parent("Index").build(),
      Element.builder().code("Index").level(2).build()));

  private static CompositeData year(List<String> units, double[][] raw) {
    return CompositeData.builder().framework(FRAMEWORK)
        .addAllUnits(units.stream().map(Unit::of).toList())
        .raw(DataSet.of(units, List.of("a", "b"), raw)).build();
  }

  private static final List<String> UVW = List.of("u", "v", "w");

  private static Panel panel() {
    Map<Integer, CompositeData> years = new LinkedHashMap<>();
    years.put(2020, year(UVW, new double[][] {{3, 1}, {NA, 2}, {10, NA}}));
    years.put(2021, year(List.of("u", "v"), new double[][] {{NA, 2}, {5, NA}}));
    years.put(2023, year(UVW, new double[][] {{9, NA}, {NA, 4}, {20, 6}}));
    return Panel.of(years);
  }

  @Test
  void latest_carriesTheLatestEarlierValueForward() {
    Panel.Imputed i = panel().impute(PanelImputer.LATEST);
    assertThat(i.panel().year(2021).raw().get("u", "a")).isEqualTo(3);
    assertThat(i.panel().year(2023).raw().get("u", "b")).isEqualTo(2);
    assertThat(i.panel().year(2023).raw().get("v", "a")).isEqualTo(5);
    assertThat(i.panel().year(2020).raw().get("v", "a")).isNaN();   // nothing earlier
    assertThat(i.panel().year(2020).raw().get("w", "b")).isNaN();
    assertThat(i.cells()).contains(new Panel.ImputedCell("u", "a", 2021, 3));
    assertThat(i.cells()).hasSize(4);   // u.a 2021, u.b 2023, v.a 2023, v.b 2021
  }

  @Test
  void constant_alsoFillsYearsBeforeTheFirstValue() {
    Panel p = panel().impute(PanelImputer.CONSTANT).panel();
    assertThat(p.year(2020).raw().get("v", "a")).isEqualTo(5);
    assertThat(p.year(2020).raw().get("w", "b")).isEqualTo(6);
  }

  @Test
  void linear_interpolatesByYearDistance_andLeavesTheEnds() {
    Panel p = panel().impute(PanelImputer.LINEAR).panel();
    // u.a: 3 in 2020, 9 in 2023 -> 2021 is a third of the way
    assertThat(p.year(2021).raw().get("u", "a")).isCloseTo(5, within(1e-12));
    // v.b: 2 in 2020, 4 in 2023 -> 2021 at 2 + 2/3
    assertThat(p.year(2021).raw().get("v", "b")).isCloseTo(2 + 2.0 / 3, within(1e-12));
    assertThat(p.year(2023).raw().get("u", "b")).isNaN();
    Panel q = panel().impute(PanelImputer.LINEAR_CONSTANT).panel();
    assertThat(q.year(2023).raw().get("u", "b")).isEqualTo(2);
    assertThat(q.year(2020).raw().get("v", "a")).isEqualTo(5);
  }

  @Provide
  Arbitrary<double[]> series() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(-1e3, 1e3)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(NA)))
        .list().ofMinSize(1).ofMaxSize(8)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Property(tries = 200)
  void panelImputation_neverInventsAValueOutsideItsRule(@ForAll("series") double[] x,
      @ForAll("imputers") PanelImputer imputer) {
    int[] years = new int[x.length];
    for (int t = 0; t < years.length; t++) {
      years[t] = 2000 + 2 * t + (t % 3);
    }
    double[] y = imputer.impute(years, x);
    double lo = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElse(NA);
    double hi = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElse(NA);
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t])) {
        assertThat(y[t]).isEqualTo(x[t]);
      } else if (!Double.isNaN(y[t])) {
        assertThat(y[t]).isBetween(lo, hi);
        if (imputer == PanelImputer.LATEST) {
          double latest = NA;
          for (int s = 0; s < t; s++) {
            latest = Double.isNaN(x[s]) ? latest : x[s];
          }
          assertThat(y[t]).isEqualTo(latest);
        }
        if (imputer == PanelImputer.LATEST || imputer == PanelImputer.CONSTANT) {
          assertThat(x).contains(y[t]);
        }
      }
    }
  }

  @Provide
  Arbitrary<PanelImputer> imputers() {
    return Arbitraries.of(PanelImputer.class);
  }

  /** Two years; the second is the first shifted up by 10 in every indicator. */
  private static Panel shifted() {
    double[][] first = {{1, 4}, {2, 8}, {4, 5}, {3, 1}};
    double[][] second = new double[4][2];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 2; j++) {
        second[i][j] = first[i][j] + 10;
      }
    }
    List<String> units = List.of("p", "q", "r", "s");
    return Panel.of(Map.of(2022, year(units, first), 2023, year(units, second)));
  }

  @Test
  void perYear_normalisesEachYearOnItsOwn_pooledOnOneScale() {
    Recipe recipe = Recipe.of(Normalise.builder().build(), Aggregate.builder().build());
    PanelResult perYear = shifted().run(recipe, Panel.Scope.PER_YEAR);
    PanelResult pooled = shifted().run(recipe, Panel.Scope.POOLED);
    // per year: a uniform shift changes nothing
    assertThat(perYear.year(2023).dataSet("Normalised"))
        .isEqualTo(perYear.year(2022).dataSet("Normalised"));
    assertThat(perYear.year(2022).dataSet("Normalised").column("a"))
        .containsExactly(new double[] {0, 100.0 / 3, 100, 200.0 / 3}, within(1e-9));
    // pooled: min-max over both years, so 2023 lies above 2022 and only the pool spans 0..100
    DataSet n22 = pooled.year(2022).dataSet("Normalised");
    DataSet n23 = pooled.year(2023).dataSet("Normalised");
    assertThat(n22.column("a")).containsExactly(
        new double[] {0, 100.0 / 13, 300.0 / 13, 200.0 / 13}, within(1e-9));
    assertThat(n23.get("p", "a")).isCloseTo(1000.0 / 13, within(1e-12));
    assertThat(n23.get("r", "a")).isEqualTo(100);
    for (String u : n22.units()) {
      assertThat(pooled.year(2023).scores().get(u, "Index"))
          .isGreaterThan(pooled.year(2022).scores().get(u, "Index"));
    }
    // ranks stay within each year, and the raw data of each year is kept by its unit codes
    assertThat(pooled.year(2023).ranks().column("Index")).containsOnly(1, 2, 3, 4);
    assertThat(pooled.year(2023).dataSet("Raw").get("p", "a")).isEqualTo(11);
  }

  @Test
  void trends_changeAndCompoundAnnualGrowth() {
    Map<Integer, CompositeData> years = new LinkedHashMap<>();
    years.put(2020, year(List.of("u", "v"), new double[][] {{100, 1}, {NA, 1}}));
    years.put(2021, year(List.of("u", "v"), new double[][] {{NA, 1}, {-2, 1}}));
    years.put(2022, year(List.of("u", "v"), new double[][] {{121, 1}, {NA, 1}}));
    PanelResult r = Panel.of(years).run(Recipe.of(), Panel.Scope.PER_YEAR);
    List<Trend> t = r.trends("Raw", "a");
    assertThat(t).hasSize(2);
    assertThat(t.get(0).change().getAsDouble()).isEqualTo(21);
    assertThat(t.get(0).compoundAnnualGrowth().getAsDouble()).isCloseTo(0.1, within(1e-12));
    assertThat(t.get(1).firstYear()).isEqualTo(2021);
    assertThat(t.get(1).change()).isEmpty();
    assertThat(t.get(1).compoundAnnualGrowth()).isEmpty();
  }

  @Test
  void rankMovement_comparesTwoYears() {
    Map<Integer, CompositeData> years = new LinkedHashMap<>();
    years.put(2020, year(UVW, new double[][] {{1, 1}, {2, 2}, {3, 3}}));
    years.put(2021, year(UVW, new double[][] {{3, 3}, {2, 2}, {1, 1}}));
    PanelResult r = Panel.of(years).run(Recipe.of(Normalise.builder().build(),
        Aggregate.builder().build()), Panel.Scope.PER_YEAR);
    Comparison c = r.rankMovement("Index", 2020, 2021);
    assertThat(c.units()).filteredOn(u -> u.unit().equals("u")).singleElement()
        .satisfies(u -> assertThat(u.rankChange()).isEqualTo(-2));
    assertThat(c.meanAbsoluteRankChange().getAsDouble()).isCloseTo(4.0 / 3, within(1e-12));
  }

  @Test
  void differentFrameworks_areRefusedNamingTheYear() {
    Framework other = Framework.of(List.of(
        Element.builder().code("a").level(1).parent("Index").weight(2).build(),
        Element.builder().code("b").level(1).parent("Index").build(),
        Element.builder().code("Index").level(2).build()));
    CompositeData odd = CompositeData.builder().from(year(UVW, new double[3][2]))
        .framework(other).build();
    Map<Integer, CompositeData> years = new LinkedHashMap<>();
    years.put(2020, year(UVW, new double[3][2]));
    years.put(2021, odd);
    assertThatThrownBy(() -> Panel.of(years)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
            .satisfies(p -> assertThat(p.location().path()).isEqualTo("Time/2021")));
    assertThatThrownBy(() -> Panel.of(Map.of())).isInstanceOf(InvalidInputException.class);
  }
}
