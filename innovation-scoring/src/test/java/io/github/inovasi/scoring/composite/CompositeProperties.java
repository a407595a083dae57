package io.github.inovasi.scoring.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of normalisation and aggregation. */
final class CompositeProperties {
  private static final Normaliser.Context CONTEXT = new Normaliser.Context(
      Element.builder().code("x").level(1).build(), List.of());

  @Provide
  Arbitrary<double[]> columns() {
    Arbitrary<Double> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.doubles().between(-1e6, 1e6)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)));
    return value.list().ofMinSize(2).ofMaxSize(40)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
        .filter(x -> Stats.countPresent(x) >= 2 && Stats.max(x) > Stats.min(x));
  }

  @Provide
  Arbitrary<double[]> tiedColumns() {
    Arbitrary<Double> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-3, 3).map(i -> i / 2.0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.NaN)));
    return value.list().ofMaxSize(60).map(l -> l.stream().mapToDouble(Double::doubleValue)
        .toArray());
  }

  @Property
  void rank_isOnePlusTheNumberOfValuesStrictlyBetter(@ForAll("tiedColumns") double[] x) {
    double[] up = Stats.rank(x, false);
    double[] down = Stats.rank(x, true);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        assertThat(up[i]).isNaN();
        assertThat(down[i]).isNaN();
        continue;
      }
      int below = 0;
      int above = 0;
      for (double v : x) {
        below += v < x[i] ? 1 : 0;
        above += v > x[i] ? 1 : 0;
      }
      assertThat(up[i]).isEqualTo(below + 1);
      assertThat(down[i]).isEqualTo(above + 1);
    }
  }

  @Property
  void minMax_staysWithinItsBounds(@ForAll("columns") double[] x,
      @ForAll @DoubleRange(min = -100, max = 100) double lower,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double width) {
    double[] y = Normalisers.minMax(lower, lower + width).normalise(x, CONTEXT);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        assertThat(y[i]).isNaN();
      } else {
        assertThat(y[i]).isBetween(lower - 1e-9 * width, lower + width + 1e-9 * width);
      }
    }
  }

  @Property
  void rankBasedNormalisations_ignoreStrictlyIncreasingTransforms(
      @ForAll("columns") double[] x, @ForAll @IntRange(min = 0, max = 2) int transform) {
    double[] t = x.clone();
    for (int i = 0; i < t.length; i++) {
      t[i] = switch (transform) {
        case 0 -> 3 * t[i] + 7;
        case 1 -> Math.cbrt(t[i]);
        default -> Math.atan(t[i] / 1e6) * 1e3 + t[i];
      };
    }
    for (Normaliser n : List.of(Normalisers.rank(), Normalisers.percentileRank(),
        Normalisers.borda())) {
      assertThat(n.normalise(t, CONTEXT)).containsExactly(n.normalise(x, CONTEXT));
    }
  }

  @Provide
  Arbitrary<double[][]> groups() {
    return Combinators.combine(Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(1, 6), Arbitraries.longs())
        .as((units, children, seed) -> {
          Random r = new Random(seed);
          double[][] v = new double[units][children];
          for (double[] row : v) {
            for (int j = 0; j < children; j++) {
              row[j] = r.nextInt(10) == 0 ? Double.NaN : r.nextDouble() * 100;
            }
          }
          return v;
        });
  }

  @Property
  void raisingOneIndicator_neverLowersTheArithmeticMean(@ForAll("groups") double[][] x,
      @ForAll @DoubleRange(min = 0, max = 50) double raise, @ForAll long seed) {
    Random r = new Random(seed);
    int children = x[0].length;
    double[] w = new double[children];
    for (int j = 0; j < children; j++) {
      w[j] = r.nextDouble() * 3;
    }
    int unit = r.nextInt(x.length);
    int child = r.nextInt(children);
    if (Double.isNaN(x[unit][child])) {
      return;
    }
    Aggregator.Context c = new Aggregator.Context("P", names(children), names(x.length));
    double before = Aggregators.arithmetic().aggregate(x, w, c)[unit];
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].clone();
    }
    y[unit][child] += raise;
    double after = Aggregators.arithmetic().aggregate(y, w, c)[unit];
    if (!Double.isNaN(before)) {
      assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }
  }

  @Property(tries = 50)
  void permutingUnits_permutesTheResults(@ForAll("groups") double[][] x, @ForAll long seed) {
    int units = x.length;
    int children = x[0].length;
    List<String> codes = names(units);
    List<Element> elements = new ArrayList<>();
    for (String child : names(children)) {
      elements.add(Element.builder().code("i" + child).level(1).parent("Index").build());
    }
    elements.add(Element.builder().code("Index").level(2).build());
    Framework f = Framework.of(elements);
    List<String> indicators = f.indicators();
    List<Unit> unitList = codes.stream().map(Unit::of).toList();
    CompositeData data = CompositeData.builder().framework(f).units(unitList)
        .raw(DataSet.of(codes, indicators, x)).build();
    Recipe recipe = Recipe.of(Normalise.builder().build(), Aggregate.builder().build());
    CompositeResult a = recipe.run(data);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<String> permuted = order.stream().map(codes::get).toList();
    CompositeData shuffled = CompositeData.builder().framework(f)
        .units(permuted.stream().map(Unit::of).toList())
        .raw(data.raw().selectUnits(permuted)).build();
    CompositeResult b = recipe.run(shuffled);
    for (String u : codes) {
      for (String col : a.scores().columns()) {
        double sa = a.scores().get(u, col);
        double sb = b.scores().get(u, col);
        if (Double.isNaN(sa)) {
          assertThat(sb).isNaN();
        } else {
          assertThat(sb).isCloseTo(sa, within(1e-9));
          assertThat(b.ranks().get(u, col)).isEqualTo(a.ranks().get(u, col));
        }
      }
    }
  }

  private static List<String> names(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("u" + i);
    }
    return out;
  }
}
