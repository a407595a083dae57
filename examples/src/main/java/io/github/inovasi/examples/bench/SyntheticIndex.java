package io.github.inovasi.examples.bench;

import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Element;
import io.github.inovasi.scoring.composite.Framework;
import io.github.inovasi.scoring.composite.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated composite index of any number of units, shaped like ASEM: 36 indicators in 9
 * pillars of 4, 3 sub-indices of 3 pillars, one index; 6 indicators divided by a population
 * column; 5 unit groups for group-mean imputation; 3 % of the values missing; every third
 * indicator log-normal, so that outlier treatment has work to do. The same seed gives the same
 * numbers, so the COINr script ({@code examples/bench/coinr-compare.R}) can read the same
 * table ({@link WriteSynthetic}).
 */
public final class SyntheticIndex {
  /** Indicators per index. */
  public static final int INDICATORS = 36;
  /** The group column. */
  public static final String GROUP = "Group";
  private static final int PILLAR = 4;
  private static final int PILLARS_PER_SUB = 3;

  private SyntheticIndex() {}

  /**
   * Generates the index data.
   *
   * @param units the number of units
   * @param seed the seed
   * @return the data
   */
  public static CompositeData of(int units, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Element> elements = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      String code = "x" + i;
      indicators.add(code);
      Element.Builder e = Element.builder().code(code).level(1).parent("P" + (i / PILLAR))
          .direction(i % 7 == 3 ? -1 : 1).weight(1 + i % 3);
      if (i % 6 == 1) {
        e.denominator("Pop");
      }
      elements.add(e.build());
    }
    int pillars = INDICATORS / PILLAR;
    for (int p = 0; p < pillars; p++) {
      elements.add(Element.builder().code("P" + p).level(2).parent("S" + (p / PILLARS_PER_SUB))
          .build());
    }
    for (int s = 0; s < pillars / PILLARS_PER_SUB; s++) {
      elements.add(Element.builder().code("S" + s).level(3).parent("Index").build());
    }
    elements.add(Element.builder().code("Index").level(4).build());
    List<String> codes = new ArrayList<>();
    List<Unit> unitList = new ArrayList<>();
    double[][] raw = new double[units][INDICATORS];
    double[][] pop = new double[units][1];
    for (int u = 0; u < units; u++) {
      String code = String.format("U%05d", u);
      codes.add(code);
      unitList.add(Unit.builder().code(code).putGroup(GROUP, "G" + random.nextInt(5)).build());
      pop[u][0] = Math.round(Math.exp(12 + 2 * random.nextDouble()));
      for (int i = 0; i < INDICATORS; i++) {
        double v = i % 3 == 0 ? Math.exp(random.nextDouble() * 3 + gaussian(random))
            : 50 + 15 * gaussian(random);
        raw[u][i] = random.nextDouble() < 0.03 ? Double.NaN : Math.round(v * 1000) / 1000.0;
      }
    }
    return CompositeData.builder().framework(Framework.of(elements)).units(unitList)
        .raw(DataSet.of(codes, indicators, raw))
        .denominators(DataSet.of(codes, List.of("Pop"), pop)).build();
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
