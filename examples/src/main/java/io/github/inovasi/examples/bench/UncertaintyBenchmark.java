package io.github.inovasi.examples.bench;

import io.github.inovasi.io.coin.CoinTables;
import io.github.inovasi.scoring.composite.Aggregate;
import io.github.inovasi.scoring.composite.Aggregators;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.Normalise;
import io.github.inovasi.scoring.composite.Normalisers;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Treat;
import io.github.inovasi.scoring.composite.Winsorisation;
import io.github.inovasi.scoring.composite.sensitivity.SensitivityAnalysis;
import io.github.inovasi.scoring.composite.sensitivity.UncertainInput;
import io.github.inovasi.scoring.composite.sensitivity.UncertaintyResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * COINr's documented uncertainty set-up on ASEM, N = 1,000 runs of four uncertain inputs
 * (winsorisation limit 1 to 5; min-max to [1, 100] or z-score 10/2; 100 noisy copies of the
 * level 2 and 3 weights at ±25 %; arithmetic or geometric mean), on one and on two threads,
 * beside its floor {@code plainLoops}: 1,000 runs of the plain-loop pipeline on one thread.
 *
 * <pre>
 * java -cp examples/target/inovasi.jar org.openjdk.jmh.Main UncertaintyBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class UncertaintyBenchmark {
  private static final int N = 1000;

  /** The threads the runs use. */
  @Param({"1", "2"})
  public int threads;

  private CompositeData data;
  private Recipe nominal;
  private List<UncertainInput> inputs;
  private ForkJoinPool pool;
  private PlainPipeline plain;

  /** Loads ASEM and builds the inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    data = CoinTables.asemExample();
    nominal = CoinTables.asemRecipe().with(Normalise.builder()
        .normaliser(Normalisers.minMax(1, 100)).build());
    inputs = List.of(
        UncertainInput.discrete("winmax", IntStream.rangeClosed(1, 5).mapToObj(w ->
            Treat.builder().treatment(Winsorisation.builder().winmax(w).build()).build())
            .toList()),
        UncertainInput.discrete("normalisation", List.of(
            Normalise.builder().normaliser(Normalisers.minMax(1, 100)).build(),
            Normalise.builder().normaliser(Normalisers.zScore(10, 2)).build())),
        UncertainInput.noisyWeights("weights", "Aggregated", data.framework(),
            Map.of(2, 0.25, 3, 0.25), 100, 7L),
        UncertainInput.alternatives("aggregation", List.of(
            recipe -> recipe,
            recipe -> recipe.with(((Aggregate) recipe.step("Aggregated"))
                .withAggregator(Aggregators.geometric())))));
    pool = new ForkJoinPool(threads);
    plain = new PlainPipeline(data, "EurAsia_group");
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * The uncertainty analysis, in a pool of {@link #threads} threads.
   *
   * @return the number of runs
   * @throws ExecutionException if the analysis fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public int uncertainty() throws ExecutionException, InterruptedException {
    UncertaintyResult u = pool.submit(() ->
        SensitivityAnalysis.uncertainty(data, nominal, inputs, N, 2026L, "Index")).get();
    return u.runs().size() - u.failures().size();
  }

  /**
   * The floor: the plain-loop pipeline N times on one thread.
   *
   * @return a checksum of the index ranks
   */
  @Benchmark
  public double plainLoops() {
    double sum = 0;
    for (int k = 0; k < N; k++) {
      sum += plain.run()[k % 51];
    }
    return sum;
  }
}
