package io.github.inovasi.scoring.composite.sensitivity;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.github.inovasi.model.InovasiException;
import io.github.inovasi.model.InvalidValueException;
import io.github.inovasi.scoring.composite.CompositeData;
import io.github.inovasi.scoring.composite.CompositeResult;
import io.github.inovasi.scoring.composite.DataSet;
import io.github.inovasi.scoring.composite.Recipe;
import io.github.inovasi.scoring.composite.Step;
import io.github.inovasi.scoring.composite.internal.RecipeState;
import io.github.inovasi.scoring.composite.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * Uncertainty and sensitivity analysis (COINr's {@code get_sensitivity}): the index is rebuilt
 * for sampled combinations of {@link UncertainInput}s. Uncertainty analysis gives each unit's
 * nominal, mean, median, 5 % and 95 % ranks over N runs. Sensitivity analysis uses the
 * matrices A and B (N × d) and A_B(i) (A with column i from B), N(d + 2) runs; the output per
 * run is the mean absolute rank change against the nominal ranks; V its variance over the runs
 * of A and B; first-order S_i = mean(y_B·(y_AB(i) − y_A))/V (Saltelli 2010) and total
 * ST_i = Σ(y_A − y_AB(i))²/(2N·V) (Jansen). Samples come from a seeded generator, so a result
 * is reproducible (or from the Sobol sequence, see {@link Sampling}); runs execute in parallel,
 * in the fork-join pool the call runs in (the common pool, or a pool of one's own when called
 * from one of its tasks), and the result is the same to the bit whatever the number of threads;
 * runs whose recipes begin with the same steps compute those steps once; a run that fails is
 * reported, never dropped silently.
 *
 * <pre>{@code
 * SensitivityResult s = SensitivityAnalysis.sensitivity(data, recipe,
 *     List.of(winmax, aggregation), 100, 42L, "Index");
 * s.firstOrder(); s.total(); s.failures();
 * }</pre>
 */
public final class SensitivityAnalysis {
  private SensitivityAnalysis() {}

  /** How the samples u in [0, 1) are drawn. */
  public enum Sampling {
    /** Pseudo-random from the seed (COINr's choice). */
    RANDOM,
    /**
     * The Sobol quasi-random sequence (Joe–Kuo direction numbers, first point skipped): even
     * coverage with fewer runs; up to 16 dimensions (d inputs need d for uncertainty, 2d for
     * sensitivity). The seed then drives only the bootstrap.
     */
    SOBOL
  }

  /**
   * Runs an uncertainty analysis: N random combinations of the inputs.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs
   * @param n the number of runs, at least 2
   * @param seed the seed of the sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return each unit's rank statistics, every run's ranks and any failed run
   */
  public static UncertaintyResult uncertainty(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column) {
    return uncertainty(data, nominal, inputs, n, Sampling.RANDOM, seed, column);
  }

  /**
   * Runs an uncertainty analysis with a choice of sampling.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs
   * @param n the number of runs, at least 2
   * @param sampling random or Sobol
   * @param seed the seed of a random sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return each unit's rank statistics, every run's ranks and any failed run
   * @throws InvalidValueException when Sobol sampling would need more than 16 dimensions
   */
  public static UncertaintyResult uncertainty(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, Sampling sampling, long seed, String column) {
    check(inputs, n, 1);
    double[][] x = sampling == Sampling.SOBOL ? Sobol.points(n, inputs.size(), 1)
        : sample(n, inputs.size(), new SplittableRandom(seed));
    CompositeResult base = nominal.run(data);
    return UncertaintyResult.of(base, column, run(data, nominal, inputs, x, column, base));
  }

  /**
   * Runs a sensitivity analysis: N(d + 2) runs of the A, B and A_B(i) designs, without
   * bootstrap intervals.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param seed the seed of the sample
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @return the sensitivity indices, the rank statistics over A and B, and any failed run
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column) {
    return sensitivity(data, nominal, inputs, n, seed, column, 0);
  }

  /**
   * Runs a sensitivity analysis: N(d + 2) runs of the A, B and A_B(i) designs, with 5–95 %
   * bootstrap intervals of the indices (the N sample rows resampled with replacement).
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param seed the seed of the sample and of the bootstrap
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @param bootstrap the number of bootstrap resamples; 0 for none
   * @return the sensitivity indices with intervals, the rank statistics over A and B, and any
   *     failed run
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, long seed, String column, int bootstrap) {
    return sensitivity(data, nominal, inputs, n, Sampling.RANDOM, seed, column, bootstrap);
  }

  /**
   * Runs a sensitivity analysis with a choice of sampling: N(d + 2) runs of the A, B and
   * A_B(i) designs (with Sobol sampling, A and B are the two halves of a 2d-dimensional Sobol
   * point), with 5–95 % bootstrap intervals when asked.
   *
   * @param data the data
   * @param nominal the nominal recipe
   * @param inputs the uncertain inputs, at least two
   * @param n N, at least 2
   * @param sampling random or Sobol
   * @param seed the seed of a random sample and of the bootstrap
   * @param column the column whose ranks are studied, e.g. {@code "Index"}
   * @param bootstrap the number of bootstrap resamples; 0 for none
   * @return the sensitivity indices, the rank statistics over A and B, and any failed run
   * @throws InvalidValueException when Sobol sampling would need more than 16 dimensions
   */
  public static SensitivityResult sensitivity(CompositeData data, Recipe nominal,
      List<UncertainInput> inputs, int n, Sampling sampling, long seed, String column,
      int bootstrap) {
    int d = inputs.size();
    check(inputs, n, 2);
    InvalidValueException.check(bootstrap >= 0, "SensitivityAnalysis.bootstrap",
        "must be >= 0, was %s", bootstrap);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a;
    double[][] b;
    if (sampling == Sampling.SOBOL) {
      double[][] points = Sobol.points(n, 2 * d, 1);
      a = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, 0, d)).toArray(double[][]::new);
      b = Arrays.stream(points).map(p -> Arrays.copyOfRange(p, d, 2 * d))
          .toArray(double[][]::new);
    } else {
      a = sample(n, d, random);
      b = sample(n, d, random);
    }
    double[][] all = new double[n * (d + 2)][];
    for (int j = 0; j < n; j++) {
      all[j] = a[j];
      all[n + j] = b[j];
      for (int i = 0; i < d; i++) {
        double[] ab = a[j].clone();
        ab[i] = b[j][i];
        all[(2 + i) * n + j] = ab;
      }
    }
    CompositeResult base = nominal.run(data);
    List<Run> runs = run(data, nominal, inputs, all, column, base);
    double[] y = runs.stream().mapToDouble(Run::meanAbsoluteRankChange).toArray();
    int[] rows = IntStream.range(0, n).toArray();
    double[][] estimate = estimate(y, n, d, rows);
    double[][][] interval = new double[2][d][2];
    for (double[][] byIndex : interval) {
      for (double[] bounds : byIndex) {
        Arrays.fill(bounds, Double.NaN);
      }
    }
    if (bootstrap > 0) {
      double[][][] draws = new double[2][d][bootstrap];
      for (int k = 0; k < bootstrap; k++) {
        int[] resample = random.ints(n, 0, n).toArray();
        double[][] e = estimate(y, n, d, resample);
        for (int i = 0; i < d; i++) {
          draws[0][i][k] = e[1][i];
          draws[1][i][k] = e[2][i];
        }
      }
      for (int t = 0; t < 2; t++) {
        for (int i = 0; i < d; i++) {
          double[] sorted = Arrays.stream(draws[t][i]).filter(v -> !Double.isNaN(v)).sorted()
              .toArray();
          interval[t][i] = new double[] {UncertaintyResult.quantile(sorted, 0.05),
              UncertaintyResult.quantile(sorted, 0.95)};
        }
      }
    }
    UncertaintyResult ranks = UncertaintyResult.of(base, column, runs.subList(0, 2 * n));
    return new SensitivityResult(inputs.stream().map(UncertainInput::name)
        .collect(ImmutableList.toImmutableList()), estimate[1], estimate[2], estimate[0][0],
        interval[0], interval[1], ranks,
        runs.stream().filter(r -> r.failure().isPresent()).collect(ImmutableList.toImmutableList()));
  }

  /** Returns {{V}, S_i, ST_i} over the given sample rows (indices into 0..N-1). */
  private static double[][] estimate(double[] y, int n, int d, int[] rows) {
    double[] ab = new double[2 * rows.length];
    for (int k = 0; k < rows.length; k++) {
      ab[k] = y[rows[k]];
      ab[rows.length + k] = y[n + rows[k]];
    }
    double v = Stats.sd(ab);
    v *= v;
    double[] first = new double[d];
    double[] total = new double[d];
    for (int i = 0; i < d; i++) {
      double s = 0;
      double st = 0;
      int m = 0;
      for (int j : rows) {
        double ya = y[j];
        double yb = y[n + j];
        double yab = y[(2 + i) * n + j];
        if (Double.isNaN(yab) || Double.isNaN(ya) || Double.isNaN(yb)) {
          continue;
        }
        s += yb * (yab - ya);
        st += (ya - yab) * (ya - yab);
        m++;
      }
      first[i] = m == 0 ? Double.NaN : s / m / v;
      total[i] = m == 0 ? Double.NaN : st / (2.0 * m * v);
    }
    return new double[][] {{v}, first, total};
  }

  private static void check(List<UncertainInput> inputs, int n, int minInputs) {
    InvalidValueException.check(inputs.size() >= minInputs, "SensitivityAnalysis.inputs",
        "needs at least %s uncertain input(s), had %s", minInputs, inputs.size());
    InvalidValueException.check(n >= 2, "SensitivityAnalysis.n", "must be at least 2, was %s", n);
  }

  private static double[][] sample(int n, int d, SplittableRandom random) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int i = 0; i < d; i++) {
        row[i] = random.nextDouble();
      }
    }
    return x;
  }

  private static List<Run> run(CompositeData data, Recipe nominal, List<UncertainInput> inputs,
      double[][] samples, String column, CompositeResult base) {
    List<String> units = base.scores().units();
    double[] nominalRanks = base.ranks().column(column);
    StateCache states = new StateCache(data);
    Run[] out = new Run[samples.length];
    IntStream.range(0, samples.length).parallel().forEach(k -> {
      try {
        Recipe r = nominal;
        for (int i = 0; i < inputs.size(); i++) {
          r = inputs.get(i).apply(r, samples[k][i]);
        }
        DataSet scores = states.scores(r);
        double[] rank = Stats.rank(scores.column(column), true);
        Map<String, Integer> rows = rows(scores);
        double[] ranks = new double[units.size()];
        double sum = 0;
        int m = 0;
        for (int u = 0; u < ranks.length; u++) {
          Integer row = rows.get(units.get(u));
          ranks[u] = row != null ? rank[row] : Double.NaN;
          if (!Double.isNaN(ranks[u]) && !Double.isNaN(nominalRanks[u])) {
            sum += Math.abs(ranks[u] - nominalRanks[u]);
            m++;
          }
        }
        out[k] = new Run(k, samples[k].clone(), ranks, m == 0 ? Double.NaN : sum / m,
            Optional.empty());
      } catch (InovasiException | ArithmeticException e) {
        double[] none = new double[units.size()];
        Arrays.fill(none, Double.NaN);
        out[k] = new Run(k, samples[k].clone(), none, Double.NaN,
            Optional.of(e.getMessage()));
      }
    });
    return new ArrayList<>(List.of(out));
  }

  private static Map<String, Integer> rows(DataSet scores) {
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < scores.units().size(); i++) {
      rows.put(scores.units().get(i), i);
    }
    return rows;
  }

  /**
   * The states after the first steps of the runs' recipes, kept so that runs whose recipes
   * begin with the same steps (the steps no uncertain input changes, or the same choice of an
   * input) compute them once. Steps are values, so equal steps on the same data write equal
   * data sets and every result is the same as without the cache, whatever the thread count.
   * The last step of a recipe is not kept (it usually differs from run to run), and the cache
   * is bounded by the cells it holds.
   */
  private static final class StateCache {
    private static final long MAX_CELLS = 4_000_000;
    private final RecipeState start;
    private final Cache<ImmutableList<Step>, RecipeState> states = CacheBuilder.newBuilder()
        .maximumWeight(MAX_CELLS)
        .<ImmutableList<Step>, RecipeState>weigher((k, v) -> v.lastCells())
        .build();

    StateCache(CompositeData data) {
      this.start = RecipeState.start(data);
    }

    /** The last data set a recipe writes. */
    DataSet scores(Recipe recipe) {
      ImmutableList<Step> steps = recipe.steps();
      if (steps.isEmpty()) {
        return start.lastDataSet();
      }
      return before(steps.subList(0, steps.size() - 1)).then(steps.get(steps.size() - 1))
          .lastDataSet();
    }

    private RecipeState before(ImmutableList<Step> steps) {
      if (steps.isEmpty()) {
        return start;
      }
      try {
        return states.get(steps, () -> before(steps.subList(0, steps.size() - 1))
            .then(steps.get(steps.size() - 1)));
      } catch (ExecutionException | UncheckedExecutionException | ExecutionError e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * One run of an analysis.
   *
   * @param index the run's number, from 0
   * @param sample the sample u of each input
   * @param ranks each unit's rank on the column, in the nominal unit order
   * @param meanAbsoluteRankChange the mean absolute change against the nominal ranks
   * @param failure why the run failed, if it did
   */
  public record Run(int index, double[] sample, double[] ranks, double meanAbsoluteRankChange,
      Optional<String> failure) {
    /**
     * Copies the parts.
     *
     * @param index the run's number
     * @param sample the samples
     * @param ranks the ranks
     * @param meanAbsoluteRankChange the mean absolute rank change
     * @param failure why it failed
     */
    public Run {
      sample = sample.clone();
      ranks = ranks.clone();
    }

    /**
     * Returns the sample u of each input.
     *
     * @return a copy of the samples
     */
    @Override
    public double[] sample() {
      return sample.clone();
    }

    /**
     * Returns each unit's rank, in the nominal unit order ({@code NaN} when missing).
     *
     * @return a copy of the ranks
     */
    @Override
    public double[] ranks() {
      return ranks.clone();
    }
  }
}
