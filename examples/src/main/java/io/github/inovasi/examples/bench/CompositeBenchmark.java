package io.github.inovasi.examples.bench;

import io.github.inovasi.io.coin.CoinTables;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.Denominate;
import io.github.inovasi.scoring.composite.Impute;
import io.github.inovasi.scoring.composite.Imputers;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Screen;
import io.github.inovasi.scoring.composite.Treat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The composite engine, warm: COINr's ASEM example (51 units × 49 indicators) and the generated
 * {@link SyntheticIndex} at 552 and 5,520 units × 36 indicators, each through the ASEM recipe
 * (denominate, group-mean imputation, screening at 90 %, winsorisation, min-max, arithmetic
 * means), beside its floor {@code plainLoop}: the same pipeline as plain loops over the same
 * numbers ({@link PlainPipeline}).
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main CompositeBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompositeBenchmark {
  /** Which index: {@code asem}, or the synthetic one with this many units. */
  @Param({"asem", "552", "5520"})
  public String workload;

  private CompositeData data;
  private Recipe recipe;
  private PlainPipeline plain;

  /** Loads or generates the data. */
  @Setup(Level.Trial)
  public void setUp() {
    if (workload.equals("asem")) {
      data = CoinTables.asemExample();
      recipe = CoinTables.asemRecipe();
      plain = new PlainPipeline(data, "EurAsia_group");
    } else {
      data = SyntheticIndex.of(Integer.parseInt(workload), 2026L);
      recipe = synthetic();
      plain = new PlainPipeline(data, SyntheticIndex.GROUP);
    }
  }

  /**
   * The ASEM recipe for the synthetic index (its group column is {@code Group}).
   *
   * @return the recipe
   */
  static Recipe synthetic() {
    return Recipe.of(Denominate.builder().build(),
        Impute.builder().imputer(Imputers.groupMean()).groupColumn(SyntheticIndex.GROUP).build(),
        Screen.builder().availabilityThreshold(0.9).build(), Treat.builder().build(),
        Normalise.builder().build(), Aggregate.builder().build());
  }

  /**
   * Runs the recipe and ranks the index (the top level).
   *
   * @return the index ranks' first value, so the work is not discarded
   */
  @Benchmark
  public double engine() {
    CompositeResult r = recipe.run(data);
    return r.ranks(data.framework().maxLevel()).get(r.scores().units().get(0), "Index");
  }

  /**
   * The floor: the same pipeline as plain loops.
   *
   * @return the index ranks' first value
   */
  @Benchmark
  public double plainLoop() {
    return plain.run()[0];
  }
}
